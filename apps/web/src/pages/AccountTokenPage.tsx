import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import { COLORS, ErrorMessage, Loading, PageTitle } from '../components/common';

/** `/verify-email?token=…` from the confirmation e-mail: confirms at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const confirm = useMutation({ mutationFn: () => api('/auth/verify-email', { method: 'POST', body: { token: params.get('token') ?? '' } }) });
  useEffect(() => {
    confirm.mutate();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <>
      <PageTitle>{t('account.verifyEmailTitle')}</PageTitle>
      {confirm.isPending && <Loading />}
      {confirm.isSuccess && (
        <Alert color={COLORS.green} variant="outline" role="status" title={t('account.emailVerified')}>
          <Anchor component={Link} to="/">
            {t('notFound.home')}
          </Anchor>
        </Alert>
      )}
      <ErrorMessage error={confirm.error} />
    </>
  );
}

/** `/reset-password?token=…` from the reset e-mail, and `/forgot-password` to ask for one. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const request = useMutation({ mutationFn: () => api('/auth/password-reset/request', { method: 'POST', body: { email: email.trim() } }) });
  const confirm = useMutation({ mutationFn: () => api('/auth/password-reset/confirm', { method: 'POST', body: { token, password } }) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (token) confirm.mutate();
    else request.mutate();
  };
  return (
    <>
      <PageTitle>{t('account.resetTitle')}</PageTitle>
      {request.isSuccess || confirm.isSuccess ? (
        <Alert color={COLORS.green} variant="outline" role="status" title={request.isSuccess ? t('account.resetSent') : t('account.passwordChanged')}>
          {confirm.isSuccess && (
            <Anchor component={Link} to="/login">
              {t('nav.login')}
            </Anchor>
          )}
        </Alert>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="sm" maw={420}>
            {token ? (
              <PasswordInput label={t('account.newPassword')} description={t('register.passwordHint')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            ) : (
              <>
                <Text>{t('account.resetExplain')}</Text>
                <TextInput label={t('register.email')} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
              </>
            )}
            <ErrorMessage error={request.error ?? confirm.error} />
            <Button type="submit" loading={request.isPending || confirm.isPending}>
              {token ? t('account.setPassword') : t('account.sendLink')}
            </Button>
          </Stack>
        </form>
      )}
    </>
  );
}
