import { Anchor, Card, List, Select, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { useOccupations } from '../../api/reference';
import { skillName, trainingPaths, type SkillGaps } from '../../api/training';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';

/**
 * The required skills the seeker (or, for a counsellor, one of their seekers) lacks most often in their best vacancies (or in an occupation they
 * target), each with the programmes that teach it and their nearest upcoming cohorts.
 */
export default function SkillGapsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const occupations = useOccupations();
  const [params, setParams] = useSearchParams();
  const { seekerId } = useParams();
  const occupation = params.get('occupation') ?? '';
  const gaps = useQuery({ queryKey: ['training', 'skill-gaps', seekerId ?? 'me', occupation], queryFn: () => api<SkillGaps>(trainingPaths.skillGaps(occupation || undefined, seekerId)) });
  const items = gaps.data?.gaps ?? [];
  const number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 0 });
  return (
    <>
      <PageTitle>{seekerId ? t('training.gaps.titleOf') : t('training.gaps.title')}</PageTitle>
      <Text mb="sm">{occupation ? t('training.gaps.introOccupation') : seekerId ? t('training.gaps.introOf') : t('training.gaps.intro')}</Text>
      <Select
        label={t('training.gaps.occupation')}
        description={seekerId ? t('training.gaps.occupationHintOf') : t('training.gaps.occupationHint')}
        searchable
        clearable
        limit={50}
        mb="md"
        value={occupation || null}
        onChange={(value) => setParams(value ? { occupation: value } : {})}
        data={(occupations.data ?? []).map((o) => ({ value: o.code, label: lang === 'en' ? o.titleEn : o.titleId }))}
      />
      {gaps.data && gaps.data.vacanciesConsidered > 0 && (
        <Text size="sm" mb="sm">
          {t('training.gaps.considered', { count: gaps.data.vacanciesConsidered })}
        </Text>
      )}
      {gaps.isLoading && <Loading />}
      <ErrorMessage error={gaps.error} />
      {gaps.data && items.length === 0 && <Text data-testid="no-gaps">{t('training.gaps.none')}</Text>}
      <Stack gap="sm">
        {items.map((gap) => {
          const name = skillName(gap.skill, lang);
          return (
            <Card key={gap.skill.id} withBorder component="article" data-testid="skill-gap">
              <Text component="h2" fw={700} fz="lg">
                {name}
              </Text>
              <Text size="sm">{t('training.gaps.askedBy', { count: gap.vacancies, n: number.format(gap.vacancies) })}</Text>
              <Title order={3} size="h6" mt="xs">
                {t('training.gaps.programmes')}
              </Title>
              {gap.programmes.length === 0 && <Text size="sm">{t('training.gaps.noProgrammes')}</Text>}
              <List size="sm" spacing={4}>
                {gap.programmes.map((programme) => (
                  <List.Item key={programme.id}>
                    <Anchor component={Link} to={`/trainings/${programme.id}`} size="sm" fw={600}>
                      {programme.title}
                    </Anchor>
                    {` · ${programme.centre.name}, ${programme.regency.name}`}
                    {programme.distanceKm != null ? ` (${t('training.gaps.distance', { km: number.format(programme.distanceKm) })})` : ''}
                    {programme.cohorts.length === 0 ? (
                      <Text size="sm">{t('training.search.noCohorts')}</Text>
                    ) : (
                      programme.cohorts.map((cohort) => (
                        <Text size="sm" key={cohort.id}>
                          {t('training.cohorts.range', { from: formatDate(cohort.startsOn, lang), to: formatDate(cohort.endsOn, lang) })}
                          {` · ${t('training.search.placesLeft', { count: cohort.placesLeft })}`}
                        </Text>
                      ))
                    )}
                  </List.Item>
                ))}
              </List>
              <Anchor component={Link} to={`/trainings?skillId=${gap.skill.id}&skill=${encodeURIComponent(name)}`} size="sm" mt="xs" aria-label={t('training.gaps.applyFor', { skill: name })}>
                {t('training.gaps.seeTrainings')}
              </Anchor>
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
