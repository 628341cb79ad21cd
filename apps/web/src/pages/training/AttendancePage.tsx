import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { ATTENDANCE_MARKS, trainingPaths, type AttendanceMark, type AttendanceSheet, type Cohort } from '../../api/training';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { formatDateTime } from './parts';

/**
 * Attendance of one session, made for the instructor's phone: one row per trainee, one tap on
 * present, absent or excused saves that mark at once.
 */
export default function AttendancePage() {
  const { id = '', sessionId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['training', 'cohort', id, 'sheet'];
  const cohort = useQuery({ queryKey: ['training', 'cohort', id], queryFn: () => api<Cohort>(trainingPaths.cohort(id)) });
  const sheet = useQuery({ queryKey: key, queryFn: () => api<AttendanceSheet>(trainingPaths.cohortAttendance(id)) });
  // Taps not yet confirmed by the API: shown at once, and kept over an older answer that arrives
  // while another tap is on its way.
  const [pending, setPending] = useState<Record<string, AttendanceMark>>({});
  const settle = (records: Array<{ enrolmentId: string; status: AttendanceMark }>) =>
    setPending((current) => {
      const next = { ...current };
      for (const record of records) if (next[record.enrolmentId] === record.status) delete next[record.enrolmentId];
      return next;
    });
  const mark = useMutation({
    mutationFn: (records: Array<{ enrolmentId: string; status: AttendanceMark }>) =>
      api<AttendanceSheet>(trainingPaths.attendance(id, sessionId), { method: 'PUT', body: { records } }),
    onMutate: (records) => setPending((current) => ({ ...current, ...Object.fromEntries(records.map((record) => [record.enrolmentId, record.status])) })),
    onSuccess: (fresh, records) => {
      queryClient.setQueryData(key, fresh);
      settle(records);
    },
    onError: (_error, records) => settle(records),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['training', 'cohort', id], exact: false, refetchType: 'none' }),
  });
  const markOf = (trainee: AttendanceSheet['trainees'][number]) => pending[trainee.enrolmentId] ?? trainee.attendance[sessionId];
  const sessions = sheet.data?.sessions ?? cohort.data?.sessions ?? [];
  const index = sessions.findIndex((s) => s.id === sessionId);
  const session = index >= 0 ? sessions[index] : undefined;
  // Attendance is kept for accepted and attending trainees; completed ones keep their marks.
  const list = (sheet.data?.trainees ?? []).filter((trainee) => trainee.status === 'accepted' || trainee.status === 'attending');
  const marked = list.filter((trainee) => markOf(trainee)).length;
  return (
    <>
      <PageTitle>{t('training.attendance.title', { n: index + 1 })}</PageTitle>
      {session && <Text mb="xs">{[cohort.data?.programme?.title, formatDateTime(session.startsAt, i18n.language)].filter(Boolean).join(' · ')}</Text>}
      <Anchor component={Link} to={`/training/cohorts/${id}`} size="sm">
        {t('training.attendance.backToCohort')}
      </Anchor>
      {sheet.isLoading && <Loading />}
      <ErrorMessage error={sheet.error ?? mark.error} />
      {sheet.data && list.length === 0 && <Text mt="sm">{t('training.attendance.nobody')}</Text>}
      {list.length > 0 && (
        <Group justify="space-between" my="sm">
          <Text size="sm" role="status" data-testid="attendance-count">
            {t('training.attendance.marked', { marked, total: list.length })}
          </Text>
          <Button
            variant="outline"
            size="compact-md"
            onClick={() => mark.mutate(list.filter((trainee) => !markOf(trainee)).map((trainee) => ({ enrolmentId: trainee.enrolmentId, status: 'present' })))}
            disabled={marked === list.length}
          >
            {t('training.attendance.restPresent')}
          </Button>
        </Group>
      )}
      <Stack gap="xs">
        {list.map((trainee) => (
          <fieldset key={trainee.enrolmentId} className="item" data-testid="attendance-row">
            <legend className="item-text">{trainee.seeker.fullName}</legend>
            <div className="attendance-marks">
              {ATTENDANCE_MARKS.map((value) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`mark-${trainee.enrolmentId}`}
                    value={value}
                    checked={markOf(trainee) === value}
                    onChange={() => mark.mutate([{ enrolmentId: trainee.enrolmentId, status: value }])}
                  />
                  {t(`training.status.attendance.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </Stack>
    </>
  );
}
