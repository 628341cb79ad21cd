import { Button, Card, Group, NativeSelect, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api } from '../../api/client';
import { OVERRIDE_REASON_MIN_LENGTH, RISK_LEVELS, caseKey, type CaseDetail, type RiskView } from '../../api/counselling';
import { ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { BackToCase, RiskBadge, useCase, CaseError } from './parts';

function factValue(value: RiskView['factors'][number]['value'], t: (key: string) => string): string {
  if (value === null) return '–';
  if (typeof value === 'boolean') return t(value ? 'counselling.risk.yes' : 'counselling.risk.no');
  return String(value);
}

/** The risk profile with each factor's points, and the override (a level with a reason; the computed score stays). */
export default function ProfilingPage() {
  const { seekerId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const query = useCase(seekerId);
  const queryClient = useQueryClient();
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const store = (risk: RiskView) => {
    queryClient.setQueryData<CaseDetail>(caseKey(seekerId), (old) => (old ? { ...old, risk } : old));
    void queryClient.invalidateQueries({ queryKey: ['counselling-cases'] });
  };
  const override = useMutation({
    mutationFn: () => api<RiskView>(`/counselling/cases/${seekerId}/profiling/override`, { method: 'PUT', body: { level, reason: reason.trim() } }),
    onSuccess: (risk) => {
      store(risk);
      setReason('');
      setLevel('');
    },
  });
  const clear = useMutation({ mutationFn: () => api<RiskView>(`/counselling/cases/${seekerId}/profiling/override`, { method: 'DELETE' }), onSuccess: store });
  const refresh = useMutation({ mutationFn: () => api<RiskView>(`/counselling/cases/${seekerId}/profiling`, { method: 'POST' }), onSuccess: store });
  if (query.isLoading) return <Loading />;
  const data = query.data;
  if (!data) return <CaseError error={query.error} />;
  const risk = data.risk;
  const open = data.case.status === 'open';
  return (
    <>
      <BackToCase seekerId={seekerId} name={data.profile.fullName} />
      <PageTitle>{t('counselling.risk.pageTitle', { name: data.profile.fullName })}</PageTitle>
      <Text size="sm" mb="sm">
        {t('counselling.risk.explain')}
      </Text>
      <Group gap="xs" mb="sm">
        <RiskBadge level={risk.effectiveLevel} score={risk.score} computed={risk.level} />
        {risk.computedAt && <Text size="sm">{t('counselling.risk.computedAt', { date: formatDate(risk.computedAt, i18n.language), version: risk.version })}</Text>}
      </Group>
      <Table.ScrollContainer minWidth={300}>
        <Table striped data-testid="risk-factors">
          <caption>{t('counselling.risk.factorsCaption', { score: risk.score ?? '–' })}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('counselling.risk.factor')}</Table.Th>
              <Table.Th scope="col">{t('counselling.risk.value')}</Table.Th>
              <Table.Th scope="col">{t('counselling.risk.points')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {risk.factors.map((f) => (
              <Table.Tr key={f.factor}>
                <Table.Th scope="row" fw={400}>
                  {f.label[lang]}
                </Table.Th>
                <Table.Td>{factValue(f.value, t)}</Table.Td>
                <Table.Td>
                  {f.points} / {f.maxPoints}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {open && (
        <Button variant="outline" size="sm" mt="xs" loading={refresh.isPending} onClick={() => refresh.mutate()}>
          {t('counselling.risk.recompute')}
        </Button>
      )}
      <ErrorMessage error={refresh.error} />

      <Card withBorder mt="md" padding="sm" component="section" aria-labelledby="override-title">
        <Title order={2} size="h4" id="override-title" mb="xs">
          {t('counselling.risk.overrideTitle')}
        </Title>
        {risk.override ? (
          <Stack gap={4} data-testid="risk-override">
            <Text size="sm">
              {t('counselling.risk.overrideSummary', { level: t(`counselling.riskLevel.${risk.override.level}`), reason: risk.override.reason })}
            </Text>
            <Text size="sm">{t('counselling.risk.overrideBy', { name: risk.override.by.fullName ?? '', date: formatDate(risk.override.at, i18n.language) })}</Text>
            {open && (
              <Button variant="outline" size="sm" onClick={() => clear.mutate()} loading={clear.isPending}>
                {t('counselling.risk.clearOverride')}
              </Button>
            )}
            <ErrorMessage error={clear.error} />
          </Stack>
        ) : (
          <Text size="sm">{t('counselling.risk.noOverride')}</Text>
        )}
        {open && (
          <form
            aria-label={t('counselling.risk.overrideTitle')}
            onSubmit={(e) => {
              e.preventDefault();
              const short = reason.trim().length < OVERRIDE_REASON_MIN_LENGTH;
              setTooShort(short);
              if (!short) override.mutate();
            }}
          >
            <Stack gap={6} mt="sm">
              <NativeSelect
                label={t('counselling.risk.newLevel')}
                required
                value={level}
                onChange={(e) => setLevel(e.currentTarget.value)}
                data={[{ value: '', label: t('counselling.choose') }, ...RISK_LEVELS.map((value) => ({ value, label: t(`counselling.riskLevel.${value}`) }))]}
              />
              <Textarea
                label={t('counselling.risk.reason')}
                description={t('counselling.risk.reasonHelp', { count: OVERRIDE_REASON_MIN_LENGTH })}
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={tooShort ? t('counselling.risk.reasonTooShort', { count: OVERRIDE_REASON_MIN_LENGTH }) : undefined}
              />
              <ErrorMessage error={override.error} />
              <Button type="submit" size="sm" loading={override.isPending}>
                {t('counselling.risk.saveOverride')}
              </Button>
            </Stack>
          </form>
        )}
      </Card>
    </>
  );
}
