import { Alert, Badge, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMetrics, AssessmentResultView, ValidityFlag } from '../../api/types';
import { pick } from '../../i18n';
import { COLORS } from '../../components/common';
import { chartScales, codeGroups, formatCode } from './holland';

const BAR_COLOR = COLORS.blue;
const ROW = 46;
const WIDTH = 320;

interface Row {
  id: string;
  label: string;
  /** 0–100 or null when the scale could not be scored. */
  value: number | null;
  text: string;
}

/** One number in the page's language. */
export function formatNumber(value: number | null | undefined, language: string, digits = 0): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

function rowsOf(result: AssessmentResultView, t: (key: string, options?: Record<string, unknown>) => string, language: string): { rows: Row[]; normed: boolean } {
  // With an active norm version the bars are percentiles in the norm group (and personality scales have
  // bands); without one they are POMP, the percent of the maximum possible score.
  const normed = result.normVersion !== null && chartScales(result.kind).some((id) => typeof result.scales[id]?.percentile === 'number');
  const rows = chartScales(result.kind).map((id) => {
    const scale = result.scales[id];
    const label = t(`assessments.scale.${result.kind}.${id}`);
    if (!scale || scale.pomp === null) return { id, label, value: null, text: t('assessments.chart.notScored') };
    if (normed && scale.percentile !== null) {
      const percentile = formatNumber(scale.percentile, language);
      const text = scale.band ? t('assessments.chart.banded', { band: t(`assessments.band.${scale.band}`), percentile }) : t('assessments.chart.percentile', { percentile });
      return { id, label, value: scale.percentile, text };
    }
    return { id, label, value: scale.pomp, text: t('assessments.chart.pomp', { value: formatNumber(scale.pomp, language) }) };
  });
  return { rows, normed };
}

/**
 * A horizontal bar chart in plain SVG (no chart library): one bar per scale, 0 to 100. The SVG is an
 * image with a title and a description that say every value; the table under it says the same.
 */
