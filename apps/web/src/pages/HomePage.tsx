import { Anchor, Button, Card, Checkbox, Collapse, Group, MultiSelect, Pagination, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../api/client';
import { useEducationLevels, useRegions } from '../api/reference';
import { ACCOMMODATIONS, EMPLOYMENT_TYPES, type Page, type SavedSearch, type VacancySummary } from '../api/types';
import { useSession } from '../auth/session';
import { ErrorMessage, formatDate, formatRupiah, Highlighted, Loading, PageTitle } from '../components/common';

const LIMIT = 10;
const FILTERS = ['q', 'regency', 'education', 'employmentType', 'minWage', 'accommodations', 'remote', 'sort'] as const;

/** The filters of a search as the saved-searches API takes them (no sort, no page). */
export function savedQuery(params: URLSearchParams): SavedSearch['query'] {
  const query: SavedSearch['query'] = {};
  for (const key of ['q', 'regency', 'education', 'employmentType'] as const) if (params.get(key)) query[key] = params.get(key)!;
  if (params.get('minWage')) query.minWage = Number(params.get('minWage'));
  if (params.get('accommodations')) query.accommodations = params.get('accommodations')!.split(',');
  if (params.get('remote') === 'true') query.remote = true;
  return query;
}

/** The address of a saved search's results. */
export function searchParamsOf(query: SavedSearch['query']): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

function SaveSearch({ params }: { params: URLSearchParams }) {
  const { t } = useTranslation();
  const [name, setName] = useState(params.get('q') ?? '');
  const save = useMutation({ mutationFn: () => api('/saved-searches', { method: 'POST', body: { name: name.trim(), query: savedQuery(params) } }) });
  if (save.isSuccess)
    return (
      <Text role="status" size="sm" my="sm">
        {t('savedSearches.saved')}{' '}
        <Anchor component={Link} to="/saved-searches">
          {t('savedSearches.title')}
        </Anchor>
      </Text>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Group align="flex-end" my="sm">
        <TextInput label={t('savedSearches.name')} description={t('savedSearches.hint')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Button type="submit" variant="outline" loading={save.isPending}>
          {t('savedSearches.save')}
        </Button>
      </Group>
      <ErrorMessage error={save.error} />
    </form>
  );
}

function VacancyCard({ vacancy }: { vacancy: VacancySummary }) {
  const { t, i18n } = useTranslation();
  const wage =
    vacancy.wageMin || vacancy.wageMax
      ? [formatRupiah(vacancy.wageMin, i18n.language), formatRupiah(vacancy.wageMax, i18n.language)].filter(Boolean).join(' – ')
      : t('search.wageUnknown');
  return (
    <Card withBorder component="article" padding="md" data-testid="vacancy-card">
      <Text component="h3" fw={700} fz="lg">
        <Anchor component={Link} to={`/vacancies/${vacancy.id}`}>
          <Highlighted text={vacancy.highlight?.title ?? vacancy.title} />
        </Anchor>
      </Text>
      <Text size="sm">
        {vacancy.employer.name} · {vacancy.isRemote ? t('search.remote') : (vacancy.regency?.name ?? '')} · {t(`employmentType.${vacancy.employmentType}`)}
      </Text>
      <Text size="sm">{wage}</Text>
      {vacancy.highlight?.description && (
        <Text size="sm" mt={4}>
          <Highlighted text={vacancy.highlight.description} />
        </Text>
      )}
      <Text size="xs" mt={4}>
        {t('search.published', { date: formatDate(vacancy.publishedAt, i18n.language) })}
        {vacancy.deadline ? ` · ${t('search.deadline', { date: formatDate(vacancy.deadline, i18n.language) })}` : ''}
      </Text>
    </Card>
  );
}

export default function HomePage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  // Links from saved-search alerts: /vacancies?savedSearch=<id> opens that search.
  const savedSearchId = params.get('savedSearch');
  const savedSearches = useQuery({
    queryKey: ['saved-searches'],
    queryFn: () => api<Page<SavedSearch>>('/saved-searches?limit=100'),
    enabled: !!savedSearchId && user?.role === 'job_seeker',
  });
  useEffect(() => {
    const found = savedSearches.data?.items.find((search) => search.id === savedSearchId);
    if (found) setParams(searchParamsOf(found.query), { replace: true });
  }, [savedSearches.data, savedSearchId, setParams]);
  const regions = useRegions();
  const education = useEducationLevels();
  const [showFilters, setShowFilters] = useState(false);
  const [draft, setDraft] = useState(() => Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? ''])) as Record<(typeof FILTERS)[number], string>);
  const page = Number(params.get('page') ?? '1') || 1;

  const filters = Object.fromEntries(FILTERS.map((key) => [key, params.get(key) ?? undefined]));
  const results = useQuery({
    queryKey: ['vacancies', params.toString()],
    enabled: !savedSearchId,
    queryFn: () => api<Page<VacancySummary>>(`/vacancies${queryString({ ...filters, page, limit: LIMIT })}`),
  });

  const set = (key: (typeof FILTERS)[number], value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTERS) if (draft[key]) next.set(key, draft[key]);
    setParams(next);
  };
  const goTo = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    setParams(next);
    window.scrollTo(0, 0);
  };
  const label = (entry: { nameId: string; nameEn: string }) => (i18n.language === 'en' ? entry.nameEn : entry.nameId);
  const total = results.data?.total ?? 0;

  return (
    <>
      <PageTitle>{t('search.title')}</PageTitle>
      <form role="search" aria-label={t('search.title')} onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label={t('search.query')} name="q" value={draft.q} onChange={(e) => set('q', e.currentTarget.value)} placeholder={t('search.queryPlaceholder')} />
          <Select
            label={t('search.regency')}
            searchable
            clearable
            value={draft.regency || null}
            onChange={(value) => set('regency', value ?? '')}
            data={(regions.data ?? []).map((region) => ({ value: region.code, label: region.name }))}
          />
          <Select
            label={t('search.sort')}
            value={draft.sort || 'relevance'}
            onChange={(value) => set('sort', value ?? '')}
            allowDeselect={false}
            data={['relevance', 'newest', 'wage'].map((value) => ({ value, label: t(`search.sortBy.${value}`) }))}
          />
          <Button variant="outline" onClick={() => setShowFilters((open) => !open)} aria-expanded={showFilters} aria-controls="search-filters">
            {showFilters ? t('search.hideFilters') : t('search.showFilters')}
          </Button>
          <Collapse expanded={showFilters} id="search-filters">
            <Stack gap="sm">
              <Select
                label={t('search.education')}
                clearable
                value={draft.education || null}
                onChange={(value) => set('education', value ?? '')}
                data={(education.data ?? []).map((level) => ({ value: level.code, label: label(level) }))}
              />
              <Select
                label={t('search.employmentType')}
                clearable
                value={draft.employmentType || null}
                onChange={(value) => set('employmentType', value ?? '')}
                data={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`employmentType.${value}`) }))}
              />
              {/* A plain numeric field: NumberInput would add 14 KB to the first page. */}
              <TextInput label={t('search.minWage')} inputMode="numeric" value={draft.minWage} onChange={(e) => set('minWage', e.currentTarget.value.replace(/\D/g, ''))} />
              <MultiSelect
                label={t('search.accommodations')}
                value={draft.accommodations ? draft.accommodations.split(',') : []}
                onChange={(value) => set('accommodations', value.join(','))}
                data={ACCOMMODATIONS.map((value) => ({ value, label: t(`accommodation.${value}`) }))}
              />
              <Checkbox label={t('search.remoteOnly')} checked={draft.remote === 'true'} onChange={(e) => set('remote', e.currentTarget.checked ? 'true' : '')} />
            </Stack>
          </Collapse>
          <Button type="submit">{t('search.submit')}</Button>
        </Stack>
      </form>

      <section aria-labelledby="results-heading">
        <Text component="h2" id="results-heading" fw={700} mt="lg" mb="sm" aria-live="polite">
          {results.isSuccess ? t('search.results', { count: total }) : t('search.resultsHeading')}
        </Text>
        {user?.role === 'job_seeker' && results.isSuccess && <SaveSearch key={params.toString()} params={params} />}
        {results.isLoading && <Loading />}
        <ErrorMessage error={results.error} />
        <Stack gap="sm">
          {results.data?.items.map((vacancy) => <VacancyCard key={vacancy.id} vacancy={vacancy} />)}
        </Stack>
        {total > LIMIT && (
          <Group justify="center" mt="md">
            <Pagination
              total={Math.ceil(total / LIMIT)}
              value={page}
              onChange={goTo}
              siblings={0}
              getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
              getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
            />
          </Group>
        )}
      </section>
    </>
  );
}
