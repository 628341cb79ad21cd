import { Alert, Badge, Button, FileInput, Group, List, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';

interface ReliabilityRow {
  instrumentId: string;
  instrumentVersion: string;
  scale: string;
  alpha: number | null;
  n: number;
  computedAt: string;
  alarm: boolean;
}
interface NormVersion {
  version: string;
  instrumentId: string;
  instrumentVersion: string;
  status: string;
  groups: Array<{ groupKey: string; n: number }>;
  createdAt: string;
  activatedAt: string | null;
}
interface InstrumentVersion {
  id: string;
  version: string;
  kind: string;
  title: unknown;
  itemCount: number;
  pageCount: number;
  publishedAt: string;
}
interface Problem {
  path?: string;
  message: string;
}
interface Uploaded {
  id: string;
  version: string;
  kind: string;
  itemCount: number;
  pageCount: number;
}

const KEY = ['admin', 'psychometrics'];

/** A table that scrolls sideways on a phone; focusable and named, so a keyboard user can scroll it too. */
function Scrollable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }}>
      {children}
    </div>
  );
}

function titleOf(title: unknown, language: string): string {
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object') {
    const record = title as Record<string, unknown>;
    const value = record[language] ?? record.id ?? record.en;
    if (typeof value === 'string') return value;
  }
  return '';
}

