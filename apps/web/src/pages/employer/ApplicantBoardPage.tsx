import { Anchor, Badge, Button, Card, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { REJECTION_REASONS, type Applicant, type Page, type Vacancy } from '../../api/types';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';

const COLUMNS = ['submitted', 'screening', 'interview', 'offered', 'hired', 'rejected'] as const;
/** Where an application may go from each state (the contract's state machine). */
const NEXT: Record<string, string[]> = {
  submitted: ['screening', 'interview', 'rejected'],
  screening: ['interview', 'offered', 'rejected'],
  interview: ['offered', 'rejected'],
  offered: ['hired', 'rejected'],
};

interface ApplicationSummary {
  assessmentSummary?: { interestCode: string; themes: { id: string; en: string }; takenAt: string } | null;
}

/** The seeker's shared interest summary (themes in words, never scores), fetched only when asked for. */
function InterestSummary({ application }: { application: Applicant }) {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const detail = useQuery({
    queryKey: ['application', application.id, 'summary'],
    queryFn: () => api<ApplicationSummary>(`/applications/${application.id}`),
    enabled: open,
  });
  if (!open) {
    return (
      <Button variant="subtle" size="compact-xs" onClick={() => setOpen(true)} aria-expanded={false} aria-label={t('board.interestSummaryShow', { name: application.applicant.fullName })} px={0}>
        {t('board.interestSummaryButton')}
      </Button>
    );
  }
  if (detail.isLoading) return <Loading />;
  if (detail.error) return <ErrorMessage error={detail.error} />;
  const summary = detail.data?.assessmentSummary;
  if (!summary) return <Text size="xs" data-testid="interest-summary-none">{t('board.interestSummaryNone')}</Text>;
  return (
    <Text size="sm" data-testid="interest-summary">
      {t('board.interestSummary', { themes: i18n.language === 'en' ? summary.themes.en : summary.themes.id })}
    </Text>
  );
}

function Move({ application, onMoved }: { application: Applicant; onMoved: () => void }) {
  const { t } = useTranslation();
  const [to, setTo] = useState<string | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [startsAt, setStartsAt] = useState('');
  const [mode, setMode] = useState<string | null>('in_person');
  const [place, setPlace] = useState('');
  const move = useMutation({
    mutationFn: () =>
      api(`/applications/${application.id}/transitions`, {
        method: 'POST',
        body: {
          to,
          ...(to === 'rejected' && reason ? { reason } : {}),
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(to === 'interview' ? { interview: { startsAt: new Date(startsAt).toISOString(), mode, place } } : {}),
        },
      }),
    onSuccess: onMoved,
  });
  const options = NEXT[application.status] ?? [];
  if (options.length === 0) return null;
  const name = application.applicant.fullName;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    move.mutate();
  };
  return (
    <form onSubmit={submit} aria-label={t('board.moveFormOf', { name })}>
      <Stack gap={6} mt="xs">
        <Select label={t('board.moveTo')} aria-label={t('board.moveToOf', { name })} value={to} onChange={setTo} data={options.map((value) => ({ value, label: t(`status.application.${value}`) }))} />
        {to === 'interview' && (
          <>
            <TextInput label={t('board.startsAt')} type="datetime-local" required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} />
            <Select label={t('board.mode')} allowDeselect={false} value={mode} onChange={setMode} data={['in_person', 'phone', 'video'].map((value) => ({ value, label: t(`interviewMode.${value}`) }))} />
            <TextInput label={t('board.place')} required value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
          </>
        )}
        {to === 'rejected' && (
          <Select label={t('board.reason')} required value={reason} onChange={setReason} data={REJECTION_REASONS.map((value) => ({ value, label: t(`rejectionReason.${value}`) }))} />
        )}
        {to && <Textarea label={t('board.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />}
        <ErrorMessage error={move.error} />
        {to && (
          <Button type="submit" size="sm" loading={move.isPending}>
            {t('board.move')}
          </Button>
        )}
      </Stack>
    </form>
  );
}

export default function ApplicantBoardPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const vacancy = useQuery({ queryKey: ['vacancy', id], queryFn: () => api<Vacancy>(`/vacancies/${id}`) });
  const list = useQuery({
    queryKey: ['applicants', id],
    queryFn: () => api<Page<Applicant>>(`/vacancies/${id}/applications?limit=100`),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['applicants', id] });
  const items = list.data?.items ?? [];
  return (
    <>
      <PageTitle>{t('board.title', { title: vacancy.data?.title ?? '' })}</PageTitle>
      {vacancy.data?.status === 'published' && (
        <Anchor component={Link} to={`/employer/vacancies/${id}/candidates`} size="sm" display="block" mb="sm">
          {t('board.candidates')}
        </Anchor>
      )}
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {list.data && items.length === 0 && <Text>{t('board.empty')}</Text>}
      <div className="board">
        {COLUMNS.map((column) => {
          const inColumn = items.filter((item) => item.status === column);
          return (
            <section key={column} aria-labelledby={`column-${column}`} data-testid={`column-${column}`}>
              <Title order={2} size="h4" id={`column-${column}`} mb="xs">
                {t(`status.application.${column}`)} ({inColumn.length})
              </Title>
              <Stack gap="xs">
                {inColumn.map((application) => {
                  const regency = application.applicant.domicileRegency;
                  return (
                    <Card key={application.id} withBorder padding="sm" data-testid="applicant">
                      <Text fw={700}>{application.applicant.fullName}</Text>
                      {application.referredBy && (
                        <Badge color={COLORS.teal} variant="outline" style={{ textTransform: 'none' }} data-testid="referred-badge">
                          {t('counselling.board.referredBy', { office: application.referredBy.office.name })}
                        </Badge>
                      )}
                      <Text size="sm">
                        {[
                          application.applicant.educationLevel,
                          t('board.experience', { count: application.applicant.experienceMonths }),
                          typeof regency === 'string' ? regency : regency?.name,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                      <Text size="xs">{t('board.appliedOn', { date: formatDate(application.createdAt, i18n.language) })}</Text>
                      {application.interview && (
                        <Text size="sm">
                          {t('board.interviewAt', { date: new Date(application.interview.startsAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID'), place: application.interview.place })}
                        </Text>
                      )}
                      <InterestSummary application={application} />
                      <Move application={application} onMoved={refresh} />
                    </Card>
                  );
                })}
              </Stack>
            </section>
          );
        })}
      </div>
    </>
  );
}
