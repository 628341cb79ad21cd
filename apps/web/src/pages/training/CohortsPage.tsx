import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { trainingPaths, type Cohort, type Programme } from '../../api/training';
import type { Page } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { TrainingBadge, useMyCentre } from './parts';

/** The centre's cohorts, running and upcoming first (an instructor sees the ones they teach): the way to attendance and completion. */
export default function CohortsPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const centre = useMyCentre();
  const list = useQuery({
    queryKey: ['training', 'cohorts'],
    queryFn: async () => {
      const programmes = await api<Page<Programme>>(trainingPaths.myProgrammes);
      const cohorts = await Promise.all(
        programmes.items.map((programme) => api<Cohort[]>(trainingPaths.programmeCohorts(programme.id)).then((rows) => rows.map((cohort) => ({ ...cohort, title: programme.title })))),
      );
      const order = ['running', 'open', 'completed', 'cancelled'];
      return cohorts.flat().sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.startsOn.localeCompare(b.startsOn));
    },
  });
  const instructor = centre.data?.myRole === 'instructor';
  const rows = (list.data ?? []).filter((cohort) => !instructor || cohort.instructor?.userId === user?.id);
  return (
    <>
      <PageTitle>{t('training.cohorts.listTitle')}</PageTitle>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data && rows.length === 0 && <Text>{t('training.cohorts.none')}</Text>}
      <Stack gap="sm">
        {rows.map((cohort) => (
          <Card key={cohort.id} withBorder component="article" data-testid="cohort">
            <Text component="h2" fw={700}>
              <Anchor component={Link} to={`/training/cohorts/${cohort.id}`}>
                {t('training.cohorts.linkName', { title: cohort.title, from: formatDate(cohort.startsOn, i18n.language) })}
              </Anchor>
            </Text>
            <Group gap="xs">
              <TrainingBadge group="cohort" status={cohort.status} />
              <Text size="sm">{t('training.cohorts.range', { from: formatDate(cohort.startsOn, i18n.language), to: formatDate(cohort.endsOn, i18n.language) })}</Text>
            </Group>
            <Text size="sm">{t('training.cohorts.places', { taken: cohort.placesTaken, capacity: cohort.capacity })}</Text>
            {cohort.instructor && <Text size="sm">{t('training.cohorts.instructorName', { name: cohort.instructor.fullName })}</Text>}
          </Card>
        ))}
      </Stack>
    </>
  );
}
