import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import type { AssessmentPage, AssessmentSession } from '../../api/types';
import { COLORS, ErrorMessage, Loading, PageTitle } from '../../components/common';
import { scaleLabel, textOf } from './holland';

/** A choice on the page: a value of the scale, or an explicit skip (sent as null). */
type Choice = number | 'skip';

function Item({ item, page, locale, choice, onChoose, invalid }: { item: AssessmentPage['items'][number]; page: AssessmentPage; locale: string; choice: Choice | undefined; onChoose: (choice: Choice) => void; invalid: boolean }) {
  const { t } = useTranslation();
  const values: number[] = [];
  for (let value = page.scale.min; value <= page.scale.max; value += 1) values.push(value);
  const name = `item-${item.id}`;
  return (
    <fieldset className="item" data-testid="item" data-invalid={invalid || undefined} aria-invalid={invalid || undefined}>
      <legend className="item-text">
        <span className="visually-hidden">{t('assessments.take.statement', { number: item.position })} </span>
        <span lang={locale}>{textOf(item.text, locale)}</span>
      </legend>
      <div className="choices">
        {values.map((value) => (
          <label key={value} className="choice">
            <input type="radio" name={name} value={value} checked={choice === value} onChange={() => onChoose(value)} />
            <span lang={locale}>{scaleLabel(page.scale.labels, value, locale)}</span>
          </label>
        ))}
        <label className="choice choice-skip">
          <input type="radio" name={name} value="skip" checked={choice === 'skip'} onChange={() => onChoose('skip')} />
          <span>{t('assessments.take.skip')}</span>
        </label>
      </div>
    </fieldset>
  );
}

