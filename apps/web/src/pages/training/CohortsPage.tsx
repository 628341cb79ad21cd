import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { trainingPaths, type Cohort } from '../../api/training';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { TrainingBadge } from './parts';

/** The centre's cohorts (an instructor sees the ones they teach), the way to attendance and completion. */
export default function CohortsPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery({
    queryKey: ['training', 'cohorts'],
    queryFn: () => api<Cohort[] | { items: Cohort[] }>(trainingPaths.myCohorts).then((body) => (Array.isArray(body) ? body : body.items)),
  });
  return (
    <>
      <PageTitle>{t('training.cohorts.listTitle')}</PageTitle>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <Text>{t('training.cohorts.none')}</Text>}
      <Stack gap="sm">
        {list.data?.map((cohort) => (
          <Card key={cohort.id} withBorder component="article" data-testid="cohort">
            <Text component="h2" fw={700}>
              <Anchor component={Link} to={`/training/cohorts/${cohort.id}`}>
                {cohort.programme?.title ?? t('training.cohorts.cohort')}
              </Anchor>
            </Text>
            <Group gap="xs">
              <TrainingBadge group="cohort" status={cohort.status} />
              <Text size="sm">{t('training.cohorts.range', { from: formatDate(cohort.startsOn, i18n.language), to: formatDate(cohort.endsOn, i18n.language) })}</Text>
            </Group>
            <Text size="sm">{t('training.cohorts.places', { taken: cohort.placesTaken ?? 0, capacity: cohort.capacity })}</Text>
          </Card>
        ))}
      </Stack>
    </>
  );
}
