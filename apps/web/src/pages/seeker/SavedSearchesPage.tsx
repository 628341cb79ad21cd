import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { Page, SavedSearch } from '../../api/types';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { searchParamsOf } from '../HomePage';

export default function SavedSearchesPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['saved-searches'], queryFn: () => api<Page<SavedSearch>>('/saved-searches?limit=100') });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/saved-searches/${id}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['saved-searches'] }),
  });
  return (
    <>
      <PageTitle>{t('savedSearches.title')}</PageTitle>
      <Text mb="md">{t('savedSearches.explain')}</Text>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error ?? remove.error} />
      {list.data?.items.length === 0 && <Text>{t('savedSearches.empty')}</Text>}
      <Stack gap="sm">
        {list.data?.items.map((search) => (
          <Card key={search.id} withBorder component="article">
            <Text component="h2" fw={700}>
              {search.name}
            </Text>
            <Text size="sm">{t('savedSearches.since', { date: formatDate(search.createdAt, i18n.language) })}</Text>
            <Group mt="xs">
              <Anchor component={Link} to={`/?${searchParamsOf(search.query).toString()}`}>
                {t('savedSearches.open', { name: search.name })}
              </Anchor>
              <Button variant="outline" color={COLORS.red} size="compact-sm" onClick={() => remove.mutate(search.id)} aria-label={t('savedSearches.deleteOf', { name: search.name })}>
                {t('savedSearches.delete')}
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
