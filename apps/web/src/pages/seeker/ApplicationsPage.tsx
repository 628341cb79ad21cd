import { Accordion, Anchor, Button, Group, Stack, Switch, Text, Timeline } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import type { Application } from '../../api/types';
import { ErrorMessage, formatDate, Loading, PageTitle, StatusBadge, COLORS } from '../../components/common';

const OPEN = ['submitted', 'screening', 'interview', 'offered'];

function Details({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const detail = useQuery({ queryKey: ['application', id], queryFn: () => api<Application>(`/applications/${id}`) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['applications'] }).then(() => queryClient.invalidateQueries({ queryKey: ['application', id] }));
  const withdraw = useMutation({ mutationFn: () => api(`/applications/${id}/withdraw`, { method: 'POST' }), onSuccess: refresh });
  const sharing = useMutation({ mutationFn: (shareAssessment: boolean) => api(`/applications/${id}/sharing`, { method: 'PUT', body: { shareAssessment } }), onSuccess: refresh });
  if (detail.isLoading) return <Loading />;
  if (!detail.data) return <ErrorMessage error={detail.error} />;
  const a = detail.data;
  const lang = i18n.language;
  return (
    <Stack gap="sm">
      {a.interview && (
        <Text>
          {t('applications.interview', { date: new Date(a.interview.startsAt).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID'), mode: t(`interviewMode.${a.interview.mode}`), place: a.interview.place })}
        </Text>
      )}
      <Timeline active={(a.history?.length ?? 1) - 1} bulletSize={14} lineWidth={2}>
        {(a.history ?? []).map((entry, index) => (
          <Timeline.Item key={index} title={t(`status.application.${entry.to}`)}>
            <Text size="sm">
              {formatDate(entry.at, lang)} · {t(`roles.${entry.by.role}`, { defaultValue: entry.by.role })}
              {entry.reason ? ` · ${t(`rejectionReason.${entry.reason}`, { defaultValue: entry.reason })}` : ''}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
      <Switch
        label={t('applications.share')}
        description={t('applications.shareHint')}
        checked={a.shareAssessment ?? false}
        onChange={(e) => sharing.mutate(e.currentTarget.checked)}
        disabled={sharing.isPending}
      />
      {OPEN.includes(a.status) && (
        <Group>
          <Button
            variant="outline"
            color={COLORS.red}
            loading={withdraw.isPending}
            onClick={() => {
              if (window.confirm(t('applications.withdrawConfirm'))) withdraw.mutate();
            }}
          >
            {t('applications.withdraw')}
          </Button>
        </Group>
      )}
      <ErrorMessage error={withdraw.error ?? sharing.error} />
    </Stack>
  );
}

export default function ApplicationsPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const list = useQuery({ queryKey: ['applications'], queryFn: () => api<{ items: Application[] }>('/applications/mine') });
  return (
    <>
      <PageTitle>{t('applications.title')}</PageTitle>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data?.items.length === 0 && (
        <Text>
          {t('applications.empty')}{' '}
          <Anchor component={Link} to="/">
            {t('applications.findJobs')}
          </Anchor>
        </Text>
      )}
      <Accordion variant="separated" defaultValue={params.get('open')}>
        {list.data?.items.map((application) => (
          <Accordion.Item key={application.id} value={application.id} data-testid="application">
            <Accordion.Control>
              <Text fw={600}>{application.vacancy.title}</Text>
              <Group gap="xs">
                <Text size="sm">{application.vacancy.employer.name}</Text>
                <StatusBadge group="application" status={application.status} />
                <Text size="xs">{formatDate(application.updatedAt, i18n.language)}</Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Anchor component={Link} to={`/vacancies/${application.vacancy.id}`} size="sm">
                {t('applications.seeVacancy')}
              </Anchor>
              <Details id={application.id} />
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </>
  );
}
