import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client';
import { MATCH_COMPONENTS, type MatchComponent, type MatchingStatus, type MatchWeights, type WeightsView } from '../../api/matching';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { fieldProblems, parseWeight, weightText } from './format';

const STATUS_REFETCH_MS = 5_000;
type Draft = Record<MatchComponent, string>;

const toDraft = (weights: MatchWeights, language: string): Draft => Object.fromEntries(MATCH_COMPONENTS.map((component) => [component, weightText(weights[component], language)])) as Draft;

function StatusCard() {
  const { t, i18n } = useTranslation();
  const status = useQuery({ queryKey: ['admin', 'matching', 'status'], queryFn: () => api<MatchingStatus>('/admin/matching/status'), refetchInterval: STATUS_REFETCH_MS });
  const data = status.data;
  const when = (value: string | null | undefined) => (value ? new Date(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID') : t('matching.admin.never'));
  return (
    <Card withBorder component="section" aria-labelledby="matching-status" data-testid="matching-status">
      <Title order={2} size="h3" id="matching-status" mb="xs">
        {t('matching.admin.statusTitle')}
      </Title>
      {status.isLoading && <Loading />}
      <ErrorMessage error={status.error} />
      {data && (
        <List size="sm" spacing={4}>
          <List.Item data-testid="status-weights">
            {data.activeWeightSet
              ? t('matching.admin.activeSet', { id: data.activeWeightSet.id, date: formatDate(data.activeWeightSet.createdAt, i18n.language), reason: data.activeWeightSet.reason })
              : t('matching.admin.defaultsActive')}
          </List.Item>
          <List.Item data-testid="status-rebuild">
            {!data.rebuild
              ? t('matching.admin.noRebuild')
              : data.rebuild.phase === 'done'
                ? t('matching.admin.rebuildDone', { date: when(data.rebuild.finishedAt), seekers: data.rebuild.seekersDone, vacancies: data.rebuild.vacanciesDone })
                : t('matching.admin.rebuildRunning', {
                    phase: t(`matching.admin.phase.${data.rebuild.phase}`),
                    seekers: data.rebuild.seekersDone,
                    seekersTotal: data.population?.activeSeekers ?? '?',
                    vacancies: data.rebuild.vacanciesDone,
                    vacanciesTotal: data.population?.openVacancies ?? '?',
                  })}
          </List.Item>
          <List.Item data-testid="status-pending">
            {t('matching.admin.pending', { total: data.pendingChanges.total, seekers: data.pendingChanges.seekers, vacancies: data.pendingChanges.vacancies })}
            {data.pendingChanges.oldestAt ? ` ${t('matching.admin.oldest', { date: when(data.pendingChanges.oldestAt) })}` : ''}
          </List.Item>
          <List.Item data-testid="status-lists">
            {t('matching.admin.lists', { seekers: data.lists.seekers, vacancies: data.lists.vacancies, other: data.lists.seekersWithOtherWeights + data.lists.vacanciesWithOtherWeights })}
          </List.Item>
        </List>
      )}
    </Card>
  );
}

/** Admin: the weights that combine the components of every match score, and how far the lists have caught up. */
export default function AdminMatchingPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const weights = useQuery({ queryKey: ['admin', 'matching', 'weights'], queryFn: () => api<WeightsView>('/admin/matching/weights') });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [reason, setReason] = useState('');
  useEffect(() => {
    if (weights.data && !draft) setDraft(toDraft(weights.data.weights, i18n.language));
  }, [weights.data, draft, i18n.language]);
  const save = useMutation({
    mutationFn: (body: { weights: Record<string, number | null>; reason: string }) => api<WeightsView>('/admin/matching/weights', { method: 'PUT', body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(['admin', 'matching', 'weights'], saved);
      setDraft(toDraft(saved.weights, i18n.language));
      setReason('');
      void queryClient.invalidateQueries({ queryKey: ['admin', 'matching', 'status'] });
    },
  });
  const problems = save.error instanceof ApiError ? fieldProblems(save.error.details) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft) return;
    save.mutate({ weights: Object.fromEntries(MATCH_COMPONENTS.map((component) => [component, parseWeight(draft[component])])), reason: reason.trim() });
  };
  const data = weights.data;
  return (
    <>
      <PageTitle>{t('matching.admin.title')}</PageTitle>
      <Text size="sm" mb="sm">
        {t('matching.admin.intro', { max: data?.maxWeight ?? 10 })}
      </Text>
      <Stack gap="md">
        <StatusCard />
        {weights.isLoading && <Loading />}
        <ErrorMessage error={weights.error} />
        {data && draft && (
          <Card withBorder component="section" aria-labelledby="weights-title">
            <Title order={2} size="h3" id="weights-title" mb="xs">
              {t('matching.admin.weightsTitle')}
            </Title>
            <form onSubmit={submit} noValidate aria-labelledby="weights-title">
              <Stack gap="sm">
                <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                  {MATCH_COMPONENTS.map((component) => (
                    <TextInput
                      key={component}
                      label={t(`matching.component.${component}`)}
                      description={t('matching.admin.default', { value: toDraft(data.defaults, i18n.language)[component] })}
                      inputMode="decimal"
                      value={draft[component]}
                      onChange={(event) => {
                        const value = event.currentTarget.value;
                        setDraft((current) => (current ? { ...current, [component]: value } : current));
                      }}
                      error={problems[`weights.${component}`]}
                      data-testid={`weight-${component}`}
                    />
                  ))}
                </SimpleGrid>
                {problems.weights && (
                  <Alert color={COLORS.red} variant="outline" role="alert" data-testid="weights-problem">
                    {problems.weights}
                  </Alert>
                )}
                <Textarea
                  label={t('matching.admin.reason')}
                  description={t('matching.admin.reasonHint')}
                  required
                  value={reason}
                  onChange={(event) => setReason(event.currentTarget.value)}
                  error={problems.reason}
                />
                {save.error && !(save.error instanceof ApiError && save.error.status === 422) && <ErrorMessage error={save.error} />}
                {save.error instanceof ApiError && save.error.status === 422 && (
                  <Text size="sm" c={COLORS.red} role="alert" data-testid="weights-refused">
                    {t('matching.admin.refused')}
                  </Text>
                )}
                {save.isSuccess && (
                  <Text size="sm" role="status" data-testid="weights-saved">
                    {t('matching.admin.saved')}
                  </Text>
                )}
                <Group gap="sm">
                  <Button type="submit" loading={save.isPending}>
                    {t('matching.admin.save')}
                  </Button>
                  <Button variant="outline" onClick={() => setDraft(toDraft(data.defaults, i18n.language))}>
                    {t('matching.admin.useDefaults')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Card>
        )}
        {data && data.history.length > 0 && (
          <Card withBorder component="section" aria-labelledby="weights-history">
            <Title order={2} size="h3" id="weights-history" mb="xs">
              {t('matching.admin.historyTitle')}
            </Title>
              <Table striped data-testid="weights-history-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('matching.admin.when')}</Table.Th>
                    <Table.Th scope="col">{t('matching.admin.reason')}</Table.Th>
                    <Table.Th scope="col">{t('matching.admin.by')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.history.map((set) => (
                    <Table.Tr key={set.id}>
                      <Table.Td>
                        {formatDate(set.createdAt, i18n.language)}
                        {set.active ? ` (${t('matching.admin.active')})` : ''}
                      </Table.Td>
                      <Table.Td>{set.reason}</Table.Td>
                      <Table.Td>{set.createdBy?.name ?? t('matching.admin.system')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
          </Card>
        )}
      </Stack>
    </>
  );
}
