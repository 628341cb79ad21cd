import { Badge, Button, Card, List, NativeSelect, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { GOAL_KINDS, GOAL_STATUSES, type GoalView } from '../../api/counselling';
import { COLORS, ErrorMessage, formatDate, Loading, PageTitle } from '../../components/common';
import { useCaseWrite } from './CasePage';
import { BackToCase, DueText, useCase, CaseError } from './parts';

const STATUS_COLORS: Record<string, string> = { open: COLORS.blue, done: COLORS.green, dropped: COLORS.gray };

function GoalCard({ goal, seekerId, open }: { goal: GoalView; seekerId: string; open: boolean }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<string>(goal.status);
  const [note, setNote] = useState('');
  const review = useCaseWrite<{ status: string; note: string }>(seekerId, `/goals/${goal.id}/reviews`);
  return (
    <Card withBorder padding="sm" component="article" data-testid="goal" aria-labelledby={`goal-${goal.id}`}>
      <Text component="h3" fw={700} id={`goal-${goal.id}`}>
        {goal.title}
      </Text>
      <Text size="sm">
        {t(`counselling.goalKind.${goal.kind}`)}{' '}
        <Badge color={STATUS_COLORS[goal.status]} variant="filled" style={{ textTransform: 'none' }}>
          {t(`counselling.goalStatus.${goal.status}`)}
        </Badge>
      </Text>
      <DueText dueOn={goal.dueOn} overdue={goal.overdue} />
      {goal.reviews && goal.reviews.length > 0 && (
        <List size="sm" mt={4} aria-label={t('counselling.plan.reviewsOf', { title: goal.title })}>
          {goal.reviews.map((r, index) => (
            <List.Item key={index}>
              {formatDate(r.at, i18n.language)} · {t(`counselling.goalStatus.${r.status}`)} · {r.note}
            </List.Item>
          ))}
        </List>
      )}
      {open && (
        <form
          aria-label={t('counselling.plan.reviewOf', { title: goal.title })}
          onSubmit={(e) => {
            e.preventDefault();
            review.mutate({ status, note: note.trim() }, { onSuccess: () => setNote('') });
          }}
        >
          <Stack gap={6} mt="xs">
            <NativeSelect label={t('counselling.plan.status')} value={status} onChange={(e) => setStatus(e.currentTarget.value)} data={GOAL_STATUSES.map((value) => ({ value, label: t(`counselling.goalStatus.${value}`) }))} />
            <TextInput label={t('counselling.plan.reviewNote')} required value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            <ErrorMessage error={review.error} />
            <Button type="submit" size="sm" variant="outline" loading={review.isPending}>
              {t('counselling.plan.saveReview')}
            </Button>
          </Stack>
        </form>
      )}
    </Card>
  );
}

/** The individual action plan: goals with due dates and status, each reviewed over time. */
export default function PlanPage() {
  const { seekerId = '' } = useParams();
  const { t } = useTranslation();
  const query = useCase(seekerId);
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const add = useCaseWrite<{ kind: string; title: string; dueOn?: string }>(seekerId, '/goals');
  if (query.isLoading) return <Loading />;
  const data = query.data;
  if (!data) return <CaseError error={query.error} />;
  const open = data.case.status === 'open';
  return (
    <>
      <BackToCase seekerId={seekerId} name={data.profile.fullName} />
      <PageTitle>{t('counselling.plan.pageTitle', { name: data.profile.fullName })}</PageTitle>
      {data.plan.progress !== null && (
        <>
          <Text size="sm" data-testid="plan-progress">
            {t('counselling.caseload.plan', { progress: data.plan.progress })}
          </Text>
          <Progress value={data.plan.progress} color={COLORS.teal} aria-label={t('counselling.plan.progressLabel')} mb="sm" />
        </>
      )}
      {data.plan.goals.length === 0 && <Text mb="sm">{t('counselling.plan.none')}</Text>}
      <Stack gap="sm">
        {data.plan.goals.map((goal) => (
          <GoalCard key={goal.id} goal={goal} seekerId={seekerId} open={open} />
        ))}
      </Stack>
      {open && (
        <Card withBorder mt="md" padding="sm" component="section" aria-labelledby="new-goal">
          <Title order={2} size="h4" id="new-goal" mb="xs">
            {t('counselling.plan.newGoal')}
          </Title>
          <form
            aria-label={t('counselling.plan.newGoal')}
            onSubmit={(e) => {
              e.preventDefault();
              add.mutate({ kind, title: title.trim(), ...(dueOn ? { dueOn } : {}) }, { onSuccess: () => (setTitle(''), setDueOn(''), setKind('')) });
            }}
          >
            <Stack gap={6}>
              <NativeSelect label={t('counselling.plan.kind')} required value={kind} onChange={(e) => setKind(e.currentTarget.value)} data={[{ value: '', label: t('counselling.choose') }, ...GOAL_KINDS.map((value) => ({ value, label: t(`counselling.goalKind.${value}`) }))]} />
              <TextInput label={t('counselling.plan.goalTitle')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
              <TextInput type="date" label={t('counselling.plan.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
              <ErrorMessage error={add.error} />
              <Button type="submit" size="sm" loading={add.isPending}>
                {t('counselling.plan.addGoal')}
              </Button>
            </Stack>
          </form>
        </Card>
      )}
    </>
  );
}
