import { Anchor, Button, Card, Group, Pagination, SegmentedControl, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, queryString } from '../api/client';
import type { NotificationItem, Page } from '../api/types';
import { pick } from '../i18n';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../components/common';

const LIMIT = 20;
interface Preference {
  kind: string;
  label?: { id: string; en: string };
  email: boolean;
}

function Preferences() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const stored = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: () => api<Preference[] | { preferences: Preference[] }>('/notifications/preferences').then((body) => (Array.isArray(body) ? body : body.preferences)),
  });
  const [choices, setChoices] = useState<Preference[]>([]);
  useEffect(() => setChoices(stored.data ?? []), [stored.data]);
  const save = useMutation({
    mutationFn: () => api('/notifications/preferences', { method: 'PUT', body: { preferences: choices.map(({ kind, email }) => ({ kind, email })) } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications', 'preferences'] }),
  });
  return (
    <section aria-labelledby="preferences-heading">
      <Title order={2} size="h3" id="preferences-heading" mt="xl" mb="sm">
        {t('notifications.preferences')}
      </Title>
      <Text size="sm" mb="sm">
        {t('notifications.preferencesHint')}
      </Text>
      <ErrorMessage error={stored.error} />
      <Stack gap="xs">
        {choices.map((choice) => (
          <Switch
            key={choice.kind}
            label={choice.label ? pick(choice.label, i18n.language) : choice.kind}
            checked={choice.email}
            onChange={(event) => {
              const email = event.currentTarget.checked;
              setChoices((current) => current.map((entry) => (entry.kind === choice.kind ? { ...entry, email } : entry)));
            }}
          />
        ))}
      </Stack>
      <Group mt="sm">
        <Button onClick={() => save.mutate()} loading={save.isPending}>
          {t('common.save')}
        </Button>
        {save.isSuccess && (
          <Text role="status" size="sm">
            {t('common.saved')}
          </Text>
        )}
      </Group>
      <ErrorMessage error={save.error} />
    </section>
  );
}

export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['notifications', 'list', filter, page],
    queryFn: () => api<Page<NotificationItem> & { unread: number }>(`/notifications${queryString({ unread: filter === 'unread', page, limit: LIMIT })}`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const markRead = useMutation({ mutationFn: (id: string) => api(`/notifications/${id}/read`, { method: 'POST' }), onSuccess: refresh });
  const markAll = useMutation({ mutationFn: () => api('/notifications/read-all', { method: 'POST' }), onSuccess: refresh });
  const lang = i18n.language;

  return (
    <>
      <PageTitle>{t('notifications.title')}</PageTitle>
      <Group justify="space-between" mb="sm">
        <SegmentedControl
          aria-label={t('notifications.filter')}
          value={filter}
          onChange={(value) => {
            setFilter(value as 'all' | 'unread');
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
        />
        <Button variant="outline" onClick={() => markAll.mutate()} disabled={!list.data?.unread}>
          {t('notifications.markAll')}
        </Button>
      </Group>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error ?? markRead.error ?? markAll.error} />
      {list.data && list.data.items.length === 0 && <Text>{t('notifications.empty')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
        {list.data?.items.map((item) => (
          <Card key={item.id} withBorder component="li" data-testid="notification" data-read={item.read}>
            <Text fw={item.read ? 400 : 700}>
              {!item.read && <span className="visually-hidden">{t('notifications.unreadMarker')} </span>}
              {pick(item.title, lang)}
            </Text>
            <Text size="sm">{pick(item.body, lang)}</Text>
            <Group gap="sm" mt={4}>
              <Text size="xs">{formatDate(item.createdAt, lang)}</Text>
              {item.link && (
                <Anchor component={Link} to={item.link} size="sm">
                  {t('notifications.open')}
                </Anchor>
              )}
              {!item.read && (
                <Button size="compact-sm" variant="subtle" onClick={() => markRead.mutate(item.id)} aria-label={t('notifications.markReadOf', { title: pick(item.title, lang) })}>
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
      </Stack>
      {(list.data?.total ?? 0) > LIMIT && (
        <Group justify="center" mt="md">
          <Pagination total={Math.ceil((list.data?.total ?? 0) / LIMIT)} value={page} onChange={setPage} siblings={0} getControlProps={(control) => ({ 'aria-label': t(`pagination.${control}`) })} />
        </Group>
      )}
      <Preferences />
    </>
  );
}
