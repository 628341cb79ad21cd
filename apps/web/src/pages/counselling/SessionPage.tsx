import { Button, NativeSelect, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { SESSION_MODES } from '../../api/counselling';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { useCaseWrite } from './CasePage';
import { BackToCase, useCase, wibIso, CaseError } from './parts';

/** Now in Jakarta time, as a datetime-local value. */
function nowWib(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** Records (or schedules) a session, with a note for counsellors only and one shared with the seeker. */
export default function SessionPage() {
  const { seekerId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useCase(seekerId);
  const [mode, setMode] = useState('in_person');
  const [startsAt, setStartsAt] = useState(nowWib);
  const [internal, setInternal] = useState('');
  const [shared, setShared] = useState('');
  const save = useCaseWrite<{ mode: string; startsAt: string; notes: Array<{ body: string; visibility: string }> }>(seekerId, '/sessions');
  if (query.isLoading) return <Loading />;
  const data = query.data;
  if (!data) return <CaseError error={query.error} />;
  const notes = [
    ...(internal.trim() ? [{ body: internal.trim(), visibility: 'internal' }] : []),
    ...(shared.trim() ? [{ body: shared.trim(), visibility: 'shared' }] : []),
  ];
  return (
    <>
      <BackToCase seekerId={seekerId} name={data.profile.fullName} />
      <PageTitle>{t('counselling.sessions.pageTitle', { name: data.profile.fullName })}</PageTitle>
      <form
        aria-label={t('counselling.sessions.new')}
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate({ mode, startsAt: wibIso(startsAt), notes }, { onSuccess: () => navigate(`/counsellor/cases/${seekerId}`) });
        }}
      >
        <Stack gap="sm">
          <NativeSelect label={t('counselling.sessions.mode')} value={mode} onChange={(e) => setMode(e.currentTarget.value)} data={SESSION_MODES.map((value) => ({ value, label: t(`interviewMode.${value}`) }))} />
          <TextInput type="datetime-local" label={t('counselling.sessions.startsAt')} description={t('counselling.sessions.startsAtHelp')} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} />
          <Textarea label={t('counselling.sessions.internalNote')} description={t('counselling.sessions.internalHelp')} autosize minRows={3} value={internal} onChange={(e) => setInternal(e.currentTarget.value)} />
          <Textarea label={t('counselling.sessions.sharedNote')} description={t('counselling.sessions.sharedHelp')} autosize minRows={3} value={shared} onChange={(e) => setShared(e.currentTarget.value)} />
          <ErrorMessage error={save.error} />
          <Button type="submit" loading={save.isPending}>
            {t('counselling.sessions.save')}
          </Button>
        </Stack>
      </form>
    </>
  );
}
