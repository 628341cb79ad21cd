import { Anchor, Badge, Box, Button, Container, Group, NativeSelect, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { api } from '../api/client';
import { useSession } from '../auth/session';
import { setLanguage, type Language } from '../i18n';
import { COLORS, Loading } from './common';

function NotificationLink() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => api<{ unread: number }>('/notifications/unread-count'),
    refetchInterval: 60_000,
  });
  const count = unread.data?.unread ?? 0;
  return (
    <Anchor component={NavLink} to="/notifications" className="nav-link">
      {t('nav.notifications')}
      {count > 0 && (
        <Badge ml={4} color={COLORS.red} variant="filled" size="sm" data-testid="unread-badge">
          <span aria-hidden="true">{count}</span>
          <VisuallyHidden>{t('nav.unread', { count })}</VisuallyHidden>
        </Badge>
      )}
    </Anchor>
  );
}

function Navigation() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  const links: Array<[string, string]> = [['/', t('nav.vacancies')]];
  switch (user?.role) {
    case 'job_seeker':
      links.push(['/profile', t('nav.profile')], ['/ak1', t('nav.ak1')], ['/applications', t('nav.applications')], ['/recommendations', t('nav.recommendations')], ['/saved-searches', t('nav.savedSearches')], ['/assessments', t('nav.assessments')], ['/trainings', t('training.nav.trainings')], ['/my-trainings', t('training.nav.mine')], ['/counselling', t('counselling.nav.mine')]);
      break;
    case 'counsellor':
      links.push(['/counsellor/cases', t('counselling.nav.caseload')], ['/counsellor/assessments', t('nav.counsellorResults')]);
      break;
    case 'employer':
      links.push(['/employer/company', t('nav.company')], ['/employer/vacancies', t('nav.myVacancies')]);
      break;
    case 'training_centre':
      links.push(['/training/centre', t('training.nav.centre')], ['/training/programmes', t('training.nav.programmes')], ['/training/cohorts', t('training.nav.cohorts')]);
      break;
    case 'admin':
      links.push(['/admin/employers', t('nav.verifyCompanies')], ['/admin/training-centres', t('training.nav.verifyCentres')], ['/admin/psychometrics', t('nav.psychometrics')], ['/admin/matching', t('nav.matchingWeights')], ['/admin/wording-exceptions', t('nav.wordingExceptions')]);
      break;
    default:
      break;
  }
  return (
    <nav aria-label={t('nav.label')}>
      <Group gap="sm" wrap="wrap">
        {links.map(([to, label]) => (
          <Anchor key={to} component={NavLink} to={to} end={to === '/'} className="nav-link">
            {label}
          </Anchor>
        ))}
        {user ? (
          <>
            <NotificationLink />
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={async () => {
                await signOut();
                navigate('/');
              }}
            >
              {t('nav.logout')}
            </Button>
          </>
        ) : (
          <>
            <Anchor component={NavLink} to="/login" className="nav-link">
              {t('nav.login')}
            </Anchor>
            <Anchor component={NavLink} to="/register" className="nav-link">
              {t('nav.register')}
            </Anchor>
          </>
        )}
      </Group>
    </nav>
  );
}

export function Layout() {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const main = useRef<HTMLDivElement>(null);
  const first = useRef(true);

  // After a navigation, focus moves to the new page so screen readers start from its top.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skip')}
      </a>
      <Box component="header" className="site-header" py="xs">
        <Container size="md">
          <Group justify="space-between" align="center" wrap="nowrap" mb={6}>
            <Anchor component={Link} to="/" fw={700} fz="xl" underline="never" c="white">
              Kerjaku
            </Anchor>
            <NativeSelect
              size="xs"
              aria-label={t('nav.language')}
              value={i18n.language}
              onChange={(event) => setLanguage(event.currentTarget.value as Language)}
              data={[
                { value: 'id', label: 'Bahasa Indonesia' },
                { value: 'en', label: 'English' },
              ]}
              data-testid="language"
            />
          </Group>
          <Navigation />
        </Container>
      </Box>
      <Container size="md" component="main" id="main" ref={main} tabIndex={-1} py="md" className="main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Container>
      <Box component="footer" py="md">
        <Container size="md">
          <Text size="sm">{t('footer.text')}</Text>
        </Container>
      </Box>
    </>
  );
}