export function ScoreChart({ result, level = 2 }: { result: AssessmentResultView; level?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const { rows, normed } = rowsOf(result, t, i18n.language);
  const height = rows.length * ROW + 24;
  const barWidth = (value: number) => Math.max(2, (value / 100) * (WIDTH - 2));
  const title = t(result.kind === 'interest' ? 'assessments.chart.interestTitle' : 'assessments.chart.personalityTitle');
  const axis = t(normed ? 'assessments.chart.percentileAxis' : 'assessments.chart.pompAxis');
  return (
    <Stack gap="xs" data-testid="score-chart">
      <Title order={level} size="h4">
        {title}
      </Title>
      <Text size="sm">{axis}</Text>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`} style={{ maxWidth: 560 }}>
        <title id={titleId}>{title}</title>
        <desc id={descId}>{rows.map((row) => `${row.label}: ${row.text}`).join('; ')}</desc>
        {[0, 50, 100].map((tick) => (
          <g key={tick} aria-hidden="true">
            <line x1={1 + (tick / 100) * (WIDTH - 2)} x2={1 + (tick / 100) * (WIDTH - 2)} y1={0} y2={height - 16} stroke="#adb5bd" strokeDasharray={tick === 0 ? undefined : '3 3'} />
            <text x={tick === 0 ? 1 : tick === 100 ? WIDTH - 1 : WIDTH / 2} y={height - 3} fontSize="11" fill="#495057" textAnchor={tick === 0 ? 'start' : tick === 100 ? 'end' : 'middle'}>
              {tick}
            </text>
          </g>
        ))}
        {rows.map((row, index) => {
          const y = index * ROW;
          return (
            <g key={row.id} aria-hidden="true">
              <text x={4} y={y + 15} fontSize="13" fill="#212529" fontWeight={600}>
                {row.label} · {row.text}
              </text>
              {row.value === null ? (
                <rect x={1} y={y + 21} width={WIDTH - 2} height={16} fill="none" stroke="#868e96" strokeDasharray="4 3" />
              ) : (
                <rect x={1} y={y + 21} width={barWidth(row.value)} height={16} rx={2} fill={BAR_COLOR} />
              )}
            </g>
          );
        })}
      </svg>
      <Table withTableBorder withColumnBorders fz="sm" data-testid="score-table">
        <caption className="visually-hidden">{title}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('assessments.chart.scale')}</Table.Th>
            <Table.Th scope="col">{t('assessments.chart.raw')}</Table.Th>
            <Table.Th scope="col">{normed ? t('assessments.chart.band') : t('assessments.chart.pompShort')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const scale = result.scales[row.id];
            return (
              <Table.Tr key={row.id}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{formatNumber(scale?.raw, i18n.language)}</Table.Td>
                <Table.Td>{row.text}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The Holland code, tied letters shown as tied. */
export function HollandCodeView({ result, level = 2 }: { result: AssessmentResultView; level?: 2 | 3 }) {
  const { t } = useTranslation();
  if (result.kind !== 'interest') return null;
  if (result.holland?.flat) return null;
  const groups = codeGroups(result);
  if (groups.length === 0) return null;
  const tied = groups.some((group) => group.length > 1);
  return (
    <Stack gap={4} data-testid="holland-code">
      <Title order={level} size="h4">
        {t('assessments.holland.title')}
      </Title>
      <Text fz={28} fw={700} lh={1.2}>
        {formatCode(groups)}
      </Text>
      <Text size="sm">{groups.map((group) => group.map((letter) => t(`assessments.scale.interest.${letter}`)).join(' = ')).join(' · ')}</Text>
      {tied && <Text size="sm">{t('assessments.holland.tied')}</Text>}
      <Text size="sm">{t('assessments.holland.explain')}</Text>
    </Stack>
  );
}

/** The flag in plain words, with the server's own explanation when it sends one. */
export function flagText(flag: ValidityFlag, t: (key: string, options?: Record<string, unknown>) => string, language: string): string {
  if (flag.message) return pick(flag.message, language);
  return t(`assessments.flag.${flag.code}`, { defaultValue: flag.code });
}

/** The caution for a questionable protocol, the message for an invalid or flat one. */
export function ValidityNotice({ result, forCounsellor = false }: { result: AssessmentResultView; forCounsellor?: boolean }) {
  const { t, i18n } = useTranslation();
  const flat = result.holland?.flat === true;
  if (result.status === 'valid' && !flat) return null;
  const invalid = result.status === 'invalid' || flat;
  const flags = result.flags.filter((flag) => invalid || flag.severity === 'warning');
  return (
    <Alert
      color={invalid ? COLORS.red : COLORS.orange}
      variant="outline"
      title={t(invalid ? 'assessments.validity.invalidTitle' : 'assessments.validity.questionableTitle')}
      data-testid={invalid ? 'invalid-notice' : 'caution-banner'}
      my="sm"
    >
      <Text size="sm">{t(invalid ? (forCounsellor ? 'assessments.validity.invalidCounsellor' : flat ? 'assessments.validity.flat' : 'assessments.validity.invalid') : 'assessments.validity.questionable')}</Text>
      {flags.length > 0 && (
        <List size="sm" mt="xs">
          {flags.map((flag, index) => (
            <List.Item key={`${flag.code}-${index}`}>{flagText(flag, t, i18n.language)}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}

/** The server's plain-language explanations, in the chosen language. */
export function Explanations({ result, level = 2, forCounsellor = false }: { result: AssessmentResultView; level?: 2 | 3; forCounsellor?: boolean }) {
  const { t, i18n } = useTranslation();
  // One sentence per scale of the chart, in its order (derived scales such as N are left out).
  const order = chartScales(result.kind);
  const entries = Object.entries(result.explanations ?? {}).filter(([scale]) => order.includes(scale));
  if (entries.length === 0) return null;
  entries.sort(([a], [b]) => order.indexOf(a) - order.indexOf(b));
  return (
    <Stack gap="xs" data-testid="explanations">
      <Title order={level} size="h4">
        {forCounsellor ? t('assessments.explanationsTitleCounsellor') : t('assessments.explanationsTitle')}
      </Title>
      {entries.map(([scale, text]) => (
        <div key={scale}>
          <Text fw={600} size="sm">
            {t(`assessments.scale.${result.kind}.${scale}`)}
          </Text>
          <Text size="sm">{pick(text, i18n.language)}</Text>
        </div>
      ))}
    </Stack>
  );
}

export function ProtocolBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const color = status === 'valid' ? COLORS.green : status === 'questionable' ? COLORS.orange : status === 'invalid' ? COLORS.red : COLORS.gray;
  return (
    <Badge color={color} variant="filled">
      {t(`assessments.status.${status}`, { defaultValue: status })}
    </Badge>
  );
}

/** The counsellor's table of validity metrics and counselling indicators. */
export function MetricsTable({ result }: { result: AssessmentResultView }) {
  const { t, i18n } = useTranslation();
  const metrics: Partial<AssessmentMetrics> = result.metrics ?? {};
  const rows: Array<[string, string]> = [
    [t('assessments.metrics.nMissing'), formatNumber(metrics.nMissing, i18n.language)],
    [t('assessments.metrics.longstring'), formatNumber(metrics.longstring, i18n.language)],
    [t('assessments.metrics.irv'), formatNumber(metrics.irv, i18n.language, 2)],
    [t('assessments.metrics.inconsistency'), `${formatNumber(metrics.inconsistency, i18n.language, 2)} (${t('assessments.metrics.pairs', { count: metrics.pairsUsed ?? 0 })})`],
    [t('assessments.metrics.meanItem'), formatNumber(metrics.meanItem, i18n.language, 2)],
    [t('assessments.metrics.secondsPerItem'), formatNumber(metrics.secondsPerItem, i18n.language, 1)],
    [t('assessments.metrics.fastPages'), formatNumber(metrics.fastPages, i18n.language)],
  ];
  if (result.kind === 'interest') {
    if (result.consistency !== undefined && result.consistency !== null) rows.push([t('assessments.metrics.consistency'), t(`assessments.consistency.${result.consistency}`, { defaultValue: String(result.consistency) })]);
    if (result.differentiation) {
      rows.push([t('assessments.metrics.hollandRange'), formatNumber(result.differentiation.hollandRange, i18n.language, 1)]);
      rows.push([t('assessments.metrics.iachanDI'), formatNumber(result.differentiation.iachanDI, i18n.language, 1)]);
      rows.push([t('assessments.metrics.elevation'), formatNumber(result.differentiation.elevationMean, i18n.language, 2)]);
    }
  }
  return (
    <Table withTableBorder fz="sm" data-testid="metrics">
      <caption className="visually-hidden">{t('assessments.metrics.title')}</caption>
      <Table.Tbody>
        {rows.map(([label, value]) => (
          <Table.Tr key={label}>
            <Table.Th scope="row">{label}</Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Every flag with its severity and value, for the counsellor. */
export function FlagList({ flags, kind }: { flags: ValidityFlag[]; kind: AssessmentResultView['kind'] }) {
  const { t, i18n } = useTranslation();
  if (flags.length === 0) return <Text size="sm">{t('assessments.flags.none')}</Text>;
  return (
    <Stack gap={4} data-testid="flags">
      {flags.map((flag, index) => (
        <Group key={`${flag.code}-${index}`} gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={flag.severity === 'invalid' ? COLORS.red : COLORS.orange} variant="filled" style={{ flexShrink: 0 }}>
            {t(`assessments.severity.${flag.severity}`)}
          </Badge>
          <Text size="sm">
            {flagText(flag, t, i18n.language)}
            {flag.scale ? ` (${t('assessments.flagDetail.scale', { scale: t(`assessments.scale.${kind}.${flag.scale}`, { defaultValue: flag.scale }) })})` : ''}
            {flag.value !== undefined && flag.value !== null ? ` (${t('assessments.flagDetail.value', { value: typeof flag.value === 'number' ? formatNumber(flag.value, i18n.language, 2) : flag.value })})` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
