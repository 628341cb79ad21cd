import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { trainingPaths, type TrainingCentre } from '../../api/training';
import type { Page } from '../../api/types';
import { COLORS, ErrorMessage, Loading, PageTitle } from '../../components/common';

function PendingCentre({ centre, onDone }: { centre: TrainingCentre; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const verify = useMutation({ mutationFn: () => api(trainingPaths.adminVerify(centre.id), { method: 'POST' }), onSuccess: onDone });
  const reject = useMutation({ mutationFn: () => api(trainingPaths.adminReject(centre.id), { method: 'POST', body: { reason } }), onSuccess: onDone });
  return (
    <Card withBorder component="article" data-testid="pending-centre">
      <Text component="h2" fw={700}>
        {centre.name}
      </Text>
      <Text size="sm">{centre.regency.name}</Text>
      <Text size="sm">{centre.address}</Text>
      <Stack gap="xs" mt="sm">
        <Button onClick={() => verify.mutate()} loading={verify.isPending} aria-label={t('training.admin.verifyOf', { name: centre.name })}>
          {t('training.admin.verify')}
        </Button>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            reject.mutate();
          }}
        >
          <Group align="flex-end">
            <TextInput label={t('training.admin.rejectReason', { name: centre.name })} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button type="submit" variant="outline" color={COLORS.red} loading={reject.isPending}>
              {t('training.admin.reject')}
            </Button>
          </Group>
        </form>
        <ErrorMessage error={verify.error ?? reject.error} />
      </Stack>
    </Card>
  );
}

/** Training centres waiting for an admin's verification. */
export default function AdminCentresPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['admin', 'training-centres'],
    queryFn: () => api<Page<TrainingCentre> | TrainingCentre[]>(trainingPaths.adminCentres('pending')).then((body) => (Array.isArray(body) ? body : body.items)),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'training-centres'] });
  return (
    <>
      <PageTitle>{t('training.admin.title')}</PageTitle>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <Text>{t('training.admin.empty')}</Text>}
      <Stack gap="sm">
        {list.data?.map((centre) => (
          <PendingCentre key={centre.id} centre={centre} onDone={refresh} />
        ))}
      </Stack>
    </>
  );
}
