import { Alert, Anchor, Button, Card, Checkbox, Group, List, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { trainingPaths, type AttendanceSheet, type Cohort, type CohortCompletion, type Enrolment, type EnrolmentStatus } from '../../api/training';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { formatDateTime, percent, TrainingBadge, useMyCentre } from './parts';

/** The attendance rule: at least this share of the sessions held (COMPLETION_MIN_ATTENDANCE in libs/domain/src/training; the web app does not import the domain library). */
export const ATTENDANCE_RULE = 0.75;

type Trainee = AttendanceSheet['trainees'][number];

function AttendanceText({ trainee }: { trainee: Trainee | undefined }) {
  const { t } = useTranslation();
  if (!trainee || trainee.sessionsHeld === 0) return null;
  const below = trainee.rate + 1e-9 < ATTENDANCE_RULE;
  return (
    <Text size="sm" c={below && trainee.status !== 'completed' ? COLORS.red : undefined} data-testid="attendance-summary">
      {t('training.enrolments.attendance', { present: trainee.present, held: trainee.sessionsHeld, rate: percent(trainee.rate) })}
      {below && trainee.status !== 'completed' && ` · ${t('training.completion.belowRule', { rate: percent(trainee.rate), rule: percent(ATTENDANCE_RULE) })}`}
    </Text>
  );
}

function EnrolmentRow({ cohortId, enrolment, trainee, staff, onDone }: { cohortId: string; enrolment: Enrolment; trainee: Trainee | undefined; staff: boolean; onDone: () => void }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<null | 'reject' | 'drop'>(null);
  const [reason, setReason] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (action: 'accept' | 'waitlist' | 'reject' | 'drop' | 'complete') =>
      api<Enrolment | { certificate: { number: string } }>(trainingPaths.enrolmentAction(enrolment.id, action), { method: 'POST', body: action === 'reject' || action === 'drop' ? { reason } : undefined }),
    onSuccess: (body, action) => {
      setAsking(null);
      setReason('');
      if (action === 'complete' && body?.certificate) setResult(t('training.completion.issued', { number: body.certificate.number }));
      onDone();
    },
  });
  const name = enrolment.seeker.fullName;
  const s = enrolment.status;
  const canAccept = staff && (s === 'applied' || s === 'waitlisted');
  const canReject = staff && (s === 'applied' || s === 'waitlisted');
  const canDrop = staff && (s === 'accepted' || s === 'attending');
  const canComplete = s === 'attending';
  return (
    <Card withBorder padding="sm" component="article" data-testid="enrolment" data-cohort={cohortId}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text component="h3" fw={700}>
          {name}
        </Text>
        <TrainingBadge group="enrolment" status={s} />
      </Group>
      {(enrolment.seeker.educationLevel || enrolment.seeker.regency) && (
        <Text size="sm">{[enrolment.seeker.educationLevel, enrolment.seeker.regency?.name].filter(Boolean).join(' · ')}</Text>
      )}
      {s === 'waitlisted' && enrolment.waitlistPosition != null && <Text size="sm">{t('training.enrolments.position', { position: enrolment.waitlistPosition })}</Text>}
      {enrolment.reason && <Text size="sm">{t('training.enrolments.reason', { reason: enrolment.reason })}</Text>}
      {enrolment.referredBy && <Text size="sm">{t('training.enrolments.referredBy', { name: enrolment.referredBy.fullName })}</Text>}
      <AttendanceText trainee={trainee} />
      {enrolment.certificate && <Text size="sm">{t('training.completion.certificate', { number: enrolment.certificate.number })}</Text>}
      <Group gap="xs" mt="xs">
        {canAccept && (
          <Button size="compact-md" onClick={() => act.mutate('accept')} loading={act.isPending && act.variables === 'accept'} aria-label={t('training.enrolments.acceptOf', { name })}>
            {t('training.enrolments.accept')}
          </Button>
        )}
        {staff && s === 'applied' && (
          <Button size="compact-md" variant="outline" onClick={() => act.mutate('waitlist')} loading={act.isPending && act.variables === 'waitlist'} aria-label={t('training.enrolments.waitlistOf', { name })}>
            {t('training.enrolments.waitlist')}
          </Button>
        )}
        {canReject && (
          <Button size="compact-md" variant="outline" color={COLORS.red} onClick={() => setAsking('reject')} aria-label={t('training.enrolments.rejectOf', { name })}>
            {t('training.enrolments.reject')}
          </Button>
        )}
        {canComplete && (
          <Button size="compact-md" variant="outline" onClick={() => act.mutate('complete')} loading={act.isPending && act.variables === 'complete'} aria-label={t('training.completion.completeOf', { name })}>
            {t('training.completion.complete')}
          </Button>
        )}
        {canDrop && (
          <Button size="compact-md" variant="subtle" color={COLORS.red} onClick={() => setAsking('drop')} aria-label={t('training.enrolments.dropOf', { name })}>
            {t('training.enrolments.drop')}
          </Button>
        )}
      </Group>
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            act.mutate(asking);
          }}
        >
          <Group align="flex-end" gap="xs" mt="xs">
            <TextInput label={t(asking === 'reject' ? 'training.enrolments.rejectReason' : 'training.enrolments.dropReason', { name })} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
            <Button type="submit" color={COLORS.red} loading={act.isPending}>
              {t(asking === 'reject' ? 'training.enrolments.reject' : 'training.enrolments.drop')}
            </Button>
            <Button variant="subtle" onClick={() => setAsking(null)}>
              {t('training.cancel')}
            </Button>
          </Group>
        </form>
      )}
      {result && (
        <Text role="status" size="sm" mt="xs">
          {result}
        </Text>
      )}
      <ErrorMessage error={act.error} />
    </Card>
  );
}

