import { Anchor, Badge, Button, Card, Group, List, NativeSelect, Progress, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { CASE_OUTCOMES, NOTE_VISIBILITIES, caseKey, type CaseDetail, type SessionView } from '../../api/counselling';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle, StatusBadge } from '../../components/common';
import { DueText, PriorityBadges, RiskBadge, dateTime, useCase, CaseError } from './parts';

function Section({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={`section-${id}`} data-testid={`section-${id}`} padding="sm">
      <Group justify="space-between" align="baseline" mb="xs">
        <Title order={2} size="h4" id={`section-${id}`}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

function ActionLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      {children}
    </Anchor>
  );
}

/** Saves the write route's answer (the whole seeker page) into the cache. */
export function useCaseWrite<T>(seekerId: string, path: string, method = 'POST') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: T) => api<CaseDetail>(`/counselling/cases/${seekerId}${path}`, { method, body }),
    onSuccess: (page) => {
      queryClient.setQueryData(caseKey(seekerId), page);
      void queryClient.invalidateQueries({ queryKey: ['counselling-cases'] });
    },
  });
}

function FollowUps({ data, seekerId, open }: { data: CaseDetail; seekerId: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const [dueOn, setDueOn] = useState('');
  const [note, setNote] = useState('');
  const add = useCaseWrite<{ dueOn: string; note?: string }>(seekerId, '/follow-ups');
  const queryClient = useQueryClient();
  const done = useMutation({
    mutationFn: (id: string) => api<CaseDetail>(`/counselling/cases/${seekerId}/follow-ups/${id}/done`, { method: 'POST', body: {} }),
    onSuccess: (page) => queryClient.setQueryData(caseKey(seekerId), page),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ dueOn, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: () => (setDueOn(''), setNote('')) });
  };
  return (
    <Section id="follow-ups" title={t('counselling.followUps.title')}>
      {data.followUps.length === 0 && <Text size="sm">{t('counselling.followUps.none')}</Text>}
      <Stack gap={6}>
        {data.followUps.map((f) => (
          <Group key={f.id} justify="space-between" wrap="nowrap" data-testid="follow-up">
            <div>
              <Text size="sm" fw={700} c={f.state === 'overdue' ? COLORS.red : undefined}>
                {formatDate(f.dueOn, i18n.language)} · {t(`counselling.followUps.state.${f.state}`)}
              </Text>
              {f.note && <Text size="sm">{f.note}</Text>}
            </div>
            {open && f.state !== 'done' && (
              <Button size="compact-sm" variant="outline" loading={done.isPending && done.variables === f.id} onClick={() => done.mutate(f.id)} aria-label={t('counselling.followUps.doneOf', { date: formatDate(f.dueOn, i18n.language) })}>
                {t('counselling.followUps.done')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      <ErrorMessage error={done.error} />
      {open && (
        <form onSubmit={submit} aria-label={t('counselling.followUps.add')}>
          <Stack gap={6} mt="sm">
            <TextInput type="date" label={t('counselling.followUps.dueOn')} required value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
            <TextInput label={t('counselling.followUps.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <ErrorMessage error={add.error} />
            <Button type="submit" size="sm" loading={add.isPending}>
              {t('counselling.followUps.add')}
            </Button>
          </Stack>
        </form>
      )}
    </Section>
  );
}

function AddNote({ session, seekerId }: { session: SessionView; seekerId: string }) {
  const { t, i18n } = useTranslation();
  const [show, setShow] = useState(false);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState('internal');
  const add = useCaseWrite<{ body: string; visibility: string }>(seekerId, `/sessions/${session.id}/notes`);
  const when = dateTime(session.startsAt, i18n.language);
  if (!show) {
    return (
      <Button variant="subtle" size="compact-xs" px={0} onClick={() => setShow(true)} aria-label={t('counselling.sessions.addNoteOf', { when })}>
        {t('counselling.sessions.addNote')}
      </Button>
    );
  }
  return (
    <form
      aria-label={t('counselling.sessions.addNoteOf', { when })}
      onSubmit={(e) => {
        e.preventDefault();
        add.mutate({ body: body.trim(), visibility }, { onSuccess: () => (setBody(''), setShow(false)) });
      }}
    >
      <Stack gap={6} mt={4}>
        <Textarea label={t('counselling.sessions.note')} required value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <NativeSelect label={t('counselling.sessions.visibility')} value={visibility} onChange={(e) => setVisibility(e.currentTarget.value)} data={NOTE_VISIBILITIES.map((value) => ({ value, label: t(`counselling.visibilityHelp.${value}`) }))} />
        <ErrorMessage error={add.error} />
        <Button type="submit" size="compact-sm" loading={add.isPending}>
          {t('counselling.sessions.saveNote')}
        </Button>
      </Stack>
    </form>
  );
}

function Outcome({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState('');
  const [note, setNote] = useState('');
  const record = useCaseWrite<{ outcome: string; note?: string }>(seekerId, '/outcome');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate({ outcome, ...(note.trim() ? { note: note.trim() } : {}) });
      }}
      aria-label={t('counselling.outcome.title')}
    >
      <Stack gap={6}>
        <NativeSelect label={t('counselling.outcome.outcome')} required value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} data={[{ value: '', label: t('counselling.choose') }, ...CASE_OUTCOMES.map((value) => ({ value, label: t(`counselling.outcome.${value}`) }))]} />
        <Textarea label={t('counselling.outcome.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <ErrorMessage error={record.error} />
        <Button type="submit" size="sm" color={COLORS.dark} loading={record.isPending}>
          {t('counselling.outcome.record')}
        </Button>
      </Stack>
    </form>
  );
}

function Reassign({ data, seekerId }: { data: CaseDetail; seekerId: string }) {
  const { t } = useTranslation();
  const [show, setShow] = useState(false);
  const [counsellorId, setCounsellorId] = useState('');
  const [reason, setReason] = useState('');
  const counsellors = useQuery({
    queryKey: ['counselling-counsellors'],
    queryFn: () => api<{ items: Array<{ id: string; fullName: string; openCases: number }> }>('/counselling/counsellors'),
    enabled: show,
  });
  const move = useCaseWrite<{ counsellorId: string; reason: string }>(seekerId, '/reassign');
  if (!show) {
    return (
      <Button variant="subtle" size="compact-sm" px={0} onClick={() => setShow(true)}>
        {t('counselling.reassign.open')}
      </Button>
    );
  }
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        move.mutate({ counsellorId, reason: reason.trim() }, { onSuccess: () => setShow(false) });
      }}
      aria-label={t('counselling.reassign.title')}
    >
      <Stack gap={6} mt="xs">
        <NativeSelect
          label={t('counselling.reassign.to')}
          required
          value={counsellorId}
          onChange={(e) => setCounsellorId(e.currentTarget.value)}
          data={[
            { value: '', label: t('counselling.choose') },
            ...(counsellors.data?.items ?? [])
              .filter((c) => c.id !== data.case.counsellor?.id)
              .map((c) => ({ value: c.id, label: t('counselling.reassign.option', { name: c.fullName, count: c.openCases }) })),
          ]}
        />
        <Textarea label={t('counselling.reassign.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <ErrorMessage error={counsellors.error ?? move.error} />
        <Button type="submit" size="sm" loading={move.isPending}>
          {t('counselling.reassign.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Everything about one seeker a counsellor needs, with links to the pages that change it. */
export default function CasePage() {
  const { seekerId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const query = useCase(seekerId);
  const data = query.data;
  const lang = i18n.language === 'en' ? 'en' : 'id';
  if (query.isLoading) return <Loading />;
  if (!data) return <CaseError error={query.error} />;
  const open = data.case.status === 'open';
  const base = `/counsellor/cases/${seekerId}`;
  const profile = data.profile;
  return (
    <>
      <Anchor component={Link} to="/counsellor/cases" size="sm" display="block" mb="sm">
        {t('counselling.backToCaseload')}
      </Anchor>
      <PageTitle>{profile.fullName}</PageTitle>
      <Stack gap="sm">
        <Section id="case" title={t('counselling.case.title')}>
          <Group gap="xs" mb={4}>
            <Badge color={open ? COLORS.green : COLORS.dark}>{t(`counselling.case.status.${data.case.status}`)}</Badge>
            <RiskBadge level={data.risk.effectiveLevel} score={data.risk.score} computed={data.risk.level} />
            <PriorityBadges groups={data.case.priorityGroups} />
          </Group>
          <Text size="sm">{t('counselling.case.office', { office: data.case.office.name, counsellor: data.case.counsellor?.fullName ?? t('counselling.case.unassigned') })}</Text>
          <Text size="sm">{t('counselling.case.opened', { date: formatDate(data.case.openedAt, i18n.language) })}</Text>
          {data.case.outcome && (
            <Text size="sm" fw={700} data-testid="case-outcome">
              {t('counselling.case.closedWith', { outcome: t(`counselling.outcome.${data.case.outcome}`), date: formatDate(data.case.closedAt, i18n.language) })}
            </Text>
          )}
          {open && <Reassign data={data} seekerId={seekerId} />}
        </Section>

        <Section id="profile" title={t('counselling.profile.title')}>
          <Text size="sm">
            {[profile.educationLevel, t('board.experience', { count: profile.experienceMonths }), profile.domicileRegencyCode].filter(Boolean).join(' · ')}
          </Text>
          {profile.skills.length > 0 && <Text size="sm">{t('counselling.profile.skills', { skills: profile.skills.map((s) => s.name[lang]).join(', ') })}</Text>}
          <Group gap="xs" mt={4}>
            <Text size="sm">{t('counselling.profile.ak1')}</Text>
            {data.ak1 ? (
              <>
                <Text size="sm" fw={700}>
                  {data.ak1.number}
                </Text>
                <StatusBadge status={data.ak1.status} group="ak1" />
              </>
            ) : (
              <Text size="sm">{t('counselling.profile.noAk1')}</Text>
            )}
          </Group>
        </Section>

        <Section id="risk" title={t('counselling.risk.title')} action={<ActionLink to={`${base}/profiling`}>{t('counselling.risk.details')}</ActionLink>}>
          <Text size="sm">{t('counselling.risk.summary', { score: data.risk.score ?? '–', level: data.risk.level ? t(`counselling.riskLevel.${data.risk.level}`) : '–' })}</Text>
          {data.risk.override && (
            <Text size="sm" data-testid="risk-override">
              {t('counselling.risk.overrideSummary', { level: t(`counselling.riskLevel.${data.risk.override.level}`), reason: data.risk.override.reason })}
            </Text>
          )}
        </Section>

        <Section id="assessments" title={t('counselling.assessments.title')} action={<ActionLink to={`/counsellor/seekers/${seekerId}/assessments`}>{t('counselling.assessments.open')}</ActionLink>}>
          {data.assessments.length === 0 && <Text size="sm">{t('counselling.assessments.none')}</Text>}
          <List size="sm" spacing={2}>
            {data.assessments.map((result) => (
              <List.Item key={result.assessmentId}>
                {t(`assessments.instrument.${result.instrumentId ?? result.kind}`, { defaultValue: result.instrumentId ?? result.kind })}
                {result.scoredAt ? ` · ${formatDate(result.scoredAt, i18n.language)}` : ''}
                {result.flags.length > 0 && (
                  <Text span c={COLORS.red} fw={700}>
                    {' · '}
                    {t('counselling.assessments.flags', { count: result.flags.length })}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Section>

        <Section id="recommendations" title={t('counselling.recommendations.title')} action={<ActionLink to={`/counsellor/seekers/${seekerId}/matches`}>{t('counselling.recommendations.all')}</ActionLink>}>
          {data.recommendations.items.length === 0 && <Text size="sm">{t('counselling.recommendations.none')}</Text>}
          <List size="sm" spacing={4}>
            {data.recommendations.items.map((item) => (
              <List.Item key={item.vacancy.id}>
                {item.vacancy.title} · {item.vacancy.employerName} · {Math.round(item.score * 100)}%{' · '}
                <Anchor component={Link} to={`/counsellor/seekers/${seekerId}/why/${item.vacancy.id}`} size="sm" aria-label={t('counselling.recommendations.whyOf', { title: item.vacancy.title })}>
                  {t('counselling.recommendations.why')}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Section>

        <Section id="applications" title={t('counselling.applications.title')}>
          {data.applications.length === 0 && <Text size="sm">{t('counselling.applications.none')}</Text>}
          <Stack gap={4}>
            {data.applications.map((a) => (
              <Group key={a.id} gap="xs" data-testid="case-application">
                <Text size="sm">
                  {a.vacancy.title} · {a.vacancy.employerName}
                </Text>
                <StatusBadge status={a.status} group="application" />
                {a.referred && (
                  <Badge color={COLORS.teal} variant="outline" style={{ textTransform: 'none' }}>
                    {t('counselling.applications.referred')}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        </Section>

        <Section id="enrolments" title={t('counselling.enrolments.title')} action={<ActionLink to={`/counsellor/seekers/${seekerId}/skill-gaps`}>{t('counselling.enrolments.gaps')}</ActionLink>}>
          {data.enrolments.length === 0 && <Text size="sm">{t('counselling.enrolments.none')}</Text>}
          <List size="sm">
            {data.enrolments.map((e) => (
              <List.Item key={e.id} data-testid="case-enrolment">
                {e.programmeTitle} · {formatDate(e.startsOn, i18n.language)} · {t(`counselling.enrolmentStatus.${e.status}`, { defaultValue: e.status })}
              </List.Item>
            ))}
          </List>
        </Section>

        <Section id="plan" title={t('counselling.plan.title')} action={open && <ActionLink to={`${base}/plan`}>{t('counselling.plan.edit')}</ActionLink>}>
          {data.plan.progress !== null && (
            <>
              <Text size="sm">{t('counselling.caseload.plan', { progress: data.plan.progress })}</Text>
              <Progress value={data.plan.progress} color={COLORS.teal} aria-label={t('counselling.plan.progressLabel')} mb="xs" />
            </>
          )}
          {data.plan.goals.length === 0 && <Text size="sm">{t('counselling.plan.none')}</Text>}
          <List size="sm" spacing={2}>
            {data.plan.goals.map((goal) => (
              <List.Item key={goal.id}>
                {goal.title} · {t(`counselling.goalStatus.${goal.status}`)}
                <DueText dueOn={goal.dueOn} overdue={goal.overdue} />
              </List.Item>
            ))}
          </List>
        </Section>

        <Section id="sessions" title={t('counselling.sessions.title')} action={open && <ActionLink to={`${base}/sessions/new`}>{t('counselling.sessions.new')}</ActionLink>}>
          {data.sessions.length === 0 && <Text size="sm">{t('counselling.sessions.none')}</Text>}
          <Stack gap="xs">
            {data.sessions.map((s) => (
              <div key={s.id} data-testid="session">
                <Text size="sm" fw={700}>
                  {dateTime(s.startsAt, i18n.language)} · {t(`interviewMode.${s.mode}`)}
                  {s.counsellor?.fullName ? ` · ${s.counsellor.fullName}` : ''}
                </Text>
                {s.notes.map((n) => (
                  <Group key={n.id} gap={6} align="flex-start" wrap="nowrap" data-testid="note">
                    <Badge color={n.visibility === 'shared' ? COLORS.blue : COLORS.gray} variant="outline" style={{ textTransform: 'none', flexShrink: 0 }}>
                      {t(`counselling.visibility.${n.visibility}`)}
                    </Badge>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {n.body}
                    </Text>
                  </Group>
                ))}
                {open && <AddNote session={s} seekerId={seekerId} />}
              </div>
            ))}
          </Stack>
        </Section>

        <Section id="referrals" title={t('counselling.referrals.title')} action={open && <ActionLink to={`${base}/refer`}>{t('counselling.referrals.new')}</ActionLink>}>
          <ReferralList referrals={data.referrals} />
        </Section>

        <FollowUps data={data} seekerId={seekerId} open={open} />

        {open && (
          <Section id="outcome" title={t('counselling.outcome.title')}>
            <Outcome seekerId={seekerId} />
          </Section>
        )}
      </Stack>
    </>
  );
}

export function ReferralList({ referrals }: { referrals: CaseDetail['referrals'] }) {
  const { t, i18n } = useTranslation();
  if (referrals.length === 0) return <Text size="sm">{t('counselling.referrals.none')}</Text>;
  return (
    <List size="sm" spacing={4}>
      {referrals.map((r) => (
        <List.Item key={r.id} data-testid="referral">
          {r.vacancy
            ? t('counselling.referrals.toVacancy', { title: r.vacancy.title, employer: r.vacancy.employerName })
            : t('counselling.referrals.toTraining', { title: r.cohort?.programmeTitle ?? '', date: formatDate(r.cohort?.startsOn, i18n.language) })}
          {r.application && (
            <>
              {' · '}
              {t(`status.application.${r.application.status}`)}
            </>
          )}
          {' · '}
          {formatDate(r.createdAt, i18n.language)}
          {r.note && <Text size="sm">{r.note}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