function Reliability() {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: [...KEY, 'reliability'], queryFn: () => api<{ threshold: number; items: ReliabilityRow[] }>('/admin/psychometrics/reliability') });
  const items = query.data?.items ?? [];
  const threshold = query.data?.threshold ?? 0.7;
  return (
    <section aria-labelledby="psy-reliability">
      <Title order={2} size="h3" id="psy-reliability" mb="xs">
        {t('adminPsy.reliabilityTitle')}
      </Title>
      {query.isLoading && <Loading />}
      <ErrorMessage error={query.error} />
      {items.some((row) => row.alarm) && (
        <Alert role="alert" color={COLORS.red} variant="outline" title={t('adminPsy.alarmTitle')} mb="sm" data-testid="reliability-alarm">
          {t('adminPsy.alarmBody', { threshold: threshold.toFixed(2).replace(/^0/, '') })}
        </Alert>
      )}
      {query.data && items.length === 0 && <Text>{t('adminPsy.reliabilityEmpty')}</Text>}
      {items.length > 0 && (
        <Scrollable label={t('adminPsy.reliabilityTitle')}>
          <Table striped data-testid="reliability-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adminPsy.instrument')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.scale')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.alpha')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.n')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.computedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((row) => (
                <Table.Tr key={`${row.instrumentId}/${row.instrumentVersion}/${row.scale}`}>
                  <Table.Td>
                    {row.instrumentId} {row.instrumentVersion}
                  </Table.Td>
                  <Table.Td>{row.scale}</Table.Td>
                  <Table.Td>
                    {row.alpha === null ? '—' : row.alpha.toFixed(2)}{' '}
                    {row.alarm && (
                      <Badge color={COLORS.red} variant="filled">
                        {t('adminPsy.lowAlpha')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{row.n}</Table.Td>
                  <Table.Td>{new Date(row.computedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'id-ID')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scrollable>
      )}
    </section>
  );
}

function Norms() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: [...KEY, 'norms'], queryFn: () => api<{ minGroupSize: number; items: NormVersion[] }>('/admin/psychometrics/norms') });
  const activate = useMutation({
    mutationFn: (version: string) => api(`/admin/psychometrics/norms/${encodeURIComponent(version)}/activate`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...KEY, 'norms'] }),
  });
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="psy-norms">
      <Title order={2} size="h3" id="psy-norms" mb="xs">
        {t('adminPsy.normsTitle')}
      </Title>
      {query.isLoading && <Loading />}
      <ErrorMessage error={query.error ?? activate.error} />
      {query.data && <Text size="sm">{t('adminPsy.normsHint', { min: query.data.minGroupSize })}</Text>}
      {query.data && items.length === 0 && <Text>{t('adminPsy.normsEmpty')}</Text>}
      {items.length > 0 && (
        <Scrollable label={t('adminPsy.normsTitle')}>
          <Table striped data-testid="norms-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adminPsy.version')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.instrument')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.groups')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.status')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((norm) => (
                <Table.Tr key={norm.version} data-testid="norm-version">
                  <Table.Td>{norm.version}</Table.Td>
                  <Table.Td>
                    {norm.instrumentId} {norm.instrumentVersion}
                  </Table.Td>
                  <Table.Td>
                    {norm.groups.map((group) => `${group.groupKey} (n = ${group.n})`).join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <Text span data-testid="norm-status">
                      {t(`adminPsy.normStatus.${norm.status}`, { defaultValue: norm.status })}
                    </Text>
                    {norm.activatedAt && <Text size="xs">{formatDate(norm.activatedAt, i18n.language)}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {norm.status === 'draft' && (
                      <Button
                        size="xs"
                        aria-label={t('adminPsy.activateOf', { version: norm.version })}
                        loading={activate.isPending && activate.variables === norm.version}
                        onClick={() => {
                          if (window.confirm(t('adminPsy.activateConfirm', { version: norm.version }))) activate.mutate(norm.version);
                        }}
                      >
                        {t('adminPsy.activate')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scrollable>
      )}
    </section>
  );
}

function problemsOf(error: unknown): Problem[] {
  if (!(error instanceof ApiError) || !error.details) return [];
  const details = error.details as unknown;
  if (!Array.isArray(details)) return [];
  return details.filter((item): item is Problem => !!item && typeof item === 'object' && typeof (item as Problem).message === 'string');
}

function Instruments() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [parseError, setParseError] = useState<string | null>(null);
  const query = useQuery({ queryKey: [...KEY, 'instruments'], queryFn: () => api<{ items: InstrumentVersion[] }>('/admin/instruments') });
  const upload = useMutation({
    mutationFn: (body: unknown) => api<Uploaded>('/admin/instruments', { method: 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...KEY, 'instruments'] }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParseError(null);
    upload.reset();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      setParseError(error instanceof Error ? error.message : String(error));
      return;
    }
    upload.mutate(body);
  };
  const problems = problemsOf(upload.error);
  const items = query.data?.items ?? [];
  return (
    <section aria-labelledby="psy-instruments">
      <Title order={2} size="h3" id="psy-instruments" mb="xs">
        {t('adminPsy.instrumentsTitle')}
      </Title>
      {query.isLoading && <Loading />}
      <ErrorMessage error={query.error} />
      {query.data && items.length === 0 && <Text>{t('adminPsy.instrumentsEmpty')}</Text>}
      {items.length > 0 && (
        <Scrollable label={t('adminPsy.instrumentsTitle')}>
          <Table striped data-testid="instruments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('adminPsy.instrument')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.version')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.kind')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.items')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.pages')}</Table.Th>
                <Table.Th scope="col">{t('adminPsy.publishedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <Table.Tr key={`${item.id}/${item.version}`}>
                  <Table.Td>
                    {item.id}
                    {titleOf(item.title, i18n.language) && <Text size="xs">{titleOf(item.title, i18n.language)}</Text>}
                  </Table.Td>
                  <Table.Td>{item.version}</Table.Td>
                  <Table.Td>{item.kind}</Table.Td>
                  <Table.Td>{item.itemCount}</Table.Td>
                  <Table.Td>{item.pageCount}</Table.Td>
                  <Table.Td>{formatDate(item.publishedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Scrollable>
      )}
      <Title order={3} size="h4" mt="md" mb="xs" id="psy-upload">
        {t('adminPsy.uploadTitle')}
      </Title>
      <form onSubmit={submit} aria-labelledby="psy-upload">
        <Stack gap="xs">
          <FileInput
            label={t('adminPsy.uploadFile')}
            accept="application/json,.json"
            clearable
            onChange={(file) => {
              if (file) void file.text().then(setText);
            }}
          />
          <Textarea label={t('adminPsy.uploadLabel')} required autosize minRows={6} maxRows={20} value={text} onChange={(e) => setText(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} />
          {parseError && (
            <Alert role="alert" color={COLORS.red} variant="outline">
              {t('adminPsy.invalidJson', { message: parseError })}
            </Alert>
          )}
          {problems.length > 0 ? (
            <Alert role="alert" color={COLORS.red} variant="outline" title={t('adminPsy.problemsTitle')} data-testid="upload-problems">
              <List size="sm">
                {problems.map((problem, index) => (
                  <List.Item key={index}>{problem.path ? `${problem.path}: ${problem.message}` : problem.message}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <ErrorMessage error={upload.error} />
          )}
          {upload.data && (
            <Alert role="status" color={COLORS.green} variant="outline">
              {t('adminPsy.uploaded', { id: upload.data.id, version: upload.data.version, items: upload.data.itemCount, pages: upload.data.pageCount })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('adminPsy.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

export default function AdminPsychometricsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('adminPsy.title')}</PageTitle>
      <Stack gap="xl">
        <Reliability />
        <Norms />
        <Instruments />
      </Stack>
    </>
  );
}
