import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { CounsellorAssessmentRow } from '../../api/types';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { ProtocolBadge, flagText } from '../assessments/ResultParts';

interface RowsPage {
  items: CounsellorAssessmentRow[];
  total?: number;
  page?: number;
  limit?: number;
}

/** Recent results of seekers in the counsellor's office regency, newest first, with their flags. */
export default function CounsellorAssessmentsPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useQuery({ queryKey: ['counsellor-assessments', page], queryFn: () => api<RowsPage>(`/counsellor/assessments?page=${page}`) });
  const data = list.data;
  const limit = data?.limit ?? 20;
  const hasNext = data ? (data.total !== undefined ? page * limit < data.total : data.items.length >= limit) : false;
  return (
    <>
      <PageTitle>{t('counsellor.title')}</PageTitle>
      <Text mb="md">{t('counsellor.intro')}</Text>
      {list.isLoading && <Loading />}
      <ErrorMessage error={list.error} />
      {data?.items.length === 0 && <Text>{t('counsellor.empty')}</Text>}
      <Stack gap="sm">
        {data?.items.map((row) => (
          <Card key={row.assessmentId} withBorder component="article" data-testid="counsellor-row">
            <Text component="h2" fw={700}>
              <Anchor component={Link} to={`/counsellor/seekers/${row.seeker.id}/assessments`}>
                {row.seeker.fullName}
              </Anchor>
            </Text>
            <Group gap="xs" my={4}>
              <Text size="sm">{t(`assessments.instrument.${row.instrumentId}`, { defaultValue: row.instrumentId })}</Text>
              <ProtocolBadge status={row.status} />
              {row.scoredAt && <Text size="sm">{formatDate(row.scoredAt, i18n.language)}</Text>}
            </Group>
            {row.flags.length > 0 && (
              <Group gap={6}>
                {row.flags.map((flag, index) => (
                  <Badge key={`${flag.code}-${index}`} color={flag.severity === 'invalid' ? COLORS.red : COLORS.orange} variant="outline" style={{ textTransform: 'none' }}>
                    {flagText({ ...flag, message: undefined }, t, i18n.language)}
                  </Badge>
                ))}
              </Group>
            )}
          </Card>
        ))}
      </Stack>
      {(page > 1 || hasNext) && (
        <Group mt="md">
          <Button variant="outline" disabled={page === 1} onClick={() => setPage(page - 1)}>
            {t('pagination.previous')}
          </Button>
          <Button variant="outline" disabled={!hasNext} onClick={() => setPage(page + 1)}>
            {t('pagination.next')}
          </Button>
        </Group>
      )}
    </>
  );
}
