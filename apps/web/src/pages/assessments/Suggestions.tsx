import { Alert, Anchor, Badge, Card, Group, List, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { CareerSuggestions, SeekerProfile } from '../../api/types';
import { COLORS, ErrorMessage, Loading } from '../../components/common';
import { pick } from '../../i18n';
import { zoneOfEducation } from './holland';
import { formatNumber } from './ResultParts';

const ZONES = [1, 2, 3, 4, 5];
const BAND_COLORS = { best: COLORS.green, great: COLORS.teal, good: COLORS.blue, other: COLORS.gray } as const;

const nameOf = (value: string | { name: string }) => (typeof value === 'string' ? value : value.name);


/** Career suggestions for the job zones the seeker picks (current and target preparation level). */
export function Suggestions({ assessmentId, fromProfile = true }: { assessmentId: string; fromProfile?: boolean }) {
  const { t, i18n } = useTranslation();
  // The starting choice follows the seeker's education; the seeker changes it freely.
  const profile = useQuery({ queryKey: ['profile'], queryFn: () => api<SeekerProfile>('/job-seekers/me'), retry: false, enabled: fromProfile });
  const known = zoneOfEducation(profile.data?.educationLevel) ?? 2;
  const [chosenCurrent, setCurrent] = useState<number | null>(null);
  const [chosenTarget, setTarget] = useState<number | null>(null);
  const current = chosenCurrent ?? known;
  const target = chosenTarget ?? Math.min(5, current + 1);
  const zones = [...new Set([current, target])].sort((a, b) => a - b);
  const suggestions = useQuery({
    queryKey: ['assessment-suggestions', assessmentId, zones.join(',')],
    queryFn: () => api<CareerSuggestions>(`/assessments/${assessmentId}/suggestions?jobZones=${zones.join(',')}`),
    enabled: !fromProfile || !profile.isLoading,
  });
  const zoneOptions = ZONES.map((zone) => ({ value: String(zone), label: `${zone} · ${t(`assessments.jobZone.${zone}`)}` }));
  const data = suggestions.data;
  return (
    <Stack gap="sm" data-testid="suggestions" component="section" aria-labelledby="suggestions-title">
      <Title order={2} size="h4" id="suggestions-title">
        {t('assessments.suggestions.title')}
      </Title>
      <Text size="sm">{t('assessments.suggestions.explain')}</Text>
      <NativeSelect label={t('assessments.suggestions.current')} value={String(current)} onChange={(event) => setCurrent(Number(event.currentTarget.value))} data={zoneOptions} />
      <NativeSelect label={t('assessments.suggestions.target')} value={String(target)} onChange={(event) => setTarget(Number(event.currentTarget.value))} data={zoneOptions} />
      {suggestions.isLoading && <Loading />}
      <ErrorMessage error={suggestions.error} />
      {data?.none && (
        <Alert color={COLORS.orange} variant="outline" title={t('assessments.suggestions.noneTitle')} data-testid="no-suggestions">
          {data.message ? pick(data.message, i18n.language) : t(`assessments.suggestions.none.${data.none}`)}
        </Alert>
      )}
      {data && !data.none && data.items.length === 0 && <Text>{t('assessments.suggestions.empty')}</Text>}
      {data?.items.map((item) => {
        const title = pick(item.occupation.title, i18n.language);
        return (
          <Card key={item.occupation.code} withBorder component="article" data-testid="suggestion">
            <Text component="h3" fw={700}>
              {title}
            </Text>
            <Group gap="xs" my={4}>
              <Badge color={BAND_COLORS[item.band]} variant="filled">
                {t(`assessments.suggestions.band.${item.band}`)}
              </Badge>
              <Text size="sm">{t('assessments.suggestions.zone', { zone: item.jobZone, route: t(`assessments.jobZone.${item.jobZone}`) })}</Text>
            </Group>
            <Text size="sm">
              {t('assessments.suggestions.fit', { r: formatNumber(item.r, i18n.language, 2) })}
              {item.cIndex !== null && ` ${t('assessments.suggestions.cIndex', { c: item.cIndex })}`}
            </Text>
            {item.sharedLetters.length > 0 && (
              <Text size="sm">{t('assessments.suggestions.shared', { letters: item.sharedLetters.map((letter) => `${letter} (${t(`assessments.scale.interest.${letter}`)})`).join(', ') })}</Text>
            )}
            <Text fw={600} size="sm" mt="xs">
              {t('assessments.suggestions.vacancies')}
            </Text>
            {item.vacancies.length === 0 ? (
              <Text size="sm">{t('assessments.suggestions.noVacancies')}</Text>
            ) : (
              <List size="sm">
                {item.vacancies.map((vacancy) => (
                  <List.Item key={vacancy.id}>
                    <Anchor component={Link} to={`/vacancies/${vacancy.id}`}>
                      {vacancy.title}
                    </Anchor>{' '}
                    · {nameOf(vacancy.employer)}
                  </List.Item>
                ))}
              </List>
            )}
            <Anchor component={Link} to={`/?occupation=${encodeURIComponent(item.occupation.code)}`} size="sm">
              {t('assessments.suggestions.allVacancies', { title })}
            </Anchor>
            <Text fw={600} size="sm" mt="xs">
              {t('assessments.suggestions.trainings')}
            </Text>
            {item.trainings.length === 0 ? (
              <Text size="sm">{t('assessments.suggestions.noTrainings')}</Text>
            ) : (
              <List size="sm">
                {item.trainings.map((training) => (
                  <List.Item key={training.id} data-testid="training">
                    {training.title} · {nameOf(training.centre)}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        );
      })}
    </Stack>
  );
}
