import { Alert, Anchor, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError, apiResponse } from '../../api/client';
import type { Ak1Card } from '../../api/types';
import { ErrorMessage, formatDate, Loading, PageTitle, StatusBadge, COLORS } from '../../components/common';

export default function Ak1Page() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const card = useQuery({
    queryKey: ['ak1'],
    queryFn: () => api<Ak1Card>('/ak1/me').catch((error) => (error instanceof ApiError && error.status === 404 ? null : Promise.reject(error))),
  });
  const onDone = () => queryClient.invalidateQueries({ queryKey: ['ak1'] });
  const issue = useMutation({ mutationFn: () => api<Ak1Card>('/ak1/me', { method: 'POST' }), onSuccess: onDone });
  const reconfirm = useMutation({ mutationFn: () => api<Ak1Card>('/ak1/me/reconfirm', { method: 'POST' }), onSuccess: onDone });

  const download = async () => {
    setDownloadError(null);
    try {
      const response = await apiResponse('/ak1/me/card.pdf');
      const url = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = url;
      link.download = `AK1-${card.data?.number ?? 'kartu'}.pdf`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setDownloadError(error);
    }
  };

  const missing = issue.error instanceof ApiError && Array.isArray(issue.error.details?.missing) ? (issue.error.details.missing as string[]) : null;
  const lang = i18n.language;
  return (
    <>
      <PageTitle>{t('ak1.title')}</PageTitle>
      <Text mb="md">{t('ak1.explain')}</Text>
      {card.isLoading && <Loading />}
      <ErrorMessage error={card.error} />
      {card.data === null && (
        <Stack>
          <Button onClick={() => issue.mutate()} loading={issue.isPending}>
            {t('ak1.issue')}
          </Button>
          {missing ? (
            <Alert color={COLORS.orange} variant="outline" role="alert" title={t('ak1.incomplete')}>
              <List>
                {missing.map((field) => (
                  <List.Item key={field}>{t(`profile.fields.${field}`, { defaultValue: field })}</List.Item>
                ))}
              </List>
              <Anchor component={Link} to="/profile">
                {t('ak1.completeProfile')}
              </Anchor>
            </Alert>
          ) : (
            <ErrorMessage error={issue.error} />
          )}
        </Stack>
      )}
      {card.data && (
        <Card withBorder padding="lg" data-testid="ak1-card">
          <Text fw={700} fz="xl">
            {t('ak1.number', { number: card.data.number })}
          </Text>
          <Group gap="xs" my="xs">
            <Text>{t('ak1.status')}:</Text>
            <StatusBadge group="ak1" status={card.data.status} />
          </Group>
          <Text>{t('ak1.issuedAt', { date: formatDate(card.data.issuedAt, lang) })}</Text>
          <Text>{t('ak1.validUntil', { date: formatDate(card.data.validUntil, lang) })}</Text>
          <Text>{t('ak1.reconfirmBy', { date: formatDate(card.data.reconfirmBy, lang) })}</Text>
          <Text>{t('ak1.regency', { name: card.data.regency.name })}</Text>
          <Group mt="md">
            <Button onClick={download}>{t('ak1.download')}</Button>
            {card.data.status === 'needs_reconfirmation' && (
              <Button variant="outline" onClick={() => reconfirm.mutate()} loading={reconfirm.isPending}>
                {t('ak1.reconfirm')}
              </Button>
            )}
            <Anchor component={Link} to={`/verify/${card.data.number}`}>
              {t('ak1.verifyLink')}
            </Anchor>
          </Group>
          <ErrorMessage error={downloadError ?? reconfirm.error} />
        </Card>
      )}
    </>
  );
}
