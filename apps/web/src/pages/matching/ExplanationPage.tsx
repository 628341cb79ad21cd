import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, queryString } from '../../api/client';
import type { MatchExplanationView } from '../../api/matching';
import { ErrorMessage, Loading, PageTitle } from '../../components/common';
import { Explanation } from './MatchParts';

export function useExplanation(vacancyId: string | null, seekerId?: string) {
  return useQuery({
    queryKey: ['matching', 'explanation', vacancyId, seekerId ?? 'me'],
    queryFn: () => api<MatchExplanationView>(`/matching/explanation${queryString({ vacancyId, seekerId })}`),
    enabled: Boolean(vacancyId),
  });
}

/**
 * "Mengapa skor ini?": one vacancy and one seeker, for the seeker (/recommendations/:vacancyId/why)
 * or their counsellor (/counsellor/seekers/:seekerId/why/:vacancyId). Works for pairs in no list.
 */
export default function ExplanationPage() {
  const { vacancyId = '', seekerId } = useParams();
  const { t } = useTranslation();
  const explanation = useExplanation(vacancyId, seekerId);
  const data = explanation.data;
  const back = seekerId ? `/counsellor/seekers/${seekerId}/matches` : '/recommendations';
  return (
    <>
      <PageTitle>{data ? t('matching.why.title', { title: data.vacancy.title }) : t('matching.why.titlePlain')}</PageTitle>
      {explanation.isLoading && <Loading />}
      <ErrorMessage error={explanation.error} />
      {data && (
        <Stack gap="sm">
          <Text size="sm">
            {seekerId ? t('matching.why.forSeeker', { name: data.seeker.name, employer: data.vacancy.employerName }) : data.vacancy.employerName}
          </Text>
          <Anchor component={Link} to={`/vacancies/${data.vacancy.id}`} size="sm">
            {t('matching.openVacancy')}
          </Anchor>
          <Explanation explanation={data} audience={seekerId ? 'counsellor' : 'seeker'} />
        </Stack>
      )}
      <Anchor component={Link} to={back} size="sm" mt="md" display="block">
        {t(seekerId ? 'matching.backCounsellor' : 'matching.backSeeker')}
      </Anchor>
    </>
  );
}
