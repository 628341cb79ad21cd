import { Alert, Anchor, Card, Group, Pagination, Stack, Switch, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api, queryString } from '../../api/client';
import type { JobMatch, MatchPage } from '../../api/matching';
import { useRegions } from '../../api/reference';
import { COLORS, ErrorMessage, formatDate, formatRupiah, Loading } from '../../components/common';
import { ComponentList, DistanceText, formatDateTime, ScoreBadge, SkillDetails } from './MatchParts';

const LIMIT = 20;
/** While the worker has not matched the seeker yet, the list is asked for again this often. */
const PENDING_REFETCH_MS = 3_000;

function JobMatchCard({ item, whyLink, audience, level }: { item: JobMatch; whyLink: string; audience: 'seeker' | 'counsellor'; level: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const { vacancy } = item;
  const regency = regions.data?.find((region) => region.code === vacancy.regencyCode)?.name ?? vacancy.regencyCode ?? '';
  const wage =
    vacancy.wageMin || vacancy.wageMax
      ? [formatRupiah(vacancy.wageMin, i18n.language), formatRupiah(vacancy.wageMax, i18n.language)].filter(Boolean).join(' – ')
      : t('search.wageUnknown');
  return (
    <Card withBorder component="article" padding="md" data-testid="job-match">
      <Text component={level === 2 ? 'h2' : 'h3'} fw={700} fz="lg">
        <Anchor component={Link} to={`/vacancies/${vacancy.id}`}>
          {vacancy.title}
        </Anchor>
      </Text>
      <Text size="sm">
        {[vacancy.employerName, vacancy.isRemote ? t('search.remote') : regency, t(`employmentType.${vacancy.employmentType}`)].filter(Boolean).join(' · ')}
      </Text>
      <Text size="sm">{wage}</Text>
      {vacancy.deadline && <Text size="xs">{t('search.deadline', { date: formatDate(vacancy.deadline, i18n.language) })}</Text>}
      <Group gap="xs" my="xs">
        <ScoreBadge score={item.score} />
        <DistanceText km={item.distanceKm} remote={vacancy.isRemote} />
      </Group>
      <Title order={(level + 1) as 3 | 4} size="h6">
        {t('matching.topReasons')}
      </Title>
      <ComponentList components={item.components} limit={3} />
      <SkillDetails skills={item.skills} audience={audience} level={(level + 1) as 3 | 4} />
      <Group gap="md" mt="xs">
        <Anchor component={Link} to={`/vacancies/${vacancy.id}`} size="sm" aria-label={t('matching.openVacancyOf', { title: vacancy.title })}>
          {t('matching.openVacancy')}
        </Anchor>
        <Anchor component={Link} to={whyLink} size="sm" aria-label={t('matching.whyThisScoreOf', { title: vacancy.title })}>
          {t('matching.whyThisScore')}
        </Anchor>
      </Group>
    </Card>
  );
}

/**
 * A seeker's recommended vacancies: their own (no `seekerId`) or, for a counsellor, one of their
 * seekers'. The accommodations switch filters to vacancies offering every accommodation recorded.
 */
export function JobMatchList({ seekerId, level = 2 }: { seekerId?: string; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [onlyAccommodations, setOnlyAccommodations] = useState(false);
  const audience = seekerId ? 'counsellor' : 'seeker';
  const list = useQuery({
    queryKey: ['matching', 'jobs', seekerId ?? 'me', page, onlyAccommodations],
    queryFn: () => api<MatchPage<JobMatch>>(`/matching/jobs${queryString({ seekerId, page, limit: LIMIT, accommodations: onlyAccommodations ? 'only' : undefined })}`),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? PENDING_REFETCH_MS : false),
  });
  const whyLink = (vacancyId: string) => (seekerId ? `/counsellor/seekers/${seekerId}/why/${vacancyId}` : `/recommendations/${vacancyId}/why`);
  const noAccommodations = list.error instanceof ApiError && list.error.status === 422;
  const data = list.data;
  return (
    <Stack gap="sm">
      <Switch
        label={t(seekerId ? 'matching.jobs.onlyAccommodationsOf' : 'matching.jobs.onlyAccommodations')}
        checked={onlyAccommodations}
        onChange={(event) => {
          setOnlyAccommodations(event.currentTarget.checked);
          setPage(1);
        }}
        data-testid="accommodations-toggle"
      />
      {list.isLoading && <Loading />}
      {noAccommodations ? (
        <Alert color={COLORS.orange} variant="outline" role="alert" title={t('matching.jobs.noAccommodationsTitle')} data-testid="no-accommodations">
          <Text size="sm">{t(seekerId ? 'matching.jobs.noAccommodationsOf' : 'matching.jobs.noAccommodations')}</Text>
          {!seekerId && (
            <Anchor component={Link} to="/profile" size="sm">
              {t('matching.jobs.recordAccommodations')}
            </Anchor>
          )}
        </Alert>
      ) : (
        <ErrorMessage error={list.error} />
      )}
      {data?.status === 'pending' && !list.error && (
        <Alert color={COLORS.blue} variant="outline" title={t('matching.jobs.pendingTitle')} data-testid="matches-pending">
          <Text size="sm" role="status">
            {t('matching.jobs.pending')}
          </Text>
          {!seekerId && (
            <Text size="sm" mt={4}>
              {t('matching.jobs.pendingProfile')}{' '}
              <Anchor component={Link} to="/profile" size="sm">
                {t('matching.jobs.toProfile')}
              </Anchor>
            </Text>
          )}
        </Alert>
      )}
      {data?.status === 'ready' && !list.error && (
        <>
          <Text size="sm" data-testid="matches-total">
            {data.total === 0
              ? t(onlyAccommodations ? 'matching.jobs.emptyAccommodations' : 'matching.jobs.empty')
              : t('matching.jobs.total', { count: data.total })}
            {data.computedAt && !onlyAccommodations ? ` ${t('matching.computedAt', { date: formatDateTime(data.computedAt, i18n.language) })}` : ''}
          </Text>
          {data.items.map((item) => (
            <JobMatchCard key={item.vacancy.id} item={item} whyLink={whyLink(item.vacancy.id)} audience={audience} level={level} />
          ))}
          {data.total > LIMIT && (
            <Group justify="center">
              <Pagination
                total={Math.ceil(data.total / LIMIT)}
                value={page}
                onChange={setPage}
                siblings={0}
                getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })}
                getItemProps={(item) => ({ 'aria-label': t('pagination.page', { page: item }) })}
              />
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}