/** Taking a test one page at a time: answer or skip each statement, go back, leave and resume. */
export default function TakeAssessmentPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [draft, setDraft] = useState<Record<string, Choice>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const heading = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const session = useQuery({ queryKey: ['assessment', id], queryFn: () => api<AssessmentSession>(`/assessments/${id}`) });
  const data = session.data;
  const lastIndex = Math.max(0, (data?.pageCount ?? 1) - 1);
  const requested = Number(params.get('page'));
  const index = data ? (Number.isInteger(requested) && requested >= 1 ? Math.min(requested - 1, lastIndex, data.currentPage) : Math.min(data.currentPage, lastIndex)) : 0;

  const page = useQuery({
    queryKey: ['assessment-page', id, index],
    queryFn: () => api<AssessmentPage>(`/assessments/${id}/pages/${index}`),
    enabled: !!data && data.status === 'in_progress',
  });

  // Answers saved earlier come back from the server; a null on a page already answered was a skip.
  useEffect(() => {
    if (!page.data || !data) return;
    const answeredPage = page.data.index < data.currentPage;
    setDraft((old) => {
      const next = { ...old };
      for (const item of page.data.items) {
        if (next[item.id] !== undefined) continue;
        if (typeof item.value === 'number') next[item.id] = item.value;
        else if (item.value === null && answeredPage) next[item.id] = 'skip';
      }
      return next;
    });
  }, [page.data, data]);

  // A new page starts at its heading, for screen readers and for the thumb.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    heading.current?.focus();
    window.scrollTo(0, 0);
  }, [index]);

  const save = useMutation({
    mutationFn: (answers: Array<{ itemId: string; value: number | null }>) => api<AssessmentSession>(`/assessments/${id}/pages/${index}`, { method: 'PUT', body: { answers } }),
    onSuccess: (updated) => queryClient.setQueryData(['assessment', id], updated),
  });
  const submit = useMutation({
    mutationFn: () => api<{ id: string; status: string }>(`/assessments/${id}/submit`, { method: 'POST' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['assessments', 'mine'] });
      for (const key of ['assessment', 'assessment-status', 'assessment-result']) queryClient.removeQueries({ queryKey: [key, id] });
      navigate(`/assessments/${id}/result`);
    },
  });

  const goTo = (next: number) => {
    setMissing([]);
    save.reset();
    submit.reset();
    setParams({ page: String(next + 1) });
  };

  if (session.isLoading) return <Loading />;
  if (!data) return <ErrorMessage error={session.error} />;
  if (data.status !== 'in_progress') return <Navigate to={`/assessments/${id}/result`} replace />;

  const items = page.data?.items ?? [];
  const isLast = index >= lastIndex;
  const answersOfPage = () => items.map((item) => ({ itemId: item.id, value: draft[item.id] === 'skip' ? null : (draft[item.id] as number) }));
  const unchosen = () => items.filter((item) => draft[item.id] === undefined).map((item) => item.id);

  const saveThen = async (after: () => void) => {
    const open = unchosen();
    if (open.length > 0) {
      setMissing(open);
      document.querySelector<HTMLInputElement>(`input[name="item-${open[0]}"]`)?.focus();
      return;
    }
    setMissing([]);
    try {
      await save.mutateAsync(answersOfPage());
      after();
    } catch {
      // The error is shown from the mutation's state.
    }
  };

  const leave = async () => {
    if (items.length > 0 && unchosen().length === 0) {
      try {
        await save.mutateAsync(answersOfPage());
      } catch {
        return;
      }
    }
    void queryClient.invalidateQueries({ queryKey: ['assessments', 'mine'] });
    navigate('/assessments');
  };

  const submitError = submit.error instanceof ApiError && submit.error.status === 409 ? submit.error : null;
  // The server names the missing pages counted from 0; people count from 1.
  const unansweredPages = Array.isArray(submitError?.details?.unansweredPages) ? (submitError.details.unansweredPages as unknown[]).filter((page): page is number => typeof page === 'number') : [];
  const firstUnanswered = unansweredPages.length > 0 ? Math.min(...unansweredPages) : Math.min(data.currentPage, lastIndex);
  const pageNumber = index + 1;
  return (
    <>
      <PageTitle>{t(data.kind === 'interest' ? 'assessments.take.interestTitle' : 'assessments.take.personalityTitle')}</PageTitle>
      <Stack gap="xs" mb="md">
        <Title order={2} size="h4" ref={heading} tabIndex={-1} data-testid="page-heading">
          {t('assessments.take.pageOf', { page: pageNumber, pages: data.pageCount })}
        </Title>
        <progress className="progress" max={data.pageCount} value={pageNumber} aria-label={t('assessments.take.progress', { page: pageNumber, pages: data.pageCount })} />
        <Text size="sm">{t('assessments.take.answered', { answered: data.answered, items: data.itemCount })}</Text>
        {data.locale !== i18n.language && (
          <Text size="sm" fs="italic" data-testid="locale-note">
            {t('assessments.take.localeNote', { language: t(`assessments.languageName.${data.locale}`) })}
          </Text>
        )}
        {index === 0 && <Text size="sm">{t(data.kind === 'interest' ? 'assessments.take.instructionsInterest' : 'assessments.take.instructionsPersonality')}</Text>}
      </Stack>
      {page.isLoading && <Loading />}
      <ErrorMessage error={page.error} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (isLast) void saveThen(() => submit.mutate());
          else void saveThen(() => goTo(index + 1));
        }}
      >
        <Stack gap="md">
          {page.data &&
            items.map((item) => (
              <Item
                key={item.id}
                item={item}
                page={page.data}
                locale={data.locale}
                choice={draft[item.id]}
                invalid={missing.includes(item.id)}
                onChoose={(choice) => {
                  setDraft((old) => ({ ...old, [item.id]: choice }));
                  setMissing((old) => old.filter((other) => other !== item.id));
                }}
              />
            ))}
          {missing.length > 0 && (
            <Alert color={COLORS.red} variant="outline" role="alert" data-testid="choose-or-skip">
              {t('assessments.take.chooseOrSkip', { count: missing.length })}
            </Alert>
          )}
          <ErrorMessage error={save.error} />
          {submitError ? (
            <Alert color={COLORS.red} variant="outline" role="alert" title={t('assessments.take.notComplete')} data-testid="submit-refused">
              {unansweredPages.length > 0 && <Text size="sm">{t('assessments.take.unansweredPages', { pages: unansweredPages.map((page) => page + 1).join(', ') })}</Text>}
              <Text size="sm">{submitError.message}</Text>
              <Group mt="xs">
                <Button
                  variant="outline"
                  size="compact-sm"
                  onClick={() => {
                    void queryClient.invalidateQueries({ queryKey: ['assessment', id] });
                    goTo(firstUnanswered);
                  }}
                >
                  {t('assessments.take.toUnanswered')}
                </Button>
              </Group>
            </Alert>
          ) : (
            <ErrorMessage error={submit.error} />
          )}
          <Group justify="space-between" gap="sm">
            <Button variant="outline" disabled={index === 0} onClick={() => goTo(index - 1)}>
              {t('assessments.take.back')}
            </Button>
            <Button type="submit" loading={save.isPending || submit.isPending} disabled={!page.data}>
              {t(isLast ? 'assessments.take.submit' : 'assessments.take.next')}
            </Button>
          </Group>
          <Group>
            <Button variant="subtle" onClick={() => void leave()}>
              {t('assessments.take.leave')}
            </Button>
          </Group>
          <Text size="sm">{t('assessments.take.leaveHint')}</Text>
        </Stack>
      </form>
    </>
  );
}