const GROUPS: Array<{ key: string; statuses: EnrolmentStatus[] }> = [
  { key: 'applied', statuses: ['applied'] },
  { key: 'waitlisted', statuses: ['waitlisted'] },
  { key: 'participants', statuses: ['accepted', 'attending'] },
  { key: 'completed', statuses: ['completed'] },
  { key: 'closed', statuses: ['rejected', 'dropped', 'withdrawn'] },
];

function CompleteCohort({ cohortId, names, onDone }: { cohortId: string; names: Map<string, string>; onDone: () => void }) {
  const { t } = useTranslation();
  const complete = useMutation({ mutationFn: () => api<CohortCompletion>(trainingPaths.cohortComplete(cohortId), { method: 'POST' }), onSuccess: onDone });
  const result = complete.data;
  return (
    <section aria-labelledby="completion-heading">
      <Title order={2} size="h3" id="completion-heading" mt="xl" mb="xs">
        {t('training.completion.title')}
      </Title>
      <Text size="sm" mb="xs">
        {t('training.completion.rule', { rule: percent(ATTENDANCE_RULE) })}
      </Text>
      <Button onClick={() => complete.mutate()} loading={complete.isPending}>
        {t('training.completion.completeCohort')}
      </Button>
      <ErrorMessage error={complete.error} />
      {result && (
        <Stack gap="xs" mt="sm" data-testid="completion-result">
          <Text role="status">{t('training.completion.issuedCount', { count: result.completed.length })}</Text>
          {result.notCompleted.length > 0 && (
            <Alert color={COLORS.orange} variant="outline" title={t('training.completion.notMetTitle')} data-testid="completion-not-met">
              <List size="sm">
                {result.notCompleted.map((entry) => (
                  <List.Item key={entry.enrolmentId}>
                    {names.has(entry.enrolmentId) ? `${names.get(entry.enrolmentId)}: ` : ''}
                    {entry.reason}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </section>
  );
}

/** Staff change a cohort: dates, places (more places move the waiting list up), instructor, selection, a session more, or cancel it. */
function CohortSettings({ cohort, onDone }: { cohort: Cohort; onDone: () => void }) {
  const { t } = useTranslation();
  const centre = useMyCentre();
  const [capacity, setCapacity] = useState<number | string>(cohort.capacity);
  const [instructor, setInstructor] = useState(cohort.instructor?.userId ?? '');
  const [selection, setSelection] = useState(cohort.selection);
  const [dates, setDates] = useState({ startsOn: cohort.startsOn, endsOn: cohort.endsOn });
  const [session, setSession] = useState({ date: '', start: '08:00', end: '12:00' });
  const save = useMutation({
    mutationFn: () =>
      api<Cohort>(trainingPaths.cohort(cohort.id), {
        method: 'PATCH',
        body: {
          capacity: Number(capacity) || 0,
          selection,
          ...(instructor ? { instructorUserId: instructor } : {}),
          // Only the dates that changed: a running cohort may still move its end, never its start.
          ...(dates.startsOn !== cohort.startsOn ? { startsOn: dates.startsOn } : {}),
          ...(dates.endsOn !== cohort.endsOn ? { endsOn: dates.endsOn } : {}),
        },
      }),
    onSuccess: onDone,
  });
  const cancel = useMutation({ mutationFn: () => api<Cohort>(trainingPaths.cohort(cohort.id), { method: 'PATCH', body: { status: 'cancelled' } }), onSuccess: onDone });
  const addSession = useMutation({
    mutationFn: () =>
      api<Cohort>(trainingPaths.cohortSessions(cohort.id), {
        method: 'POST',
        body: { sessions: [{ startsAt: new Date(`${session.date}T${session.start}`).toISOString(), endsAt: new Date(`${session.date}T${session.end}`).toISOString() }] },
      }),
    onSuccess: () => {
      setSession((current) => ({ ...current, date: '' }));
      onDone();
    },
  });
  const instructors = (centre.data?.members ?? []).filter((member) => member.role === 'instructor');
  if (cohort.status === 'cancelled' || cohort.status === 'completed') return null;
  return (
    <section aria-labelledby="settings-heading">
      <Title order={2} size="h3" id="settings-heading" mt="xl" mb="xs">
        {t('training.cohorts.settings')}
      </Title>
      <form
        aria-label={t('training.cohorts.settings')}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <TextInput label={t('training.cohorts.startsOn')} type="date" required value={dates.startsOn} onChange={(e) => setDates({ ...dates, startsOn: e.currentTarget.value })} />
            <TextInput label={t('training.cohorts.endsOn')} type="date" required value={dates.endsOn} onChange={(e) => setDates({ ...dates, endsOn: e.currentTarget.value })} />
          </Group>
          <NumberInput label={t('training.cohorts.capacity')} min={1} required value={capacity} onChange={setCapacity} />
          <Select label={t('training.cohorts.instructor')} value={instructor || null} onChange={(value) => setInstructor(value ?? '')} data={instructors.map((m) => ({ value: m.userId, label: m.fullName }))} />
          <Checkbox label={t('training.cohorts.selection')} checked={selection} onChange={(e) => setSelection(e.currentTarget.checked)} />
          <ErrorMessage error={save.error} />
          {save.isSuccess && (
            <Text role="status" size="sm">
              {t('common.saved')}
            </Text>
          )}
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Stack>
      </form>
      <form
        aria-label={t('training.cohorts.addSession')}
        onSubmit={(event) => {
          event.preventDefault();
          addSession.mutate();
        }}
      >
        <Group gap="xs" align="flex-end" wrap="wrap" mt="md">
          <TextInput label={t('training.cohorts.newSessionDate')} type="date" required value={session.date} onChange={(e) => setSession({ ...session, date: e.currentTarget.value })} />
          <TextInput label={t('training.cohorts.newSessionStart')} type="time" required value={session.start} onChange={(e) => setSession({ ...session, start: e.currentTarget.value })} w={110} />
          <TextInput label={t('training.cohorts.newSessionEnd')} type="time" required value={session.end} onChange={(e) => setSession({ ...session, end: e.currentTarget.value })} w={110} />
          <Button type="submit" variant="outline" loading={addSession.isPending}>
            {t('training.cohorts.addSession')}
          </Button>
        </Group>
        <ErrorMessage error={addSession.error} />
      </form>
      {cohort.status === 'open' && (
        <Button mt="md" variant="outline" color={COLORS.red} onClick={() => cancel.mutate()} loading={cancel.isPending}>
          {t('training.cohorts.cancel')}
        </Button>
      )}
      <ErrorMessage error={cancel.error} />
    </section>
  );
}

/** A cohort for its staff and instructor: sessions (to take attendance), enrolments, completion. */
export default function CohortPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const centre = useMyCentre();
  const cohort = useQuery({ queryKey: ['training', 'cohort', id], queryFn: () => api<Cohort>(trainingPaths.cohort(id)) });
  const enrolments = useQuery({
    queryKey: ['training', 'cohort', id, 'enrolments'],
    queryFn: () => api<Enrolment[] | { items: Enrolment[] }>(trainingPaths.cohortEnrolments(id)).then((body) => (Array.isArray(body) ? body : body.items)),
  });
  const sheet = useQuery({ queryKey: ['training', 'cohort', id, 'sheet'], queryFn: () => api<AttendanceSheet>(trainingPaths.cohortAttendance(id)) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['training', 'cohort', id] });
  if (cohort.isLoading) return <Loading />;
  if (!cohort.data) return <ErrorMessage error={cohort.error} />;
  const c = cohort.data;
  const staff = (centre.data?.myRole ?? 'staff') === 'staff';
  const title = c.programme?.title ?? t('training.cohorts.cohort');
  const all = enrolments.data ?? [];
  const trainees = new Map((sheet.data?.trainees ?? []).map((trainee) => [trainee.enrolmentId, trainee]));
  const names = new Map(all.map((e) => [e.id, e.seeker.fullName]));
  const sessions = c.sessions ?? [];
  return (
    <>
      <PageTitle>{t('training.cohorts.pageTitle', { title, from: formatDate(c.startsOn, i18n.language) })}</PageTitle>
      <Group gap="xs" mb="xs">
        <TrainingBadge group="cohort" status={c.status} />
        <Text size="sm">{t('training.cohorts.range', { from: formatDate(c.startsOn, i18n.language), to: formatDate(c.endsOn, i18n.language) })}</Text>
      </Group>
      <Text size="sm">{t('training.cohorts.places', { taken: c.placesTaken, capacity: c.capacity })}</Text>
      <Text size="sm">{c.selection ? t('training.cohorts.withSelection') : t('training.cohorts.firstCome')}</Text>
      {c.instructor && <Text size="sm">{t('training.cohorts.instructorName', { name: c.instructor.fullName })}</Text>}
      {c.programme && staff && (
        <Anchor component={Link} to={`/training/programmes/${c.programme.id}`} size="sm">
          {t('training.cohorts.programmeLink')}
        </Anchor>
      )}

      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('training.attendance.sessions')}
      </Title>
      {sessions.length === 0 && <Text size="sm">{t('training.attendance.noSessions')}</Text>}
      <List size="sm" spacing={4}>
        {sessions.map((session, index) => (
          <List.Item key={session.id ?? index}>
            <Anchor component={Link} to={`/training/cohorts/${id}/sessions/${session.id}`} aria-label={t('training.attendance.takeFor', { n: index + 1, date: formatDateTime(session.startsAt, i18n.language) })}>
              {t('training.attendance.session', { n: index + 1, date: formatDateTime(session.startsAt, i18n.language) })}
            </Anchor>
            {sheet.data?.sessions.find((s) => s.id === session.id)?.held ? ` · ${t('training.attendance.recorded')}` : ''}
          </List.Item>
        ))}
      </List>

      <Title order={2} size="h3" mt="lg" mb="xs">
        {t('training.enrolments.title')}
      </Title>
      {enrolments.isLoading && <Loading />}
      <ErrorMessage error={enrolments.error} />
      {enrolments.data && all.length === 0 && <Text>{t('training.enrolments.empty')}</Text>}
      {GROUPS.map((group) => {
        const rows = all
          .filter((e) => group.statuses.includes(e.status))
          .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
        if (rows.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`group-${group.key}`}>
            <Title order={3} size="h5" id={`group-${group.key}`} mt="sm" mb={4}>
              {t(`training.enrolments.groups.${group.key}`, { count: rows.length })}
            </Title>
            <Stack gap="xs">
              {rows.map((enrolment) => (
                <EnrolmentRow key={enrolment.id} cohortId={id} enrolment={enrolment} trainee={trainees.get(enrolment.id)} staff={staff} onDone={refresh} />
              ))}
            </Stack>
          </section>
        );
      })}
      <CompleteCohort cohortId={id} names={names} onDone={refresh} />
      {staff && <CohortSettings key={`${c.capacity}-${c.instructor?.userId}-${c.selection}-${c.startsOn}-${c.endsOn}`} cohort={c} onDone={refresh} />}
    </>
  );
}
