import { Button, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Role } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorMessage, PageTitle } from '../components/common';
import { homeFor } from './LoginPage';

export default function RegisterPage() {
  const { t } = useTranslation();
  const { register } = useSession();
  const navigate = useNavigate();
  const [role, setRole] = useState<Role>('job_seeker');
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [missingContact, setMissingContact] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() && !phone.trim()) {
      setMissingContact(true);
      return;
    }
    setMissingContact(false);
    setBusy(true);
    setError(null);
    try {
      const user = await register({ role, fullName: fullName.trim(), email: email.trim() || undefined, phone: phone.trim() || undefined, password });
      navigate(homeFor(user.role), { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle>{t('register.title')}</PageTitle>
      <form onSubmit={submit} aria-label={t('register.title')}>
        <Stack gap="sm" maw={420}>
          <Radio.Group label={t('register.role')} value={role} onChange={(value) => setRole(value as Role)}>
            <Stack gap={6} mt={6}>
              <Radio value="job_seeker" label={t('register.roles.job_seeker')} />
              <Radio value="employer" label={t('register.roles.employer')} />
              <Radio value="training_centre" label={t('register.roles.training_centre')} />
            </Stack>
          </Radio.Group>
          <TextInput label={t('register.fullName')} autoComplete="name" required value={fullName} onChange={(e) => setFullName(e.currentTarget.value)} />
          <Text size="sm">{t('register.contactHint')}</Text>
          <TextInput label={t('register.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={missingContact ? t('register.contactMissing') : undefined} />
          <TextInput label={t('register.phone')} type="tel" autoComplete="tel" inputMode="tel" value={phone} onChange={(e) => setPhone(e.currentTarget.value)} />
          <PasswordInput label={t('register.password')} description={t('register.passwordHint')} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
          <ErrorMessage error={error} />
          <Button type="submit" loading={busy}>
            {t('register.submit')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
