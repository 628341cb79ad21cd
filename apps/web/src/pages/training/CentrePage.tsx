import { Anchor, Alert, Button, Card, Group, List, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useRegions } from '../../api/reference';
import { trainingPaths, type MemberRole, type TrainingCentre } from '../../api/training';
import { COLORS, ErrorMessage, Loading, PageTitle } from '../../components/common';
import { TrainingBadge, useMyCentre } from './parts';

function RegisterCentre({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const regions = useRegions();
  const [form, setForm] = useState({ name: '', regencyCode: '', address: '' });
  const set = (key: keyof typeof form, value: string) => setForm((current) => ({ ...current, [key]: value }));
  const save = useMutation({ mutationFn: () => api<TrainingCentre>(trainingPaths.centres, { method: 'POST', body: form }), onSuccess: onDone });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('training.centre.register')}>
      <Stack gap="sm">
        <TextInput label={t('training.centre.name')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <Select label={t('training.centre.regency')} required searchable value={form.regencyCode || null} onChange={(value) => set('regencyCode', value ?? '')} data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
        <Textarea label={t('training.centre.address')} required value={form.address} onChange={(e) => set('address', e.currentTarget.value)} />
        <ErrorMessage error={save.error} />
        <Button type="submit" loading={save.isPending}>
          {t('training.centre.register')}
        </Button>
      </Stack>
    </form>
  );
}

function AcceptInvitation({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState(() => new URLSearchParams(window.location.search).get('token') ?? '');
  const accept = useMutation({ mutationFn: () => api(trainingPaths.acceptInvitation, { method: 'POST', body: { token } }), onSuccess: onDone });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        accept.mutate();
      }}
    >
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('training.centre.acceptTitle')}
      </Title>
      <Stack gap="sm">
        <TextInput label={t('training.centre.invitationToken')} required value={token} onChange={(e) => setToken(e.currentTarget.value)} />
        <ErrorMessage error={accept.error} />
        <Button type="submit" variant="outline" loading={accept.isPending}>
          {t('training.centre.accept')}
        </Button>
      </Stack>
    </form>
  );
}

function Invite() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('instructor');
  const invite = useMutation({ mutationFn: () => api(trainingPaths.invitations, { method: 'POST', body: { email, role } }), onSuccess: () => setEmail('') });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate();
      }}
    >
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('training.centre.invite')}
      </Title>
      <Stack gap="sm">
        <TextInput label={t('training.centre.inviteEmail')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Select
          label={t('training.centre.inviteRole')}
          allowDeselect={false}
          value={role}
          onChange={(value) => setRole((value as MemberRole) ?? 'instructor')}
          data={(['instructor', 'staff'] as const).map((value) => ({ value, label: t(`training.memberRole.${value}`) }))}
        />
        <Button type="submit" loading={invite.isPending}>
          {t('training.centre.sendInvite')}
        </Button>
        {invite.isSuccess && (
          <Text role="status" size="sm">
            {t('training.centre.invited')}
          </Text>
        )}
        <ErrorMessage error={invite.error} />
      </Stack>
    </form>
  );
}

/** The BLK's own page: register it, see whether it is verified, its members, invitations. */
export default function CentrePage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const centre = useMyCentre();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['training'] });
  if (centre.isLoading) return <Loading />;
  if (centre.error) return <ErrorMessage error={centre.error} />;
  const c = centre.data;
  if (!c)
    return (
      <>
        <PageTitle>{t('training.centre.register')}</PageTitle>
        <Text mb="md">{t('training.centre.registerExplain')}</Text>
        <RegisterCentre onDone={refresh} />
        <AcceptInvitation onDone={refresh} />
      </>
    );
  const isStaff = (c.myRole ?? 'staff') === 'staff';
  return (
    <>
      <PageTitle>{c.name}</PageTitle>
      <Group gap="xs" mb="sm">
        <Text>{t('training.centre.status')}:</Text>
        <TrainingBadge group="centre" status={c.status} />
      </Group>
      {c.status === 'pending' && (
        <Alert color={COLORS.orange} variant="outline" mb="sm" title={t('training.centre.pendingTitle')} data-testid="centre-pending">
          {t('training.centre.pendingExplain')}
        </Alert>
      )}
      {c.status === 'rejected' && c.rejectionReason && <Text mb="sm">{t('training.centre.rejectedBecause', { reason: c.rejectionReason })}</Text>}
      <Card withBorder>
        <Text>{c.regency.name}</Text>
        <Text>{c.address}</Text>
      </Card>
      <Group mt="md" gap="md">
        {isStaff && (
          <Anchor component={Link} to="/training/programmes">
            {t('training.nav.programmes')}
          </Anchor>
        )}
        <Anchor component={Link} to="/training/cohorts">
          {t('training.nav.cohorts')}
        </Anchor>
      </Group>
      {c.members && (
        <>
          <Title order={2} size="h3" mt="xl" mb="sm">
            {t('training.centre.members')}
          </Title>
          <List>
            {c.members.map((member) => (
              <List.Item key={member.userId}>
                {member.fullName} ({t(`training.memberRole.${member.role}`, { defaultValue: member.role })})
              </List.Item>
            ))}
          </List>
        </>
      )}
      {isStaff && <Invite />}
    </>
  );
}
