import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { skillName, trainingPaths, type Certificate, type Enrolment } from '../../api/training';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { downloadFile, TrainingBadge } from './parts';

const WITHDRAWABLE = new Set(['applied', 'waitlisted', 'accepted', 'attending']);

function EnrolmentCard({ enrolment }: { enrolment: Enrolment }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => api(trainingPaths.enrolmentAction(enrolment.id, 'withdraw'), { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training', 'my-enrolments'] }),
  });
  const lang = i18n.language;
  const title = enrolment.programme.title;
  return (
    <Card withBorder component="article" data-testid="my-enrolment">
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text component="h3" fw={700}>
          {title}
        </Text>
        <TrainingBadge group="enrolment" status={enrolment.status} />
      </Group>
      <Text size="sm">
        {[enrolment.centre.name, t('training.cohorts.range', { from: formatDate(enrolment.cohort.startsOn, lang), to: formatDate(enrolment.cohort.endsOn, lang) })].filter(Boolean).join(' · ')}
      </Text>
      {enrolment.status === 'waitlisted' && enrolment.waitlistPosition != null && (
        <Text size="sm" fw={600} data-testid="waitlist-position">
          {t('training.enrolments.position', { position: enrolment.waitlistPosition })}
        </Text>
      )}
      {enrolment.reason && <Text size="sm">{t('training.enrolments.reason', { reason: enrolment.reason })}</Text>}
      {enrolment.referredBy && <Text size="sm">{t('training.enrolments.referredBy', { name: enrolment.referredBy.fullName })}</Text>}
      {enrolment.certificate && <Text size="sm">{t('training.completion.certificate', { number: enrolment.certificate.number })}</Text>}
      {WITHDRAWABLE.has(enrolment.status) && (
        <Button mt="xs" size="compact-md" variant="outline" color={COLORS.red} onClick={() => withdraw.mutate()} loading={withdraw.isPending} aria-label={t('training.mine.withdrawOf', { title })}>
          {t('training.mine.withdraw')}
        </Button>
      )}
      <ErrorMessage error={withdraw.error} />
    </Card>
  );
}

function CertificateCard({ certificate }: { certificate: Certificate }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const download = async () => {
    setError(null);
    try {
      await downloadFile(trainingPaths.certificatePdf(certificate.id), `${certificate.number}.pdf`);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <Card withBorder component="article" data-testid="certificate">
      <Text component="h3" fw={700}>
        {certificate.programme.title}
      </Text>
      <Text size="sm">{t('training.mine.certificateNumber', { number: certificate.number })}</Text>
      <Text size="sm">
        {[certificate.centre.name, t('training.hours', { count: certificate.programme.hours }), formatDate(certificate.issuedOn, i18n.language)].join(' · ')}
      </Text>
      {certificate.skills.length > 0 && (
        <Text size="sm">{t('training.mine.certifiedSkills', { skills: certificate.skills.map((s) => skillName(s, i18n.language)).join(', ') })}</Text>
      )}
      <Group mt="xs" gap="md">
        <Button size="compact-md" onClick={download} aria-label={t('training.mine.downloadOf', { title: certificate.programme.title })}>
          {t('training.mine.download')}
        </Button>
        <Anchor component={Link} to={`/sertifikat/${encodeURIComponent(certificate.number)}`} size="sm">
          {t('training.mine.publicCheck')}
        </Anchor>
      </Group>
      <ErrorMessage error={error} />
    </Card>
  );
}

/** The seeker's enrolments (status, place on the waiting list, withdraw) and certificates. */
export default function MyTrainingsPage() {
  const { t } = useTranslation();
  const enrolments = useQuery({
    queryKey: ['training', 'my-enrolments'],
    queryFn: () => api<Enrolment[] | { items: Enrolment[] }>(trainingPaths.myEnrolments).then((body) => (Array.isArray(body) ? body : body.items)),
  });
  const certificates = useQuery({
    queryKey: ['training', 'my-certificates'],
    queryFn: () => api<Certificate[] | { items: Certificate[] }>(trainingPaths.myCertificates).then((body) => (Array.isArray(body) ? body : body.items)),
  });
  return (
    <>
      <PageTitle>{t('training.mine.title')}</PageTitle>
      <Group gap="md" mb="md">
        <Anchor component={Link} to="/trainings">
          {t('training.mine.find')}
        </Anchor>
        <Anchor component={Link} to="/skill-gaps">
          {t('training.nav.skillGaps')}
        </Anchor>
      </Group>
      <Title order={2} size="h3" mb="xs">
        {t('training.mine.enrolments')}
      </Title>
      {enrolments.isLoading && <Loading />}
      <ErrorMessage error={enrolments.error} />
      {enrolments.data?.length === 0 && <Text>{t('training.mine.noEnrolments')}</Text>}
      <Stack gap="sm">
        {enrolments.data?.map((enrolment) => (
          <EnrolmentCard key={enrolment.id} enrolment={enrolment} />
        ))}
      </Stack>
      <Title order={2} size="h3" mt="xl" mb="xs">
        {t('training.mine.certificates')}
      </Title>
      {certificates.isLoading && <Loading />}
      <ErrorMessage error={certificates.error} />
      {certificates.data?.length === 0 && <Text>{t('training.mine.noCertificates')}</Text>}
      <Stack gap="sm">
        {certificates.data?.map((certificate) => (
          <CertificateCard key={certificate.number} certificate={certificate} />
        ))}
      </Stack>
    </>
  );
}
