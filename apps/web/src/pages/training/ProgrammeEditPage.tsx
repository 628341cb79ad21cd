import { ActionIcon, Alert, Anchor, Button, Card, Checkbox, Group, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useEducationLevels, useRegions, useSkills } from '../../api/reference';
import { trainingPaths, type CohortBody, type Programme, type ProgrammeBody, type TrainingCentre } from '../../api/training';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { TrainingBadge, useMyCentre } from './parts';

interface Form {
  title: string;
  vocationalField: string;
  description: string;
  skills: string[];
  hours: number | string;
  cost: number | string;
  educationMin: string;
  ageLimited: boolean;
  ageMin: number | string;
  ageMax: number | string;
  ageLegalBasis: string;
  regencyCode: string;
  address: string;
}

function fromProgramme(p: Programme | undefined, centre: TrainingCentre | null | undefined): Form {
  return {
    title: p?.title ?? '',
    vocationalField: p?.vocationalField ?? '',
    description: p?.description ?? '',
    skills: (p?.skills ?? []).map((s) => String(s.id)),
    hours: p?.hours ?? '',
    cost: p?.cost ?? 0,
    educationMin: p?.educationMin.code ?? '',
    ageLimited: !!p?.ageLegalBasis,
    ageMin: p?.ageMin ?? '',
    ageMax: p?.ageMax ?? '',
    ageLegalBasis: p?.ageLegalBasis ?? '',
    regencyCode: p?.regency.code ?? centre?.regency.code ?? '',
    address: p?.address ?? centre?.address ?? '',
  };
}

function toBody(form: Form): ProgrammeBody {
  const number = (value: number | string) => (value === '' ? undefined : Number(value));
  return {
    title: form.title.trim(),
    vocationalField: form.vocationalField.trim(),
    description: form.description.trim(),
    skills: form.skills.map(Number),
    hours: Number(form.hours) || 0,
    cost: Number(form.cost) || 0,
    educationMin: form.educationMin,
    // Age limits go only with the law that sets them; without one the API refuses them.
    ageMin: form.ageLimited ? (number(form.ageMin) ?? null) : null,
    ageMax: form.ageLimited ? (number(form.ageMax) ?? null) : null,
    ageLegalBasis: form.ageLimited ? form.ageLegalBasis.trim() : null,
    regencyCode: form.regencyCode,
    address: form.address.trim(),
  };
}

interface SessionRow {
  date: string;
  start: string;
  end: string;
}

