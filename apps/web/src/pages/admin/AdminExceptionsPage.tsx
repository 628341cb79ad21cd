import { Button, Card, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Page, WordingException } from '../../api/types';
import { ErrorMessage, Loading, PageTitle, COLORS } from '../../components/common';

function ExceptionRequest({ request, onDone }: { request: WordingException; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: (approve: boolean) => api(`/admin/wording-exceptions/${request.id}/decide`, { method: 'POST', body: { approve, reason } }),
    onSuccess: onDone,
  });
  const title = request.vacancy?.title ?? request.vacancyId ?? request.id;
  return (
    <Card withBorder component="article" data-testid="wording-exception">
      <Text component="h2" fw={700}>
        {title}
      </Text>
      {request.vacancy?.employer && <Text size="sm">{request.vacancy.employer.name}</Text>}
      {request.phrases && request.phrases.length > 0 && (
        <List size="sm">
          {request.phrases.map((phrase) => (
            <List.Item key={phrase}>“{phrase}”</List.Item>
          ))}
        </List>
      )}
      <Text size="sm" mt="xs">
        {t('adminExceptions.employerReason', { reason: request.reason })}
      </Text>
      <TextInput mt="sm" label={t('adminExceptions.decisionReason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      <Group mt="sm">
        <Button onClick={() => decide.mutate(true)} disabled={!reason.trim()} loading={decide.isPending && decide.variables === true}>
          {t('adminExceptions.approve')}
        </Button>
        <Button variant="outline" color={COLORS.red} onClick={() => decide.mutate(false)} disabled={!reason.trim()} loading={decide.isPending && decide.variables === false}>
          {t('adminExceptions.deny')}
        </Button>
      </Group>
      <ErrorMessage error={decide.error} />
    </Card>
  );
}

export default function AdminExceptionsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['admin', 'wording-exceptions'], queryFn: () => api<Page<WordingException>>('/admin/wording-exceptions?status=pending&limit=100') });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'wording-exceptions'] });
  return (
    <>
      <PageTitle>{t('adminExceptions.title')}</PageTitle>
      <Text mb="md">{t('adminExceptions.explain')}</Text>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data?.items.length === 0 && <Text>{t('adminExceptions.empty')}</Text>}
      <Stack gap="sm">
        {list.data?.items.map((request) => (
          <ExceptionRequest key={request.id} request={request} onDone={refresh} />
        ))}
      </Stack>
    </>
  );
}
