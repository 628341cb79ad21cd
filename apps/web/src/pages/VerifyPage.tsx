import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../api/client';
import type { Ak1Verification } from '../api/types';
import { ErrorMessage, formatDate, Loading, PageTitle, StatusBadge, COLORS } from '../components/common';

export default function VerifyPage() {
  const { number = '' } = useParams();
  const { t, i18n } = useTranslation();
  const result = useQuery({ queryKey: ['ak1-verify', number], queryFn: () => api<Ak1Verification>(`/ak1/verify/${encodeURIComponent(number)}`) });
  return (
    <>
      <PageTitle>{t('verify.title')}</PageTitle>
      {result.isLoading && <Loading />}
      {result.error instanceof ApiError && result.error.status === 404 ? (
        <Alert color={COLORS.red} variant="outline" role="alert" title={t('verify.unknown')}>
          {t('verify.unknownBody', { number })}
        </Alert>
      ) : (
        <ErrorMessage error={result.error} />
      )}
      {result.data && (
        <Stack gap="xs">
          <Alert color={result.data.valid ? COLORS.green : COLORS.red} variant="outline" role="status" title={result.data.valid ? t('verify.valid') : t('verify.invalid')}>
            {t('verify.number', { number: result.data.number })}
          </Alert>
          <Text>
            {t('verify.status')}: <StatusBadge group="ak1" status={result.data.status} />
          </Text>
          <Text>{t('verify.holder', { initials: result.data.holderInitials })}</Text>
          <Text>{t('verify.regency', { name: result.data.regency.name })}</Text>
          <Text>{t('verify.validUntil', { date: formatDate(result.data.validUntil, i18n.language) })}</Text>
        </Stack>
      )}
    </>
  );
}
