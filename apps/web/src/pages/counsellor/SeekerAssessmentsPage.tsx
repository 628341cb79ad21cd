import { Alert, Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { CounsellorSeekerAssessments } from '../../api/types';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { Explanations, FlagList, HollandCodeView, MetricsTable, ProtocolBadge, ScoreChart, ValidityNotice } from '../assessments/ResultParts';

/** One seeker's results for their counsellor: scores, validity flags and metrics. */
export default function SeekerAssessmentsPage() {
  const { seekerId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const results = useQuery({ queryKey: ['counsellor-seeker', seekerId], queryFn: () => api<CounsellorSeekerAssessments>(`/counsellor/seekers/${seekerId}/assessments`) });
  if (results.isLoading) return <Loading />;
  const data = results.data;
  return (
    <>
      <PageTitle>{data ? t('counsellor.seekerTitle', { name: data.seeker.fullName }) : t('counsellor.title')}</PageTitle>
      <Anchor component={Link} to={`/counsellor/seekers/${seekerId}/matches`} display="block" mb="sm" data-testid="seeker-matches-link">
        {t('counsellor.matches')}
      </Anchor>
      <ErrorMessage error={results.error} />
      {data?.items.length === 0 && <Text>{t('counsellor.noResults')}</Text>}
      <Stack gap="lg">
        {data?.items.map((result) => {
          const invalid = result.status === 'invalid' || result.holland?.flat === true;
          return (
            <Card key={result.assessmentId} withBorder component="section" aria-labelledby={`result-${result.assessmentId}`} data-testid="counsellor-result">
              <Title order={2} size="h3" id={`result-${result.assessmentId}`}>
                {t(result.kind === 'interest' ? 'assessments.result.interestTitle' : 'assessments.result.personalityTitle')}
              </Title>
              <Group gap="xs" my="xs">
                <ProtocolBadge status={result.status} />
                {result.scoredAt && <Text size="sm">{formatDate(result.scoredAt, i18n.language)}</Text>}
                <Text size="sm">{t('counsellor.versions', { scoring: result.scoringVersion, norms: result.normVersion ?? t('counsellor.noNorms') })}</Text>
              </Group>
              <Stack gap="md">
                <ValidityNotice result={result} forCounsellor />
                {invalid && (
                  <Alert color={COLORS.blue} variant="outline" title={t('counsellor.promptTitle')}>
                    {t('counsellor.prompt')}
                  </Alert>
                )}
                <Title order={3} size="h5">
                  {t('counsellor.flags')}
                </Title>
                <FlagList flags={result.flags} kind={result.kind} />
                <Title order={3} size="h5">
                  {t('assessments.metrics.title')}
                </Title>
                <MetricsTable result={result} />
                <HollandCodeView result={result} level={3} />
                <ScoreChart result={result} level={3} />
                <Explanations result={result} level={3} forCounsellor />
              </Stack>
            </Card>
          );
        })}
      </Stack>
      <Anchor component={Link} to="/counsellor/assessments" size="sm" mt="md" display="block">
        {t('counsellor.back')}
      </Anchor>
    </>
  );
}
