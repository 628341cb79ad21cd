import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import type { AssessmentSession, Instrument, MyAssessment } from '../../api/types';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { pick } from '../../i18n';
import { ProtocolBadge } from './ResultParts';

/** "Tes minat & kepribadian": both instruments, each with start, resume or result. */
export default function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const instruments = useQuery({ queryKey: ['assessment-instruments'], queryFn: () => api<Instrument[]>('/assessments/instruments') });
  const mine = useQuery({ queryKey: ['assessments', 'mine'], queryFn: () => api<{ items: MyAssessment[] }>('/assessments/mine') });
  const start = useMutation({
    mutationFn: (instrumentId: string) => api<AssessmentSession>('/assessments', { method: 'POST', body: { instrumentId, locale: i18n.language === 'en' ? 'en' : 'id' } }),
    onSuccess: (session) => navigate(`/assessments/${session.id}`),
  });
  const language = i18n.language;
  return (
    <>
      <PageTitle>{t('assessments.title')}</PageTitle>
      <Text mb="sm">{t('assessments.intro')}</Text>
      <Text size="sm" mb="md">
        {t('assessments.privacy')}
      </Text>
      {(instruments.isLoading || mine.isLoading) && <Loading />}
      <ErrorMessage error={instruments.error ?? mine.error ?? start.error} />
      <Stack gap="sm">
        {instruments.data?.map((instrument) => {
          const sessions = (mine.data?.items ?? []).filter((item) => item.instrumentId === instrument.id).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
          const open = sessions.find((item) => item.status === 'in_progress');
          const done = sessions.find((item) => item.status !== 'in_progress');
          const title = pick(instrument.title, language);
          return (
            <Card key={instrument.id} withBorder component="article" data-testid={`instrument-${instrument.kind}`}>
              <Text component="h2" fw={700} fz="lg">
                {title}
              </Text>
              <Text size="sm">{t(`assessments.kind.${instrument.kind}`)}</Text>
              <Text size="sm">{t('assessments.size', { items: instrument.itemCount, pages: instrument.pageCount, minutes: instrument.minutes })}</Text>
              {language !== 'en' && instrument.translation?.id?.status === 'provisional' && (
                <Text size="sm" fs="italic">
                  {t('assessments.provisional')}
                </Text>
              )}
              {done && (
                <Group gap="xs" mt="xs">
                  <Text size="sm">{t('assessments.lastTaken', { date: formatDate(done.submittedAt ?? done.startedAt, language) })}</Text>
                  {done.resultStatus && <ProtocolBadge status={done.resultStatus} />}
                </Group>
              )}
              <Group mt="sm" gap="sm">
                {open ? (
                  <Button component={Link} to={`/assessments/${open.id}`} aria-label={t('assessments.resumeOf', { title })}>
                    {t('assessments.resume')}
                  </Button>
                ) : (
                  <Button onClick={() => start.mutate(instrument.id)} loading={start.isPending && start.variables === instrument.id} aria-label={t(done ? 'assessments.againOf' : 'assessments.startOf', { title })}>
                    {t(done ? 'assessments.again' : 'assessments.start')}
                  </Button>
                )}
                {done && (
                  <Anchor component={Link} to={`/assessments/${done.id}/result`}>
                    {t('assessments.seeResultOf', { title })}
                  </Anchor>
                )}
              </Group>
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
