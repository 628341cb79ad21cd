import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { trainingPaths, type Programme } from '../../api/training';
import { ErrorMessage, formatRupiah, Loading, PageTitle } from '../../components/common';
import { TrainingBadge } from './parts';

/** The centre's programmes (staff), each with its cohorts' count, and a way to add one. */
export default function ProgrammesPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery({ queryKey: ['training', 'programmes'], queryFn: () => api<Programme[] | { items: Programme[] }>(trainingPaths.myProgrammes) });
  const items = Array.isArray(list.data) ? list.data : (list.data?.items ?? []);
  return (
    <>
      <PageTitle>{t('training.programmes.title')}</PageTitle>
      <Button component={Link} to="/training/programmes/new" mb="md">
        {t('training.programmes.new')}
      </Button>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data && items.length === 0 && <Text>{t('training.programmes.empty')}</Text>}
      <Stack gap="sm">
        {items.map((programme) => (
          <Card key={programme.id} withBorder component="article" data-testid="programme">
            <Text component="h2" fw={700}>
              <Anchor component={Link} to={`/training/programmes/${programme.id}`}>
                {programme.title}
              </Anchor>
            </Text>
            <Text size="sm">
              {[programme.vocationalField, t('training.hours', { count: programme.hours }), programme.cost === 0 ? t('training.free') : formatRupiah(programme.cost, i18n.language)].join(' · ')}
            </Text>
            <Group gap="xs">
              <TrainingBadge group="programme" status={programme.status} />
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
