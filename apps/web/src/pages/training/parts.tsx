import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError, apiResponse } from '../../api/client';
import { trainingPaths, type TrainingCentre } from '../../api/training';
import { COLORS } from '../../components/common';

const COLOR_OF: Record<string, keyof typeof COLORS> = {
  applied: 'blue',
  accepted: 'teal',
  attending: 'indigo',
  completed: 'green',
  waitlisted: 'orange',
  rejected: 'red',
  dropped: 'red',
  withdrawn: 'gray',
  pending: 'orange',
  verified: 'green',
  open: 'green',
  running: 'indigo',
  cancelled: 'gray',
  draft: 'gray',
  published: 'green',
  archived: 'dark',
  present: 'green',
  absent: 'red',
  excused: 'orange',
};

/** A training status (enrolment, centre, cohort) as a badge with its name in words. */
export function TrainingBadge({ group, status }: { group: 'enrolment' | 'centre' | 'cohort' | 'programme'; status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[COLOR_OF[status] ?? 'gray']} variant="filled" data-testid={`${group}-status`}>
      {t(`training.status.${group}.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** The caller's training centre, or null before they register one or accept an invitation. */
export function useMyCentre() {
  return useQuery({
    queryKey: ['training', 'centre'],
    queryFn: () =>
      api<TrainingCentre>(trainingPaths.centreMine).catch((error) => (error instanceof ApiError && (error.status === 403 || error.status === 404) ? null : Promise.reject(error))),
  });
}

/** Downloads a file from the API (with the session's token) under `name`. */
export async function downloadFile(path: string, name: string): Promise<void> {
  const response = await apiResponse(path);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatDateTime(value: string, language: string): string {
  return new Date(value).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}