function NewCohort({ programmeId, centre, onDone }: { programmeId: string; centre: TrainingCentre | null | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ startsOn: '', endsOn: '', capacity: 20 as number | string, instructorUserId: '', selection: true });
  const [sessions, setSessions] = useState<SessionRow[]>([{ date: '', start: '08:00', end: '12:00' }]);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((current) => ({ ...current, [key]: value }));
  const setSession = (index: number, key: keyof SessionRow, value: string) => setSessions((rows) => rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const instructors = (centre?.members ?? []).filter((member) => member.role === 'instructor');
  const body = (): CohortBody => ({
    startsOn: form.startsOn,
    endsOn: form.endsOn,
    capacity: Number(form.capacity) || 0,
    ...(form.instructorUserId ? { instructorUserId: form.instructorUserId } : {}),
    selection: form.selection,
    sessions: sessions
      .filter((row) => row.date)
      .map((row) => ({ startsAt: new Date(`${row.date}T${row.start || '00:00'}`).toISOString(), endsAt: new Date(`${row.date}T${row.end || row.start || '00:00'}`).toISOString() })),
  });
  const create = useMutation({
    mutationFn: () => api(trainingPaths.programmeCohorts(programmeId), { method: 'POST', body: body() }),
    onSuccess: () => {
      setSessions([{ date: '', start: '08:00', end: '12:00' }]);
      onDone();
    },
  });
  return (
    <form
      aria-label={t('training.cohorts.new')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate();
      }}
    >
      <Title order={3} size="h4" mt="md" mb="sm">
        {t('training.cohorts.new')}
      </Title>
      {centre?.status !== 'verified' && (
        <Alert color={COLORS.orange} variant="outline" mb="sm" data-testid="cohort-unverified">
          {t('training.cohorts.unverified')}
        </Alert>
      )}
      <Stack gap="sm">
        <TextInput label={t('training.cohorts.startsOn')} type="date" required value={form.startsOn} onChange={(e) => set('startsOn', e.currentTarget.value)} />
        <TextInput label={t('training.cohorts.endsOn')} type="date" required value={form.endsOn} onChange={(e) => set('endsOn', e.currentTarget.value)} />
        <NumberInput label={t('training.cohorts.capacity')} min={1} required value={form.capacity} onChange={(value) => set('capacity', value)} />
        <Select
          label={t('training.cohorts.instructor')}
          clearable
          value={form.instructorUserId || null}
          onChange={(value) => set('instructorUserId', value ?? '')}
          data={instructors.map((member) => ({ value: member.userId, label: member.fullName }))}
          description={instructors.length === 0 ? t('training.cohorts.noInstructors') : undefined}
        />
        <Checkbox label={t('training.cohorts.selection')} description={t('training.cohorts.selectionHint')} checked={form.selection} onChange={(e) => set('selection', e.currentTarget.checked)} />
        <fieldset className="fieldset">
          <legend>{t('training.cohorts.sessions')}</legend>
          <Stack gap="xs">
            {sessions.map((row, index) => (
              <Group key={index} gap="xs" align="flex-end" wrap="wrap" data-testid="session-row">
                <TextInput label={t('training.cohorts.sessionDate', { n: index + 1 })} type="date" value={row.date} onChange={(e) => setSession(index, 'date', e.currentTarget.value)} />
                <TextInput label={t('training.cohorts.sessionStart', { n: index + 1 })} type="time" value={row.start} onChange={(e) => setSession(index, 'start', e.currentTarget.value)} w={110} />
                <TextInput label={t('training.cohorts.sessionEnd', { n: index + 1 })} type="time" value={row.end} onChange={(e) => setSession(index, 'end', e.currentTarget.value)} w={110} />
                {sessions.length > 1 && (
                  <ActionIcon variant="outline" color={COLORS.red} size="lg" aria-label={t('training.cohorts.removeSession', { n: index + 1 })} onClick={() => setSessions((rows) => rows.filter((_, i) => i !== index))}>
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Button variant="subtle" onClick={() => setSessions((rows) => [...rows, { ...(rows[rows.length - 1] ?? { start: '08:00', end: '12:00' }), date: '' }])}>
              {t('training.cohorts.addSession')}
            </Button>
          </Stack>
        </fieldset>
        <ErrorMessage error={create.error} />
        {create.isSuccess && (
          <Text role="status" size="sm">
            {t('training.cohorts.created')}
          </Text>
        )}
        <Button type="submit" loading={create.isPending}>
          {t('training.cohorts.create')}
        </Button>
      </Stack>
    </form>
  );
}

/** Draft or published: only a verified centre's published programmes are listed for seekers. */
function Publication({ programme, onDone }: { programme: Programme; onDone: () => void }) {
  const { t } = useTranslation();
  const change = useMutation({ mutationFn: (action: 'publish' | 'unpublish') => api<Programme>(trainingPaths.programmeStatus(programme.id, action), { method: 'POST' }), onSuccess: onDone });
  return (
    <Stack gap="xs" mb="md">
      <Group gap="xs">
        <Text>{t('training.centre.status')}:</Text>
        <TrainingBadge group="programme" status={programme.status} />
      </Group>
      {programme.status !== 'published' && !programme.centre.verified && <Text size="sm">{t('training.programmes.publishNeedsVerification')}</Text>}
      <Group gap="xs">
        {programme.status !== 'published' ? (
          <Button onClick={() => change.mutate('publish')} loading={change.isPending} disabled={!programme.centre.verified}>
            {t('training.programmes.publish')}
          </Button>
        ) : (
          <Button variant="outline" onClick={() => change.mutate('unpublish')} loading={change.isPending}>
            {t('training.programmes.unpublish')}
          </Button>
        )}
      </Group>
      <ErrorMessage error={change.error} />
    </Stack>
  );
}

/** A programme's form (new or existing) and, once saved, its cohorts. */
export default function ProgrammeEditPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const levels = useEducationLevels();
  const skills = useSkills();
  const centre = useMyCentre();
  const programme = useQuery({ queryKey: ['training', 'programme', id], queryFn: () => api<Programme>(trainingPaths.programme(id)), enabled: !isNew });
  const [form, setForm] = useState<Form>(() => fromProgramme(undefined, undefined));
  useEffect(() => {
    if (programme.data || (isNew && centre.data)) setForm(fromProgramme(programme.data, centre.data));
  }, [programme.data, centre.data, isNew]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));
  const save = useMutation({
    mutationFn: () => (isNew ? api<Programme>(trainingPaths.programmes, { method: 'POST', body: toBody(form) }) : api<Programme>(trainingPaths.programme(id), { method: 'PATCH', body: toBody(form) })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['training'] });
      if (isNew) navigate(`/training/programmes/${saved.id}`, { replace: true });
    },
  });
  if (!isNew && programme.isLoading) return <Loading />;
  if (!isNew && !programme.data) return <ErrorMessage error={programme.error} />;
  const name = (entry: { nameId: string; nameEn: string }) => (i18n.language === 'en' ? entry.nameEn : entry.nameId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <>
      <PageTitle>{isNew ? t('training.programmes.new') : t('training.programmes.editTitle', { title: programme.data?.title ?? '' })}</PageTitle>
      {programme.data && <Publication programme={programme.data} onDone={() => queryClient.invalidateQueries({ queryKey: ['training'] })} />}
      <form onSubmit={submit} aria-label={t('training.programmes.form')}>
        <Stack gap="sm">
          <TextInput label={t('training.programmes.titleField')} required value={form.title} onChange={(e) => set('title', e.currentTarget.value)} />
          <TextInput label={t('training.programmes.vocationalField')} description={t('training.programmes.vocationalFieldHint')} required value={form.vocationalField} onChange={(e) => set('vocationalField', e.currentTarget.value)} />
          <Textarea label={t('training.programmes.description')} required autosize minRows={4} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} />
          <MultiSelect
            label={t('training.programmes.skills')}
            description={t('training.programmes.skillsHint')}
            searchable
            limit={50}
            value={form.skills}
            onChange={(value) => set('skills', value)}
            data={(skills.data ?? []).map((s) => ({ value: String(s.id), label: name(s) }))}
          />
          <NumberInput label={t('training.programmes.hours')} min={1} required value={form.hours} onChange={(value) => set('hours', value)} />
          <NumberInput label={t('training.programmes.cost')} description={t('training.programmes.costHint')} min={0} step={50000} thousandSeparator="." decimalSeparator="," value={form.cost} onChange={(value) => set('cost', value)} />
          <Select label={t('training.programmes.educationMin')} required value={form.educationMin || null} onChange={(value) => set('educationMin', value ?? '')} data={(levels.data ?? []).map((l) => ({ value: l.code, label: name(l) }))} />
          <Checkbox label={t('training.programmes.ageLimited')} description={t('training.programmes.ageLimitedHint')} checked={form.ageLimited} onChange={(e) => set('ageLimited', e.currentTarget.checked)} />
          {form.ageLimited && (
            <>
              <NumberInput label={t('training.programmes.ageMin')} min={15} max={100} value={form.ageMin} onChange={(value) => set('ageMin', value)} />
              <NumberInput label={t('training.programmes.ageMax')} min={15} max={100} value={form.ageMax} onChange={(value) => set('ageMax', value)} />
              <TextInput label={t('training.programmes.ageLegalBasis')} description={t('training.programmes.ageLegalBasisHint')} required value={form.ageLegalBasis} onChange={(e) => set('ageLegalBasis', e.currentTarget.value)} />
            </>
          )}
          <Select label={t('training.programmes.regency')} required searchable value={form.regencyCode || null} onChange={(value) => set('regencyCode', value ?? '')} data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
          <Textarea label={t('training.programmes.address')} required value={form.address} onChange={(e) => set('address', e.currentTarget.value)} />
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
      {!isNew && programme.data && (
        <section aria-labelledby="cohorts-heading">
          <Title order={2} size="h3" id="cohorts-heading" mt="xl" mb="sm">
            {t('training.cohorts.title')}
          </Title>
          {(programme.data.cohorts ?? []).length === 0 && <Text>{t('training.cohorts.empty')}</Text>}
          <Stack gap="xs">
            {(programme.data.cohorts ?? []).map((cohort) => (
              <Card key={cohort.id} withBorder padding="sm" data-testid="cohort">
                <Group justify="space-between" wrap="wrap">
                  <Anchor component={Link} to={`/training/cohorts/${cohort.id}`}>
                    {t('training.cohorts.range', { from: formatDate(cohort.startsOn, i18n.language), to: formatDate(cohort.endsOn, i18n.language) })}
                  </Anchor>
                  <TrainingBadge group="cohort" status={cohort.status} />
                </Group>
                <Text size="sm">{t('training.cohorts.places', { taken: cohort.placesTaken, capacity: cohort.capacity })}</Text>
              </Card>
            ))}
          </Stack>
          <NewCohort programmeId={id} centre={centre.data} onDone={() => queryClient.invalidateQueries({ queryKey: ['training'] })} />
        </section>
      )}
    </>
  );
}
