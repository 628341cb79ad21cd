import { Anchor, Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, queryString } from '../../api/client';
import { CASE_SORTS, PRIORITY_GROUPS, RISK_LEVELS, type CaseloadPage as Caseload } from '../../api/counselling';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { PriorityBadges, RiskBadge } from './parts';

const LIMIT = 20;

/** The counsellor's caseload: the office's open cases, filtered and sorted, a page at a time. */
export default function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sort = params.get('sort') ?? 'risk';
  const priority = params.get('priority') ?? '';
  const riskLevel = params.get('riskLevel') ?? '';
  const mine = params.get('mine') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next, { replace: true });
  };
  const list = useQuery({
    queryKey: ['counselling-cases', sort, priority, riskLevel, mine, page],
    queryFn: () => api<Caseload>(`/counselling/cases${queryString({ sort, priority, riskLevel, mine, page, limit: LIMIT })}`),
    placeholderData: keepPreviousData,
  });
  const data = list.data;
  const hasNext = data ? page * data.limit < data.total : false;
  return (
    <>
      <PageTitle>{t('counselling.caseload.title')}</PageTitle>
      {data && <Text mb="sm">{t('counselling.caseload.intro', { office: data.office.name, count: data.total })}</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mb="sm">
        <NativeSelect
          label={t('counselling.caseload.sort')}
          value={sort}
          onChange={(e) => set({ sort: e.currentTarget.value })}
          data={CASE_SORTS.map((value) => ({ value, label: t(`counselling.sort.${value}`) }))}
        />
        <NativeSelect
          label={t('counselling.caseload.priority')}
          value={priority}
          onChange={(e) => set({ priority: e.currentTarget.value })}
          data={[{ value: '', label: t('counselling.caseload.all') }, { value: 'any', label: t('counselling.priority.any') }, ...PRIORITY_GROUPS.map((value) => ({ value, label: t(`counselling.priority.${value}`) }))]}
        />
        <NativeSelect
          label={t('counselling.caseload.riskLevel')}
          value={riskLevel}
          onChange={(e) => set({ riskLevel: e.currentTarget.value })}
          data={[{ value: '', label: t('counselling.caseload.all') }, ...RISK_LEVELS.map((value) => ({ value, label: t(`counselling.riskLevel.${value}`) }))]}
        />
        <Checkbox mt={{ xs: 'lg' }} label={t('counselling.caseload.mine')} checked={mine} onChange={(e) => set({ mine: e.currentTarget.checked ? 'true' : null })} />
      </SimpleGrid>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {data?.items.length === 0 && <Text>{t('counselling.caseload.empty')}</Text>}
      <Stack gap="sm" aria-busy={list.isFetching}>
        {data?.items.map((row) => (
          <Card key={row.caseId} withBorder component="article" padding="sm" data-testid="case-row">
            <Text component="h2" fw={700}>
              <Anchor component={Link} to={`/counsellor/cases/${row.seeker.id}`}>
                {row.seeker.fullName}
              </Anchor>
            </Text>
            <Group gap="xs" my={4}>
              <RiskBadge level={row.risk.effectiveLevel} score={row.risk.score} computed={row.risk.level} />
              <PriorityBadges groups={row.priorityGroups} />
            </Group>
            <Text size="sm">
              {row.lastContactAt ? t('counselling.caseload.lastContact', { date: formatDate(row.lastContactAt, i18n.language) }) : t('counselling.caseload.noContact')}
              {' · '}
              {row.nextFollowUpOn ? t('counselling.caseload.followUp', { date: formatDate(row.nextFollowUpOn, i18n.language) }) : t('counselling.caseload.noFollowUp')}
            </Text>
            <Text size="sm">
              {row.planProgress === null ? t('counselling.caseload.noPlan') : t('counselling.caseload.plan', { progress: row.planProgress })}
              {row.counsellor && ` · ${t('counselling.caseload.counsellor', { name: row.counsellor.fullName })}`}
            </Text>
          </Card>
        ))}
      </Stack>
      {(page > 1 || hasNext) && (
        <Group mt="md">
          <Button variant="outline" disabled={page === 1} onClick={() => set({ page: String(page - 1) })}>
            {t('pagination.previous')}
          </Button>
          <Text size="sm" c={COLORS.dark}>
            {t('pagination.page', { page })}
          </Text>
          <Button variant="outline" disabled={!hasNext} onClick={() => set({ page: String(page + 1) })}>
            {t('pagination.next')}
          </Button>
        </Group>
      )}
    </>
  );
}
