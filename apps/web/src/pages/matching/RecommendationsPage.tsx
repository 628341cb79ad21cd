import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/common';
import { JobMatchList } from './JobMatchList';

/** The job seeker's recommended vacancies, with the reasons for each score. */
export default function RecommendationsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('matching.jobs.title')}</PageTitle>
      <Text size="sm" mb="sm">
        {t('matching.jobs.intro')}
      </Text>
      <Anchor component={Link} to="/skill-gaps" size="sm" mb="sm" display="inline-block">
        {t('training.gaps.fromRecommendations')}
      </Anchor>
      <JobMatchList />
    </>
  );
}
