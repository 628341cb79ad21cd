import { Alert, Anchor, Card, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, queryString } from '../../api/client';
import type { CandidateMatch, MatchPage } from '../../api/matching';
import { useEducationLevels, useRegions } from '../../api/reference';
import type { Vacancy } from '../../api/types';
import { COLORS, ErrorMessage, Loading, PageTitle } from '../../components/common';
import { ComponentList, DistanceText, formatDateTime, ScoreBadge, SkillDetails } from './MatchParts';

const LIMIT = 20;
const PENDING_REFETCH_MS = 5_000;

/** A vacancy's best candidates for its company: reasons and skills (never interest), and the application if there is one. */
export default function CandidatesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const vacancy = useQuery({ queryKey: ['vacancy', id], queryFn: () => api<Vacancy>(`/vacancies/${id}`) });
  const regions = useRegions();
  const levels = useEducationLevels();
  const list = useQuery({
    queryKey: ['matching', 'candidates', id, page],
    queryFn: () => api<MatchPage<CandidateMatch>>(`/vacancies/${id}/candidates${queryString({ page, limit: LIMIT })}`),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? PENDING_REFETCH_MS : false),
  });
  const data = list.data;
  const regencyName = (code: string | null) => (code ? (regions.data?.find((region) => region.code === code)?.name ?? code) : null);
  const levelName = (code: string | null) => {
    const level = code ? levels.data?.find((item) => item.code === code) : undefined;
    return level ? (i18n.language === 'en' ? level.nameEn : level.nameId) : code;
  };
  return (
    <>
      <PageTitle>{t('matching.candidates.title', { title: vacancy.data?.title ?? '' })}</PageTitle>
      <Text size="sm" mb="sm">
        {t('matching.candidates.intro')}
      </Text>
      <Anchor component={Link} to={`/employer/vacancies/${id}/applicants`} size="sm" display="block" mb="sm">
        {t('matching.candidates.toBoard')}
      </Anchor>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {data?.status === 'pending' && (
        <Alert color={COLORS.blue} variant="outline" title={t('matching.jobs.pendingTitle')} data-testid="matches-pending">
          <Text size="sm" role="status">
            {t('matching.candidates.pending')}
          </Text>
        </Alert>
      )}
      {data?.status === 'ready' && (
        <Stack gap="sm">
          <Text size="sm" data-testid="matches-total">
            {data.total === 0 ? t('matching.candidates.empty') : t('matching.candidates.total', { count: data.total })}
            {data.computedAt ? ` ${t('matching.computedAt', { date: formatDateTime(data.computedAt, i18n.language) })}` : ''}
          </Text>
          {data.items.map((item) => (
            <Card key={item.seeker.id} withBorder component="article" padding="md" data-testid="candidate">
              <Text component="h2" fw={700} fz="lg">
                {item.seeker.name}
              </Text>
              <Text size="sm">
                {[levelName(item.seeker.educationLevel), t('board.experience', { count: item.seeker.experienceMonths }), regencyName(item.seeker.regencyCode)].filter(Boolean).join(' · ')}
              </Text>
              <Group gap="xs" my="xs">
                <ScoreBadge score={item.score} />
                <DistanceText km={item.distanceKm} />
              </Group>
              <Title order={3} size="h6">
                {t('matching.reasons')}
              </Title>
              <ComponentList components={item.components.filter((component) => component.component !== 'interest')} />
              <SkillDetails skills={item.skills} audience="employer" level={3} />
              {item.applicationId ? (
                <Anchor component={Link} to={`/applications/${item.applicationId}`} size="sm" mt="xs" display="block" aria-label={t('matching.candidates.applicationOf', { name: item.seeker.name })}>
                  {t('matching.candidates.application')}
                </Anchor>
              ) : (
                <Text size="xs" mt="xs">
                  {t('matching.candidates.notApplied')}
                </Text>
              )}
            </Card>
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
        </Stack>
      )}
    </>
  );
}
