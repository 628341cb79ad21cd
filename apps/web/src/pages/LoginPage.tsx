import { Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Role } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorMessage, PageTitle } from '../components/common';

export function homeFor(role: Role): string {
  switch (role) {
    case 'job_seeker':
      return '/profile';
    case 'employer':
      return '/employer/vacancies';
    case 'admin':
      return '/admin/employers';
    case 'counsellor':
      return '/counsellor/cases';
    case 'training_centre':
      return '/training/centre';
    default:
      return '/notifications';
  }
}

/** Only paths inside the app, so a crafted link cannot send people elsewhere. */
export function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(login.trim(), password);
      navigate(safeNext(params.get('next')) ?? homeFor(user.role), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('login.title')}</PageTitle>
      <form onSubmit={submit} aria-label={t('login.title')}>
        <Stack gap="sm" maw={420}>
          <TextInput label={t('login.login')} description={t('login.loginHint')} autoComplete="username" required value={login} onChange={(e) => setLogin(e.currentTarget.value)} />
          <PasswordInput label={t('login.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <ErrorMessage error={error} />
          <Button type="submit" loading={busy}>
            {t('login.submit')}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t('login.forgot')}
          </Anchor>
          <Text size="sm">
            {t('login.noAccount')}{' '}
            <Anchor component={Link} to="/register">
              {t('nav.register')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </>
  );
}
