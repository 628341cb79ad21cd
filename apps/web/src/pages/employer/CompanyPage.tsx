import { Button, Card, Group, List, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { useRegions } from '../../api/reference';
import type { Company } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorMessage, Loading, PageTitle, StatusBadge } from '../../components/common';

const SIZES = ['micro', 'small', 'medium', 'large'] as const;
/** The sector codes the API accepts (EMPLOYER_SECTORS in the domain library; the translation check compares them). */
const SECTORS = ['garment_textile', 'manufacturing', 'furniture', 'food_beverage', 'automotive', 'construction', 'retail_trade', 'hospitality', 'logistics', 'health', 'ict', 'finance', 'agriculture', 'fisheries', 'education', 'services', 'crafts', 'other'] as const;

function CompanyForm({ company, onSaved }: { company?: Company; onSaved: () => void }) {
  const { t } = useTranslation();
  const regions = useRegions();
  const [form, setForm] = useState({
    name: company?.name ?? '',
    nib: company?.nib ?? '',
    sector: company?.sector ?? '',
    size: company?.size ?? 'small',
    address: company?.address ?? '',
    regencyCode: company?.regency.code ?? '',
  });
  const set = (key: keyof typeof form, value: string) => setForm((current) => ({ ...current, [key]: value }));
  const save = useMutation({
    mutationFn: () => {
      if (!company) return api('/employers', { method: 'POST', body: form });
      // The NIB is fixed once registered; the API refuses it in a change.
      const { nib: _nib, ...changes } = form;
      return api('/employers/mine', { method: 'PATCH', body: changes });
    },
    onSuccess: onSaved,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={company ? t('company.edit') : t('company.register')}>
      <Stack gap="sm">
        <TextInput label={t('company.name')} required value={form.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <TextInput label={t('company.nib')} description={t('company.nibHint')} inputMode="numeric" required disabled={!!company} value={form.nib} onChange={(e) => set('nib', e.currentTarget.value)} />
        <Select label={t('company.sector')} required searchable value={form.sector || null} onChange={(value) => set('sector', value ?? '')} data={SECTORS.map((value) => ({ value, label: t(`company.sectors.${value}`) }))} />
        <Select label={t('company.size')} allowDeselect={false} value={form.size} onChange={(value) => set('size', value ?? 'small')} data={SIZES.map((value) => ({ value, label: t(`company.sizes.${value}`) }))} />
        <Textarea label={t('company.address')} required value={form.address} onChange={(e) => set('address', e.currentTarget.value)} />
        <Select label={t('company.regency')} required searchable value={form.regencyCode || null} onChange={(value) => set('regencyCode', value ?? '')} data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
        <ErrorMessage error={save.error} />
        <Button type="submit" loading={save.isPending}>
          {company ? t('common.save') : t('company.register')}
        </Button>
      </Stack>
    </form>
  );
}

export function AcceptInvitation({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [token, setToken] = useState(() => new URLSearchParams(window.location.search).get('token') ?? '');
  const accept = useMutation({ mutationFn: () => api('/employer-invitations/accept', { method: 'POST', body: { token } }), onSuccess: onDone });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        accept.mutate();
      }}
    >
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('company.acceptTitle')}
      </Title>
      <Stack gap="sm">
        <TextInput label={t('company.invitationToken')} required value={token} onChange={(e) => setToken(e.currentTarget.value)} />
        <ErrorMessage error={accept.error} />
        <Button type="submit" variant="outline" loading={accept.isPending}>
          {t('company.accept')}
        </Button>
      </Stack>
    </form>
  );
}

function Invite() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const invite = useMutation({ mutationFn: () => api('/employers/mine/invitations', { method: 'POST', body: { email } }), onSuccess: () => setEmail('') });
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        invite.mutate();
      }}
    >
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('company.invite')}
      </Title>
      <Group align="flex-end">
        <TextInput label={t('company.inviteEmail')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <Button type="submit" loading={invite.isPending}>
          {t('company.sendInvite')}
        </Button>
      </Group>
      {invite.isSuccess && (
        <Text role="status" size="sm" mt="xs">
          {t('company.invited')}
        </Text>
      )}
      <ErrorMessage error={invite.error} />
    </form>
  );
}

export default function CompanyPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const company = useQuery({
    queryKey: ['company'],
    // 403 (not a member of any company yet) or 404: show the registration form.
    queryFn: () => api<Company>('/employers/mine').catch((error) => (error instanceof ApiError && (error.status === 403 || error.status === 404) ? null : Promise.reject(error))),
  });
  const refresh = () => {
    setEditing(false);
    return queryClient.invalidateQueries({ queryKey: ['company'] });
  };
  if (company.isLoading) return <Loading />;
  if (company.error) return <ErrorMessage error={company.error} />;
  const c = company.data;
  if (!c)
    return (
      <>
        <PageTitle>{t('company.register')}</PageTitle>
        <Text mb="md">{t('company.registerExplain')}</Text>
        <CompanyForm onSaved={refresh} />
        <AcceptInvitation onDone={refresh} />
      </>
    );
  const isOwner = c.members.some((member) => member.userId === user?.id && member.role === 'owner');
  return (
    <>
      <PageTitle>{c.name}</PageTitle>
      <Group gap="xs" mb="sm">
        <Text>{t('company.status')}:</Text>
        <StatusBadge group="company" status={c.status} />
      </Group>
      {c.status === 'pending' && <Text mb="sm">{t('company.pendingExplain')}</Text>}
      {c.status === 'rejected' && c.rejectionReason && <Text mb="sm">{t('company.rejectedBecause', { reason: c.rejectionReason })}</Text>}
      {editing ? (
        <CompanyForm company={c} onSaved={refresh} />
      ) : (
        <Card withBorder>
          <Text>{t('company.nibValue', { nib: c.nib })}</Text>
          <Text>{t(`company.sectors.${c.sector}`, { defaultValue: c.sector })}</Text>
          <Text>{t(`company.sizes.${c.size}`)}</Text>
          <Text>{c.address}</Text>
          <Button variant="outline" mt="sm" onClick={() => setEditing(true)}>
            {t('company.edit')}
          </Button>
        </Card>
      )}
      <Title order={2} size="h3" mt="xl" mb="sm">
        {t('company.members')}
      </Title>
      <List>
        {c.members.map((member) => (
          <List.Item key={member.userId}>
            {member.fullName} ({t(`company.memberRoles.${member.role}`, { defaultValue: member.role })})
          </List.Item>
        ))}
      </List>
      {isOwner && <Invite />}
    </>
  );
}
