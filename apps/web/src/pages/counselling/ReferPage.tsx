import { Button, Card, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, queryString } from '../../api/client';
import type { Page, VacancySummary } from '../../api/types';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { useCaseWrite } from './CasePage';
import { BackToCase, useCase, CaseError } from './parts';

interface CohortChoice {
  id: string;
  label: string;
}

interface ProgrammeOffer {
  title: string;
  centre: { name: string };
  cohorts?: Array<{ id: string; startsOn: string; placesLeft: number }>;
  upcomingCohorts?: Array<{ id: string; startsOn: string; placesLeft: number }>;
}

/**
 * A training referral: a cohort picked from the programmes that teach the seeker's skill gaps
 * (GET /job-seekers/:id/skill-gaps) or found by a search of the published trainings; the API makes
 * an enrolment request through the training centre's service.
 */
function TrainingReferral({ seekerId, onDone }: { seekerId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [cohortId, setCohortId] = useState('');
  const [note, setNote] = useState('');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const gaps = useQuery({
    queryKey: ['counselling-skill-gaps', seekerId],
    queryFn: () => api<{ gaps: Array<{ programmes: ProgrammeOffer[] }> }>(`/job-seekers/${seekerId}/skill-gaps`),
  });
  const found = useQuery({
    queryKey: ['counselling-refer-trainings', q],
    queryFn: () => api<{ items: ProgrammeOffer[] }>(`/trainings${queryString({ q, limit: 10 })}`),
    enabled: q.length > 0,
  });
  const refer = useCaseWrite<{ kind: 'training'; cohortId: string; note?: string }>(seekerId, '/referrals');
  const options = (programmes: ProgrammeOffer[]): CohortChoice[] =>
    programmes.flatMap((p) =>
      (p.cohorts ?? p.upcomingCohorts ?? []).map((c) => ({
        id: c.id,
        label: t('counselling.referrals.cohortOption', { title: p.title, centre: p.centre.name, date: formatDate(c.startsOn, i18n.language), count: c.placesLeft }),
      })),
    );
  const fromGaps = options((gaps.data?.gaps ?? []).flatMap((g) => g.programmes));
  const unique = (list: CohortChoice[]) => list.filter((c, i) => list.findIndex((o) => o.id === c.id) === i);
  const suggested = unique(fromGaps);
  const searched = unique(options(found.data?.items ?? [])).filter((c) => !suggested.some((o) => o.id === c.id));
  return (
    <Card withBorder padding="sm" mt="md" component="section" aria-labelledby="refer-training">
      <Title order={2} size="h4" id="refer-training" mb="xs">
        {t('counselling.referrals.trainingTitle')}
      </Title>
      <form
        role="search"
        aria-label={t('counselling.referrals.searchTraining')}
        onSubmit={(e) => {
          e.preventDefault();
          setQ(search.trim());
        }}
      >
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput style={{ flex: 1 }} label={t('counselling.referrals.searchTraining')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
          <Button type="submit" variant="outline">
            {t('counselling.referrals.searchButton')}
          </Button>
        </Group>
      </form>
      <form
        aria-label={t('counselling.referrals.trainingTitle')}
        onSubmit={(e) => {
          e.preventDefault();
          refer.mutate({ kind: 'training', cohortId, ...(note.trim() ? { note: note.trim() } : {}) }, { onSuccess: onDone });
        }}
      >
        <Stack gap="xs" mt="sm">
          <Radio.Group label={t('counselling.referrals.pickCohort')} value={cohortId} onChange={setCohortId}>
            <Stack gap={6} mt={4}>
              {(gaps.isLoading || found.isFetching) && <Loading />}
              {suggested.length > 0 && <Text size="sm" fw={700}>{t('counselling.referrals.fromGaps')}</Text>}
              {suggested.map((c) => (
                <Radio key={c.id} value={c.id} label={c.label} />
              ))}
              {searched.length > 0 && <Text size="sm" fw={700}>{t('counselling.referrals.fromSearch')}</Text>}
              {searched.map((c) => (
                <Radio key={c.id} value={c.id} label={c.label} />
              ))}
              {!gaps.isLoading && suggested.length === 0 && searched.length === 0 && <Text size="sm">{t('counselling.referrals.noCohorts')}</Text>}
            </Stack>
          </Radio.Group>
          <TextInput label={t('counselling.referrals.trainingNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <ErrorMessage error={found.error ?? refer.error} />
          <Button type="submit" variant="outline" disabled={!cohortId} loading={refer.isPending}>
            {t('counselling.referrals.referTraining')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

interface Choice {
  id: string;
  title: string;
  employerName: string;
}

/**
 * Refers the seeker to a vacancy, picked from their recommendations or found by a search; the API
 * makes an application marked as referred by the office, which the employer sees on the board.
 * Below, a training cohort (an enrolment request).
 */
export default function ReferPage() {
  const { seekerId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useCase(seekerId);
  const [vacancyId, setVacancyId] = useState('');
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [note, setNote] = useState('');
  const found = useQuery({
    queryKey: ['counselling-refer-search', q],
    queryFn: () => api<Page<VacancySummary>>(`/vacancies${queryString({ q, limit: 10 })}`),
    enabled: q.length > 0,
  });
  const refer = useCaseWrite<{ kind: 'vacancy'; vacancyId: string; note?: string }>(seekerId, '/referrals');
  if (query.isLoading) return <Loading />;
  const data = query.data;
  if (!data) return <CaseError error={query.error} />;
  const done = () => navigate(`/counsellor/cases/${seekerId}`);
  const recommended: Choice[] = data.recommendations.items.map((item) => item.vacancy);
  const searched: Choice[] = (found.data?.items ?? []).filter((v) => !recommended.some((r) => r.id === v.id)).map((v) => ({ id: v.id, title: v.title, employerName: v.employer.name }));
  const choices = (list: Choice[]) =>
    list.map((v) => <Radio key={v.id} value={v.id} label={`${v.title} · ${v.employerName}`} />);
  const trimmedNote = note.trim() ? { note: note.trim() } : {};
  return (
    <>
      <BackToCase seekerId={seekerId} name={data.profile.fullName} />
      <PageTitle>{t('counselling.referrals.pageTitle', { name: data.profile.fullName })}</PageTitle>
      <Card withBorder padding="sm" component="section" aria-labelledby="refer-vacancy">
        <Title order={2} size="h4" id="refer-vacancy" mb="xs">
          {t('counselling.referrals.vacancyTitle')}
        </Title>
        <form
          role="search"
          aria-label={t('counselling.referrals.search')}
          onSubmit={(e) => {
            e.preventDefault();
            setQ(search.trim());
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput style={{ flex: 1 }} label={t('counselling.referrals.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
            <Button type="submit" variant="outline">
              {t('counselling.referrals.searchButton')}
            </Button>
          </Group>
        </form>
        <form
          aria-label={t('counselling.referrals.vacancyTitle')}
          onSubmit={(e) => {
            e.preventDefault();
            refer.mutate({ kind: 'vacancy', vacancyId, ...trimmedNote }, { onSuccess: done });
          }}
        >
          <Stack gap="xs" mt="sm">
            <Radio.Group label={t('counselling.referrals.pick')} value={vacancyId} onChange={setVacancyId}>
              <Stack gap={6} mt={4}>
                {recommended.length > 0 && <Text size="sm" fw={700}>{t('counselling.referrals.fromRecommendations')}</Text>}
                {choices(recommended)}
                {found.isFetching && <Loading />}
                {searched.length > 0 && <Text size="sm" fw={700}>{t('counselling.referrals.fromSearch')}</Text>}
                {choices(searched)}
                {recommended.length === 0 && searched.length === 0 && !found.isFetching && <Text size="sm">{t('counselling.referrals.nothingToPick')}</Text>}
              </Stack>
            </Radio.Group>
            <ErrorMessage error={found.error} />
            <TextInput label={t('counselling.referrals.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <ErrorMessage error={refer.error} />
            <Button type="submit" disabled={!vacancyId} loading={refer.isPending}>
              {t('counselling.referrals.referVacancy')}
            </Button>
          </Stack>
        </form>
      </Card>
      <TrainingReferral seekerId={seekerId} onDone={done} />
    </>
  );
}
