import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The API serves dist/ in production (apps/api/src/web-app.ts); `vite` alone proxies /api to it.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    target: 'es2020',
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
