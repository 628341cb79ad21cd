import { Badge, Card, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { MyCounselling, SessionView } from '../../api/counselling';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { ReferralList } from './CasePage';
import { DueText, dateTime } from './parts';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={`my-${id}`} data-testid={`my-${id}`} padding="sm">
      <Title order={2} size="h4" id={`my-${id}`} mb="xs">
        {title}
      </Title>
      {children}
    </Card>
  );
}

function SessionLine({ session }: { session: SessionView }) {
  const { t, i18n } = useTranslation();
  return (
    <Text size="sm" fw={700}>
      {dateTime(session.startsAt, i18n.language)} · {t(`interviewMode.${session.mode}`)}
      {session.counsellor?.fullName ? ` · ${session.counsellor.fullName}` : ''}
    </Text>
  );
}

/** The seeker's side: their counsellor and office, upcoming sessions, shared notes, plan and referrals. */
export default function MyCounsellorPage() {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['my-counselling'], queryFn: () => api<MyCounselling>('/job-seekers/me/counselling') });
  const data = query.data;
  const withNotes = (data?.sessions ?? []).filter((s) => s.notes.length > 0);
  return (
    <>
      <PageTitle>{t('counselling.mine.title')}</PageTitle>
      {query.isLoading && <Loading />}
      <ErrorMessage error={query.error} />
      {data && !data.case && <Text>{t('counselling.mine.none')}</Text>}
      {data?.case && (
        <Stack gap="sm">
          <Section id="counsellor" title={t('counselling.mine.counsellor')}>
            <Text fw={700} data-testid="my-counsellor-name">
              {data.counsellor?.fullName ?? t('counselling.mine.notAssigned')}
            </Text>
            {data.office && <Text size="sm">{data.office.name}</Text>}
            {data.case.outcome && <Text size="sm">{t('counselling.mine.closed', { outcome: t(`counselling.outcome.${data.case.outcome}`) })}</Text>}
          </Section>
          <Section id="upcoming" title={t('counselling.mine.upcoming')}>
            {data.upcomingSessions.length === 0 && <Text size="sm">{t('counselling.mine.noUpcoming')}</Text>}
            <Stack gap={4}>
              {data.upcomingSessions.map((s) => (
                <SessionLine key={s.id} session={s} />
              ))}
            </Stack>
          </Section>
          <Section id="notes" title={t('counselling.mine.notes')}>
            {withNotes.length === 0 && <Text size="sm">{t('counselling.mine.noNotes')}</Text>}
            <Stack gap="xs">
              {withNotes.map((s) => (
                <div key={s.id}>
                  <SessionLine session={s} />
                  {s.notes.map((n) => (
                    <Text key={n.id} size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="my-note">
                      {n.body}
                    </Text>
                  ))}
                </div>
              ))}
            </Stack>
          </Section>
          <Section id="plan" title={t('counselling.mine.plan')}>
            {data.plan.progress !== null && (
              <>
                <Text size="sm">{t('counselling.caseload.plan', { progress: data.plan.progress })}</Text>
                <Progress value={data.plan.progress} color={COLORS.teal} aria-label={t('counselling.plan.progressLabel')} mb="xs" />
              </>
            )}
            {data.plan.goals.length === 0 && <Text size="sm">{t('counselling.plan.none')}</Text>}
            <List size="sm" spacing={4}>
              {data.plan.goals.map((goal) => (
                <List.Item key={goal.id} data-testid="my-goal">
                  {goal.title}{' '}
                  <Badge size="sm" color={goal.status === 'done' ? COLORS.green : goal.status === 'dropped' ? COLORS.gray : COLORS.blue} style={{ textTransform: 'none' }}>
                    {t(`counselling.goalStatus.${goal.status}`)}
                  </Badge>
                  <DueText dueOn={goal.dueOn} overdue={goal.overdue} />
                </List.Item>
              ))}
            </List>
          </Section>
          <Section id="referrals" title={t('counselling.mine.referrals')}>
            <ReferralList referrals={data.referrals} />
          </Section>
          <Text size="xs">{t('counselling.mine.since', { date: formatDate(data.case.openedAt, i18n.language) })}</Text>
        </Stack>
      )}
    </>
  );
}
