import { Alert, Anchor, Badge, Button, Checkbox, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../api/client';
import type { Application, Vacancy } from '../api/types';
import { useSession } from '../auth/session';
import { pick } from '../i18n';
import { ErrorMessage, formatDate, formatRupiah, Loading, PageTitle, COLORS } from '../components/common';

export default function VacancyPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [share, setShare] = useState(false);
  const vacancy = useQuery({ queryKey: ['vacancy', id], queryFn: () => api<Vacancy>(`/vacancies/${id}`) });
  const apply = useMutation({
    mutationFn: () => api<Application>('/applications', { method: 'POST', body: { vacancyId: id, shareAssessment: share } }),
  });

  if (vacancy.isLoading) return <Loading />;
  if (!vacancy.data) return <ErrorMessage error={vacancy.error} />;
  const v = vacancy.data;
  const lang = i18n.language;
  return (
    <article>
      <PageTitle>{v.title}</PageTitle>
      <Stack gap={4} mb="md">
        <Text fw={600}>
          {v.employer.name} {v.employer.verified && <Badge color={COLORS.green} variant="filled">{t('vacancy.verifiedEmployer')}</Badge>}
        </Text>
        <Text>{v.isRemote ? t('search.remote') : (v.regency?.name ?? '')}</Text>
        <Text>{t(`employmentType.${v.employmentType}`)}</Text>
        {(v.wageMin || v.wageMax) && <Text>{[formatRupiah(v.wageMin, lang), formatRupiah(v.wageMax, lang)].filter(Boolean).join(' – ')}</Text>}
        {v.deadline && <Text>{t('search.deadline', { date: formatDate(v.deadline, lang) })}</Text>}
        <Text>{t('vacancy.openings', { count: v.openings })}</Text>
        {v.experienceMinMonths > 0 && <Text>{t('vacancy.experience', { count: v.experienceMinMonths })}</Text>}
      </Stack>
      <Title order={2} size="h4">
        {t('vacancy.description')}
      </Title>
      <Text style={{ whiteSpace: 'pre-line' }} mb="md">
        {v.description}
      </Text>
      {v.skills.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('vacancy.skills')}
          </Title>
          <List mb="md">
            {v.skills.map((skill) => (
              <List.Item key={skill.skillId}>
                {pick(skill.name, lang)} ({t(`vacancy.importance.${skill.importance}`)})
              </List.Item>
            ))}
          </List>
        </>
      )}
      {v.accommodations.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('vacancy.accommodations')}
          </Title>
          <List mb="md">
            {v.accommodations.map((code) => (
              <List.Item key={code}>{t(`accommodation.${code}`)}</List.Item>
            ))}
          </List>
        </>
      )}
      {user?.role === 'job_seeker' && (
        <Text mb="md">
          <Anchor component={Link} to={`/recommendations/${id}/why`} data-testid="how-well-link">
            {t('vacancy.howWell')}
          </Anchor>
        </Text>
      )}
      <section aria-labelledby="apply-heading">
        <Title order={2} size="h4" id="apply-heading">
          {t('vacancy.apply')}
        </Title>
        {!user && (
          <Text>
            <Anchor component={Link} to={`/login?next=/vacancies/${id}`}>
              {t('vacancy.loginToApply')}
            </Anchor>
          </Text>
        )}
        {user && user.role !== 'job_seeker' && <Text>{t('vacancy.onlySeekers')}</Text>}
        {user?.role === 'job_seeker' &&
          (apply.isSuccess ? (
            <Alert color={COLORS.green} variant="outline" role="status" title={t('vacancy.applied')}>
              <Anchor component={Link} to="/applications">
                {t('vacancy.seeApplications')}
              </Anchor>
            </Alert>
          ) : (
            <Group>
              <Checkbox label={t('vacancy.shareAssessment')} checked={share} onChange={(e) => setShare(e.currentTarget.checked)} />
              <Button onClick={() => apply.mutate()} loading={apply.isPending}>
                {t('vacancy.applyButton')}
              </Button>
            </Group>
          ))}
        <ErrorMessage error={apply.error} />
      </section>
    </article>
  );
}
