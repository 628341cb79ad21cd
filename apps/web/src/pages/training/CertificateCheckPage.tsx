import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { trainingPaths, type CertificateVerification } from '../../api/training';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';

/** The public check of a training certificate, where its QR code leads (like the AK/1 check). */
export default function CertificateCheckPage() {
  const { number = '' } = useParams();
  const { t, i18n } = useTranslation();
  const result = useQuery({ queryKey: ['certificate-verify', number], queryFn: () => api<CertificateVerification>(trainingPaths.verifyCertificate(number)), retry: false });
  const data = result.data;
  return (
    <>
      <PageTitle>{t('training.check.title')}</PageTitle>
      {result.isLoading && <Loading />}
      {result.error instanceof ApiError && result.error.status === 404 ? (
        <Alert color={COLORS.red} variant="outline" role="alert" title={t('training.check.unknown')}>
          {t('training.check.unknownBody', { number })}
        </Alert>
      ) : (
        <ErrorMessage error={result.error} />
      )}
      {data && (
        <Stack gap="xs" data-testid="certificate-check">
          <Alert color={data.valid === false ? COLORS.red : COLORS.green} variant="outline" role="status" title={data.valid === false ? t('training.check.invalid') : t('training.check.valid')}>
            {t('training.check.number', { number: data.number })}
          </Alert>
          <Text>{t('training.check.holder', { initials: data.holderInitials })}</Text>
          <Text>{t('training.check.programme', { title: data.programme })}</Text>
          <Text>{t('training.check.centre', { name: data.centre })}</Text>
          <Text>{t('training.check.hours', { count: data.hours })}</Text>
          <Text>{t('training.check.issuedOn', { date: formatDate(data.issuedOn, i18n.language) })}</Text>
        </Stack>
      )}
    </>
  );
}
