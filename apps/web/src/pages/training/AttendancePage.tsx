import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { ATTENDANCE_MARKS, trainingPaths, type AttendanceMark, type AttendanceRow, type Cohort } from '../../api/training';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { formatDateTime } from './parts';

/**
 * Attendance of one session, made for the instructor's phone: one row per participant, one tap
 * on present, absent or excused saves that mark at once.
 */
export default function AttendancePage() {
  const { id = '', sessionId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['training', 'cohort', id, 'attendance', sessionId];
  const cohort = useQuery({ queryKey: ['training', 'cohort', id], queryFn: () => api<Cohort>(trainingPaths.cohort(id)) });
  const rows = useQuery({
    queryKey: key,
    queryFn: () => api<AttendanceRow[] | { items: AttendanceRow[] }>(trainingPaths.attendance(id, sessionId)).then((body) => (Array.isArray(body) ? body : body.items)),
  });
  const mark = useMutation({
    mutationFn: (marks: Array<{ enrolmentId: string; mark: AttendanceMark }>) => api(trainingPaths.attendance(id, sessionId), { method: 'PUT', body: { marks } }),
    // The tap shows at once; a refusal puts the stored marks back.
    onMutate: async (marks) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<AttendanceRow[]>(key);
      queryClient.setQueryData<AttendanceRow[]>(key, (current) => current?.map((row) => ({ ...row, mark: marks.find((m) => m.enrolmentId === row.enrolmentId)?.mark ?? row.mark })));
      return { before };
    },
    onError: (_error, _marks, context) => queryClient.setQueryData(key, context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['training', 'cohort', id] }),
  });
  const index = cohort.data?.sessions.findIndex((s) => s.id === sessionId) ?? -1;
  const session = index >= 0 ? cohort.data?.sessions[index] : undefined;
  const list = rows.data ?? [];
  const marked = list.filter((row) => row.mark).length;
  return (
    <>
      <PageTitle>{t('training.attendance.title', { n: index + 1 })}</PageTitle>
      {session && <Text mb="xs">{[cohort.data?.programme?.title, formatDateTime(session.startsAt, i18n.language)].filter(Boolean).join(' · ')}</Text>}
      <Anchor component={Link} to={`/training/cohorts/${id}`} size="sm">
        {t('training.attendance.backToCohort')}
      </Anchor>
      {rows.isLoading && <Loading />}
      <ErrorMessage error={rows.error ?? mark.error} />
      {rows.data && list.length === 0 && <Text mt="sm">{t('training.attendance.nobody')}</Text>}
      {list.length > 0 && (
        <Group justify="space-between" my="sm">
          <Text size="sm" role="status" data-testid="attendance-count">
            {t('training.attendance.marked', { marked, total: list.length })}
          </Text>
          <Button variant="outline" size="compact-md" onClick={() => mark.mutate(list.filter((row) => !row.mark).map((row) => ({ enrolmentId: row.enrolmentId, mark: 'present' })))} disabled={marked === list.length}>
            {t('training.attendance.restPresent')}
          </Button>
        </Group>
      )}
      <Stack gap="xs">
        {list.map((row) => (
          <fieldset key={row.enrolmentId} className="item" data-testid="attendance-row">
            <legend className="item-text">{row.seeker.fullName}</legend>
            <div className="attendance-marks">
              {ATTENDANCE_MARKS.map((value) => (
                <label key={value} className="choice">
                  <input
                    type="radio"
                    name={`mark-${row.enrolmentId}`}
                    value={value}
                    checked={row.mark === value}
                    onChange={() => mark.mutate([{ enrolmentId: row.enrolmentId, mark: value }])}
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
