import { Anchor, Divider, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { AssessmentResultView, AssessmentSession } from '../../api/types';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { Explanations, HollandCodeView, ScoreChart, ValidityNotice } from './ResultParts';
import { Suggestions } from './Suggestions';

type ResultAnswer = AssessmentResultView | { status: 'submitted' | 'in_progress' | 'failed' };

/** 202 while the worker scores; a failed scoring is kept for inspection and not polled for. */
const isPending = (answer: ResultAnswer | undefined): boolean => !!answer && !('scales' in answer) && answer.status !== 'failed';

/** The seeker's result: polls while the worker scores, then the chart, code, explanations and suggestions. */
export default function ResultPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const result = useQuery({
    queryKey: ['assessment-result', id],
    queryFn: () => api<ResultAnswer>(`/assessments/${id}/result`),
    refetchInterval: (query) => (isPending(query.state.data) ? 1500 : false),
  });
  const refused = result.error instanceof ApiError && result.error.status === 409;
  const session = useQuery({ queryKey: ['assessment-status', id], queryFn: () => api<AssessmentSession>(`/assessments/${id}`), enabled: refused });
  const answer = result.data;
  const back = (
    <Anchor component={Link} to="/assessments" size="sm">
      {t('assessments.backToList')}
    </Anchor>
  );
  if (result.isLoading) return <Loading />;
  // Not submitted yet: back to the test, at its current page.
  if (refused && !result.isFetching && session.isFetchedAfterMount && session.data?.status === 'in_progress') return <Navigate to={`/assessments/${id}`} replace />;
  if (answer && !('scales' in answer) && answer.status === 'failed') {
    return (
      <>
        <PageTitle>{t('assessments.result.title')}</PageTitle>
        <Text role="alert" mb="md">
          {t('assessments.result.failed')}
        </Text>
        {back}
      </>
    );
  }
  if (!answer || isPending(answer)) {
    return (
      <>
        <PageTitle>{t('assessments.result.title')}</PageTitle>
        <ErrorMessage error={result.error} />
        {answer && (
          <Stack gap="sm" role="status" aria-live="polite" data-testid="scoring">
            <Text fw={600}>{t('assessments.result.scoring')}</Text>
            <Text size="sm">{t('assessments.result.scoringHint')}</Text>
            <Loading />
          </Stack>
        )}
        {back}
      </>
    );
  }
  const view = answer as AssessmentResultView;
  const invalid = view.status === 'invalid';
  const flat = view.holland?.flat === true;
  return (
    <>
      <PageTitle>{t(view.kind === 'interest' ? 'assessments.result.interestTitle' : 'assessments.result.personalityTitle')}</PageTitle>
      <Stack gap="md">
        <ValidityNotice result={view} />
        {!invalid && (
          <>
            <HollandCodeView result={view} />
            <ScoreChart result={view} />
            {view.normVersion === null && <Text size="sm">{t('assessments.result.noNorms')}</Text>}
            <Explanations result={view} />
          </>
        )}
        {view.kind === 'interest' && !invalid && !flat && (
          <>
            <Divider />
            <Suggestions assessmentId={view.assessmentId} />
          </>
        )}
        {view.kind === 'personality' && !invalid && <Text size="sm">{t('assessments.result.personalityNote')}</Text>}
        <Text size="sm">{t('assessments.result.guardrail')}</Text>
        {back}
      </Stack>
    </>
  );
}
