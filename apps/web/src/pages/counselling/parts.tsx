import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { caseKey, type CaseDetail, type PriorityGroup, type RiskLevel } from '../../api/counselling';
import { COLORS, ErrorMessage, formatDate, PageTitle } from '../../components/common';

const RISK_COLORS: Record<RiskLevel, string> = { high: COLORS.red, medium: COLORS.orange, low: COLORS.green };

/** The level that counts, with the computed one beside it when a counsellor overrode it. */
export function RiskBadge({ level, score, computed }: { level: RiskLevel | null; score?: number | null; computed?: RiskLevel | null }) {
  const { t } = useTranslation();
  if (!level) return <Badge color={COLORS.gray}>{t('counselling.risk.none')}</Badge>;
  const overridden = computed && computed !== level;
  return (
    <Badge color={RISK_COLORS[level]} variant="filled" style={{ textTransform: 'none' }} data-testid="risk-badge">
      {t(`counselling.riskLevel.${level}`)}
      {score !== undefined && score !== null ? ` · ${score}` : ''}
      {overridden ? ` · ${t('counselling.risk.overridden')}` : ''}
    </Badge>
  );
}

export function PriorityBadges({ groups }: { groups: PriorityGroup[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) return null;
  return (
    <Group gap={4}>
      {groups.map((group) => (
        <Badge key={group} color={COLORS.violet} variant="outline" style={{ textTransform: 'none' }}>
          {t(`counselling.priority.${group}`)}
        </Badge>
      ))}
    </Group>
  );
}

/** The seeker page's data, shared by the case's sub-pages (one cache entry per seeker). */
export function useCase(seekerId: string) {
  return useQuery({ queryKey: caseKey(seekerId), queryFn: () => api<CaseDetail>(`/counselling/cases/${seekerId}`) });
}

export function BackToCase({ seekerId, name }: { seekerId: string; name?: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/counsellor/cases/${seekerId}`} size="sm" display="block" mb="sm">
      {t('counselling.backToCase', { name: name ?? '' })}
    </Anchor>
  );
}

export function dateTime(value: string, language: string): string {
  return new Date(value).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function DueText({ dueOn, overdue }: { dueOn: string | null; overdue?: boolean }) {
  const { t, i18n } = useTranslation();
  if (!dueOn) return null;
  return (
    <Text size="sm" c={overdue ? COLORS.red : undefined} fw={overdue ? 700 : undefined}>
      {t(overdue ? 'counselling.plan.overdue' : 'counselling.plan.due', { date: formatDate(dueOn, i18n.language) })}
    </Text>
  );
}

/** A local date-time input's value (YYYY-MM-DDTHH:mm, Jakarta time) as ISO 8601 with the +07:00 zone the API asks for. */
export function wibIso(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+07:00`;
}

/** What a case page shows when the case cannot be read (another office's seeker answers like a missing one). */
export function CaseError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to="/counsellor/cases" size="sm" display="block" mb="sm">
        {t('counselling.backToCaseload')}
      </Anchor>
      <PageTitle>{t('counselling.case.title')}</PageTitle>
      <ErrorMessage error={error} />
    </>
  );
}
