import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Company, Page } from '../../api/types';
import { ErrorMessage, Loading, PageTitle, COLORS } from '../../components/common';

function PendingCompany({ company, onDone }: { company: Company; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const verify = useMutation({ mutationFn: () => api(`/admin/employers/${company.id}/verify`, { method: 'POST' }), onSuccess: onDone });
  const reject = useMutation({ mutationFn: () => api(`/admin/employers/${company.id}/reject`, { method: 'POST', body: { reason } }), onSuccess: onDone });
  return (
    <Card withBorder component="article" data-testid="pending-company">
      <Text component="h2" fw={700}>
        {company.name}
      </Text>
      <Text size="sm">{t('company.nibValue', { nib: company.nib })}</Text>
      <Text size="sm">
        {t(`company.sectors.${company.sector}`, { defaultValue: company.sector })} · {t(`company.sizes.${company.size}`)}
      </Text>
      <Text size="sm">{company.address}</Text>
      <Stack gap="xs" mt="sm">
        <Button onClick={() => verify.mutate()} loading={verify.isPending} aria-label={t('adminEmployers.verifyOf', { name: company.name })}>
          {t('adminEmployers.verify')}
        </Button>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reject.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput label={t('adminEmployers.rejectReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button type="submit" variant="outline" color={COLORS.red} loading={reject.isPending}>
              {t('adminEmployers.reject')}
            </Button>
          </Group>
        </form>
        <ErrorMessage error={verify.error ?? reject.error} />
      </Stack>
    </Card>
  );
}

export default function AdminEmployersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['admin', 'employers'], queryFn: () => api<Page<Company>>('/admin/employers?status=pending&limit=100') });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'employers'] });
  return (
    <>
      <PageTitle>{t('adminEmployers.title')}</PageTitle>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data?.items.length === 0 && <Text>{t('adminEmployers.empty')}</Text>}
      <Stack gap="sm">
        {list.data?.items.map((company) => (
          <PendingCompany key={company.id} company={company} onDone={refresh} />
        ))}
      </Stack>
    </>
  );
}
