import '@mantine/core/styles.css';
import './styles.css';
import './i18n';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/client';
import { SessionProvider } from './auth/session';
import { routes } from './routes';

// Darker shades than Mantine's default keep text and buttons above WCAG AA contrast.
// Animations (collapsing panels, menus) stop for people who ask their device for less motion.
const theme = createTheme({ respectReducedMotion: true, primaryColor: 'blue', primaryShade: { light: 9, dark: 8 }, fontFamily: 'system-ui, Roboto, "Segoe UI", sans-serif' });

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <RouterProvider router={createBrowserRouter(routes)} />
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
