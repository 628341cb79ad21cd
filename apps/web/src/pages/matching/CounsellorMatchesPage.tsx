import { Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, queryString } from '../../api/client';
import type { Page, SeekerProfile, VacancySummary } from '../../api/types';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { useExplanation } from './ExplanationPage';
import { JobMatchList } from './JobMatchList';
import { Explanation } from './MatchParts';

/** "Mengapa tidak?": the counsellor finds any vacancy by its title and sees how it and the seeker match, or why not. */
function WhyNotBox({ seekerId }: { seekerId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const found = useQuery({
    queryKey: ['matching', 'why-not-search', query],
    queryFn: () => api<Page<VacancySummary>>(`/vacancies${queryString({ q: query, limit: 5 })}`),
    enabled: query.length > 0,
  });
  const explanation = useExplanation(chosen, seekerId);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(text.trim());
    setChosen(null);
  };
  return (
    <Card withBorder component="section" aria-labelledby="why-not-title" data-testid="why-not-box">
      <Title order={2} size="h3" id="why-not-title">
        {t('matching.counsellor.whyNotTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('matching.counsellor.whyNotIntro')}
      </Text>
      <form onSubmit={search} role="search" aria-label={t('matching.counsellor.whyNotTitle')}>
        <Group align="flex-end" gap="xs">
          <TextInput label={t('matching.counsellor.vacancyTitle')} value={text} onChange={(event) => setText(event.currentTarget.value)} required style={{ flex: 1 }} />
          <Button type="submit">{t('matching.counsellor.search')}</Button>
        </Group>
      </form>
      {found.isLoading && <Loading />}
      <ErrorMessage error={found.error} />
      {found.data && found.data.items.length === 0 && <Text size="sm" mt="xs">{t('matching.counsellor.noVacancies')}</Text>}
      {found.data && found.data.items.length > 0 && (
        <Stack gap={4} mt="xs" component="ul" className="match-components" aria-label={t('matching.counsellor.results')}>
          {found.data.items.map((vacancy) => (
            <li key={vacancy.id}>
              <Button
                variant={chosen === vacancy.id ? 'filled' : 'light'}
                size="compact-sm"
                onClick={() => setChosen(vacancy.id)}
                aria-pressed={chosen === vacancy.id}
                styles={{ root: { height: 'auto', whiteSpace: 'normal' }, label: { whiteSpace: 'normal', textAlign: 'left' } }}
              >
                {t('matching.counsellor.explain', { title: vacancy.title, employer: vacancy.employer.name })}
              </Button>
            </li>
          ))}
        </Stack>
      )}
      {chosen && explanation.isLoading && <Loading />}
      <ErrorMessage error={chosen ? explanation.error : null} />
      {chosen && explanation.data && (
        <Stack gap="xs" mt="sm">
          <Text fw={700}>{t('matching.why.forSeeker', { name: explanation.data.seeker.name, employer: `${explanation.data.vacancy.title} · ${explanation.data.vacancy.employerName}` })}</Text>
          <Explanation explanation={explanation.data} audience="counsellor" level={3} />
          <Anchor component={Link} to={`/counsellor/seekers/${seekerId}/why/${chosen}`} size="sm">
            {t('matching.counsellor.fullPage')}
          </Anchor>
        </Stack>
      )}
    </Card>
  );
}

/** A counsellor's view of one seeker's recommendations, and the "why not" box. */
export default function CounsellorMatchesPage() {
  const { seekerId = '' } = useParams();
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ['job-seeker', seekerId], queryFn: () => api<SeekerProfile>(`/job-seekers/${seekerId}`) });
  return (
    <>
      <PageTitle>{profile.data ? t('matching.counsellor.titleOf', { name: profile.data.fullName }) : t('matching.counsellor.title')}</PageTitle>
      <ErrorMessage error={profile.error} />
      <Stack gap="md">
        <WhyNotBox seekerId={seekerId} />
        <section aria-labelledby="seeker-matches">
          <Title order={2} size="h3" id="seeker-matches" mb="xs">
            {t('matching.counsellor.recommendations')}
          </Title>
          <JobMatchList seekerId={seekerId} level={3} />
        </section>
        <Anchor component={Link} to={`/counsellor/seekers/${seekerId}/skill-gaps`} size="sm">
          {t('training.gaps.linkForCounsellor')}
        </Anchor>
        <Anchor component={Link} to={`/counsellor/seekers/${seekerId}/assessments`} size="sm">
          {t('matching.counsellor.backToSeeker')}
        </Anchor>
      </Stack>
    </>
  );
}
