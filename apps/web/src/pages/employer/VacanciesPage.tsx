import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Page, Vacancy } from '../../api/types';
import { ErrorMessage, formatDate, Loading, PageTitle, StatusBadge } from '../../components/common';

export default function VacanciesPage() {
  const { t, i18n } = useTranslation();
  const list = useQuery({
    queryKey: ['my-vacancies'],
    queryFn: () => api<Page<Vacancy> | Vacancy[]>('/employers/mine/vacancies?limit=100').then((body) => (Array.isArray(body) ? body : body.items)),
  });
  return (
    <>
      <PageTitle>{t('myVacancies.title')}</PageTitle>
      <Button component={Link} to="/employer/vacancies/new" mb="md">
        {t('myVacancies.new')}
      </Button>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data?.length === 0 && <Text>{t('myVacancies.empty')}</Text>}
      <Stack gap="sm">
        {list.data?.map((vacancy) => (
          <Card key={vacancy.id} withBorder component="article" data-testid="my-vacancy">
            <Text component="h2" fw={700}>
              {vacancy.title}
            </Text>
            <Group gap="xs" my={4}>
              <StatusBadge group="vacancy" status={vacancy.status} />
              {vacancy.publishedAt && <Text size="sm">{t('search.published', { date: formatDate(vacancy.publishedAt, i18n.language) })}</Text>}
            </Group>
            <Group gap="md">
              <Anchor component={Link} to={`/employer/vacancies/${vacancy.id}`}>
                {t('myVacancies.edit', { title: vacancy.title })}
              </Anchor>
              {vacancy.status !== 'draft' && (
                <Anchor component={Link} to={`/employer/vacancies/${vacancy.id}/applicants`}>
                  {t('myVacancies.applicants', { title: vacancy.title })}
                </Anchor>
              )}
              {vacancy.status === 'published' && (
                <Anchor component={Link} to={`/employer/vacancies/${vacancy.id}/candidates`}>
                  {t('myVacancies.candidates', { title: vacancy.title })}
                </Anchor>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
