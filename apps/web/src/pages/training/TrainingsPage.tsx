import { Alert, Anchor, Button, Card, Group, Pagination, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useRegions } from '../../api/reference';
import { skillName, trainingPaths, type Cohort, type Enrolment, type Programme } from '../../api/training';
import type { Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { COLORS, ErrorMessage, formatDate, formatRupiah, Loading, PageTitle } from '../../components/common';
import { TrainingBadge } from './parts';

const LIMIT = 20;

function ApplyButton({ programme, cohort }: { programme: Programme; cohort: Cohort }) {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const apply = useMutation({
    mutationFn: () => api<Enrolment>(trainingPaths.apply(cohort.id), { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training', 'my-enrolments'] }),
  });
  const label = t('training.search.applyTo', { title: programme.title, date: formatDate(cohort.startsOn, i18n.language) });
  if (!user)
    return (
      <Anchor component={Link} to={`/login?next=${encodeURIComponent('/trainings')}`} size="sm">
        {t('training.search.loginToApply')}
      </Anchor>
    );
  if (user.role !== 'job_seeker') return null;
  const done = apply.data;
  const refused = apply.error instanceof ApiError && (apply.error.status === 422 || apply.error.status === 409);
  return (
    <Stack gap={4}>
      {!done && (
        <Button size="compact-md" onClick={() => apply.mutate()} loading={apply.isPending} aria-label={label}>
          {t('training.search.apply')}
        </Button>
      )}
      {done && (
        <Group gap="xs" role="status" data-testid="apply-result">
          <TrainingBadge group="enrolment" status={done.status} />
          <Text size="sm">
            {done.status === 'waitlisted' && done.waitlistPosition != null
              ? t('training.search.waitlisted', { position: done.waitlistPosition })
              : t(`training.search.applied.${done.status}`, { defaultValue: t('training.search.applied.applied') })}
          </Text>
          <Anchor component={Link} to="/my-trainings" size="sm">
            {t('training.search.seeMine')}
          </Anchor>
        </Group>
      )}
      {refused ? (
        <Alert
          color={COLORS.red}
          variant="outline"
          role="alert"
          title={(apply.error as ApiError).status === 422 ? t('training.search.notEligible') : t('training.search.cannotApply')}
          data-testid="apply-refused"
        >
          {(apply.error as ApiError).message}
        </Alert>
      ) : (
        <ErrorMessage error={apply.error} />
      )}
    </Stack>
  );
}

/** A programme with its upcoming cohorts; on its own page the title is the page's heading instead. */
export function ProgrammeCard({ programme, standalone = false }: { programme: Programme; standalone?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const regency = programme.regency.name;
  const cohorts = programme.upcomingCohorts ?? [];
  return (
    <Card withBorder component="article" data-testid="training">
      {!standalone && (
        <Text component="h2" fw={700} fz="lg">
          <Anchor component={Link} to={`/trainings/${programme.id}`}>
            {programme.title}
          </Anchor>
        </Text>
      )}
      <Text size="sm">{[programme.centre?.name, regency].filter(Boolean).join(' · ')}</Text>
      <Text size="sm">
        {[programme.vocationalField, t('training.hours', { count: programme.hours }), programme.cost === 0 ? t('training.free') : formatRupiah(programme.cost, lang)].join(' · ')}
      </Text>
      <Text size="sm" mt={4} lineClamp={standalone ? undefined : 3}>
        {programme.description}
      </Text>
      <Text size="sm">{t('training.search.educationMin', { level: lang === 'en' ? programme.educationMin.name.en : programme.educationMin.name.id })}</Text>
      {programme.skills.length > 0 && <Text size="sm">{t('training.search.skills', { skills: programme.skills.map((s) => skillName(s, lang)).join(', ') })}</Text>}
      {programme.ageLegalBasis && (
        <Text size="sm">
          {t('training.search.ageLimit', { min: programme.ageMin ?? '–', max: programme.ageMax ?? '–', basis: programme.ageLegalBasis })}
        </Text>
      )}
      <Title order={3} size="h6" mt="xs">
        {t('training.search.upcoming')}
      </Title>
      {cohorts.length === 0 && <Text size="sm">{t('training.search.noCohorts')}</Text>}
      <Stack gap="xs" mt={4}>
        {cohorts.map((cohort) => (
          <Card key={cohort.id} withBorder padding="xs" data-testid="training-cohort">
            <Text size="sm" fw={600}>
              {t('training.cohorts.range', { from: formatDate(cohort.startsOn, lang), to: formatDate(cohort.endsOn, lang) })}
            </Text>
            <Text size="sm">
              {t('training.search.placesLeft', { count: cohort.placesLeft })}
              {cohort.selection ? ` · ${t('training.cohorts.withSelection')}` : ''}
            </Text>
            <ApplyButton programme={programme} cohort={cohort} />
          </Card>
        ))}
      </Stack>
    </Card>
  );
}

/** Trainings with their upcoming cohorts; a seeker applies from here. */
export default function TrainingsPage() {
  const { t } = useTranslation();
  const regions = useRegions();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const regencyCode = params.get('regencyCode') ?? '';
  const skillId = params.get('skillId') ?? '';
  const page = Number(params.get('page') ?? 1) || 1;
  const list = useQuery({
    queryKey: ['training', 'search', params.toString()],
    queryFn: () => api<Page<Programme>>(trainingPaths.search({ q: params.get('q') ?? undefined, regency: regencyCode || undefined, skill: skillId || undefined, page })),
    placeholderData: keepPreviousData,
  });
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q });
  };
  return (
    <>
      <PageTitle>{t('training.search.title')}</PageTitle>
      <form onSubmit={submit} role="search" aria-label={t('training.search.title')}>
        <Stack gap="xs" mb="md">
          <TextInput label={t('training.search.query')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
          <Select
            label={t('training.search.regency')}
            searchable
            clearable
            value={regencyCode || null}
            onChange={(value) => update({ regencyCode: value ?? '' })}
            data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))}
          />
          <Button type="submit">{t('training.search.submit')}</Button>
          {skillId && (
            <Text size="sm" fw={600} data-testid="skill-filter">
              {t('training.search.forSkill', { skill: params.get('skill') ?? skillId })}
            </Text>
          )}
          {skillId && (
            <Anchor component="button" type="button" size="sm" onClick={() => update({ skillId: '', skill: '' })}>
              {t('training.search.clearSkill')}
            </Anchor>
          )}
        </Stack>
      </form>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data && (
        <Text size="sm" mb="xs" data-testid="training-total">
          {t('training.search.total', { count: list.data.total })}
        </Text>
      )}
      <Stack gap="sm">
        {list.data?.items.map((programme) => (
          <ProgrammeCard key={programme.id} programme={programme} />
        ))}
      </Stack>
      {list.data && list.data.total > LIMIT && (
        <Group justify="center" mt="md">
          <Pagination
            total={Math.ceil(list.data.total / LIMIT)}
            value={page}
            onChange={(value) => update({ page: String(value) })}
            siblings={0}
            getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
            getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
          />
        </Group>
      )}
    </>
  );
}
