import { Alert, Badge, Center, Loader, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

/** A page's heading, which also names the browser tab. */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · Kerjaku`;
  }, [children]);
  return (
    <Title order={1} size="h2" mb="md">
      {children}
    </Title>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    // The spinner is a plain span, which may not carry a label; the status says it in words.
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}

/** The API's message (it says what to change), or a generic one. */
export function ErrorMessage({ error, children }: { error: unknown; children?: ReactNode }) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = error instanceof ApiError ? error.message : t('common.networkError');
  return (
    <Alert color={COLORS.red} variant="outline" role="alert" title={t('common.errorTitle')} my="sm">
      {message}
      {children}
    </Alert>
  );
}

/** Colours that keep white text (and text on white) above 4.5:1; Mantine's mid shades do not. */
export const COLORS = {
  blue: '#1864ab',
  indigo: '#364fc7',
  violet: '#5f3dc4',
  teal: '#0b6e63',
  green: '#1e6b30',
  orange: '#a34700',
  red: '#c92a2a',
  gray: '#495057',
  dark: '#212529',
} as const;

const STATUS_COLORS: Record<string, keyof typeof COLORS> = {
  submitted: 'blue',
  screening: 'indigo',
  interview: 'violet',
  offered: 'teal',
  hired: 'green',
  rejected: 'red',
  withdrawn: 'gray',
  not_answered: 'gray',
  draft: 'gray',
  published: 'green',
  closed: 'dark',
  filled: 'teal',
  pending: 'orange',
  verified: 'green',
  active: 'green',
  needs_reconfirmation: 'orange',
  lapsed: 'red',
  expired: 'red',
};

export function StatusBadge({ status, group }: { status: string; group: 'application' | 'vacancy' | 'company' | 'ak1' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[STATUS_COLORS[status] ?? 'gray']} variant="filled">
      {t(`status.${group}.${status}`)}
    </Badge>
  );
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Text with the search API's <mark>…</mark> around matches, shown without any other HTML. */
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(/(<mark>|<\/mark>)/);
  let marked = false;
  const nodes: ReactNode[] = [];
  parts.forEach((part, index) => {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) {
      const plain = part.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
      nodes.push(marked ? <mark key={index}>{plain}</mark> : plain);
    }
  });
  return <>{nodes}</>;
}

export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  return new Date(value).toLocaleDateString(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatRupiah(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(value);
}
