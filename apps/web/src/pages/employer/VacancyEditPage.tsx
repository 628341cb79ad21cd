import { Alert, Anchor, Button, Checkbox, Group, List, MultiSelect, NumberInput, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../../api/client';
import { useEducationLevels, useFieldsOfStudy, useOccupations, useRegions, useSkills } from '../../api/reference';
import { ACCOMMODATIONS, EMPLOYMENT_TYPES, type Vacancy, type VacancyBody } from '../../api/types';
import { ErrorMessage, Loading, PageTitle, StatusBadge, COLORS } from '../../components/common';

interface Form {
  occupationCode: string;
  title: string;
  description: string;
  regencyCode: string;
  isRemote: boolean;
  wageMin: number | string;
  wageMax: number | string;
  employmentType: string;
  openings: number | string;
  educationMin: string;
  fieldsOfStudy: string[];
  experienceMinMonths: number | string;
  accommodations: string[];
  deadline: string;
  required: string[];
  preferred: string[];
}

const EMPTY: Form = {
  occupationCode: '',
  title: '',
  description: '',
  regencyCode: '',
  isRemote: false,
  wageMin: '',
  wageMax: '',
  employmentType: 'full_time',
  openings: 1,
  educationMin: '',
  fieldsOfStudy: [],
  experienceMinMonths: 0,
  accommodations: [],
  deadline: '',
  required: [],
  preferred: [],
};

function fromVacancy(v: Vacancy): Form {
  return {
    occupationCode: v.occupationCode,
    title: v.title,
    description: v.description,
    regencyCode: v.regencyCode ?? v.regency?.code ?? '',
    isRemote: v.isRemote,
    wageMin: v.wageMin ?? '',
    wageMax: v.wageMax ?? '',
    employmentType: v.employmentType,
    openings: v.openings,
    educationMin: v.educationMin,
    fieldsOfStudy: v.fieldsOfStudy ?? [],
    experienceMinMonths: v.experienceMinMonths,
    accommodations: v.accommodations ?? [],
    deadline: v.deadline ?? '',
    required: v.skills.filter((s) => s.importance === 'required').map((s) => String(s.skillId)),
    preferred: v.skills.filter((s) => s.importance === 'preferred').map((s) => String(s.skillId)),
  };
}

/** The body of POST/PATCH /vacancies; `skillIds` turns the select's strings back into reference ids. */
function toBody(form: Form, skillIds: Map<string, number | string>): VacancyBody {
  const number = (value: number | string) => (value === '' ? undefined : Number(value));
  return {
    occupationCode: form.occupationCode,
    title: form.title.trim(),
    description: form.description.trim(),
    ...(form.regencyCode ? { regencyCode: form.regencyCode } : {}),
    isRemote: form.isRemote,
    ...(number(form.wageMin) !== undefined ? { wageMin: number(form.wageMin) } : {}),
    ...(number(form.wageMax) !== undefined ? { wageMax: number(form.wageMax) } : {}),
    employmentType: form.employmentType as VacancyBody['employmentType'],
    openings: Number(form.openings) || 1,
    educationMin: form.educationMin,
    fieldsOfStudy: form.fieldsOfStudy,
    experienceMinMonths: Number(form.experienceMinMonths) || 0,
    accommodations: form.accommodations,
    ...(form.deadline ? { deadline: form.deadline } : {}),
    skills: [
      ...form.required.map((key) => ({ skillId: skillIds.get(key) ?? key, importance: 'required' as const })),
      ...form.preferred.filter((key) => !form.required.includes(key)).map((key) => ({ skillId: skillIds.get(key) ?? key, importance: 'preferred' as const })),
    ],
  };
}

/** The phrases a refused publication quotes, whichever shape the details take. */
function refusedPhrases(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.status !== 422) return [];
  const phrases = error.details?.phrases ?? error.details?.matches ?? error.details?.findings;
  if (!Array.isArray(phrases)) return [];
  return phrases.map((entry) => (typeof entry === 'string' ? entry : String((entry as { phrase?: string; text?: string }).phrase ?? (entry as { text?: string }).text ?? JSON.stringify(entry))));
}

function WordingException({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const request = useMutation({ mutationFn: () => api(`/vacancies/${vacancyId}/wording-exception`, { method: 'POST', body: { reason } }) });
  if (request.isSuccess)
    return (
      <Text role="status" mt="sm">
        {t('vacancyEdit.exceptionSent')}
      </Text>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate();
      }}
    >
      <Stack gap="xs" mt="sm">
        <Textarea label={t('vacancyEdit.exceptionReason')} description={t('vacancyEdit.exceptionHint')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <ErrorMessage error={request.error} />
        <Button type="submit" variant="outline" loading={request.isPending}>
          {t('vacancyEdit.requestException')}
        </Button>
      </Stack>
    </form>
  );
}

export default function VacancyEditPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const regions = useRegions();
  const occupations = useOccupations();
  const levels = useEducationLevels();
  const fields = useFieldsOfStudy();
  const skills = useSkills();
  const vacancy = useQuery({ queryKey: ['vacancy', id], queryFn: () => api<Vacancy>(`/vacancies/${id}`), enabled: !isNew });
  const [form, setForm] = useState<Form>(EMPTY);
  useEffect(() => {
    if (vacancy.data) setForm(fromVacancy(vacancy.data));
  }, [vacancy.data]);
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));
  const done = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['vacancy', id] }), queryClient.invalidateQueries({ queryKey: ['my-vacancies'] })]);

  const skillIds = new Map((skills.data ?? []).map((s) => [String(s.id), s.id]));
  const save = useMutation({
    mutationFn: () =>
      isNew ? api<Vacancy>('/vacancies', { method: 'POST', body: toBody(form, skillIds) }) : api<Vacancy>(`/vacancies/${id}`, { method: 'PATCH', body: toBody(form, skillIds) }),
    onSuccess: async (saved) => {
      await done();
      if (isNew) navigate(`/employer/vacancies/${saved.id}`, { replace: true });
    },
  });
  const publish = useMutation({ mutationFn: () => api(`/vacancies/${id}/publish`, { method: 'POST' }), onSuccess: done });
  const close = useMutation({ mutationFn: () => api(`/vacancies/${id}/close`, { method: 'POST' }), onSuccess: done });

  if (!isNew && vacancy.isLoading) return <Loading />;
  if (!isNew && !vacancy.data) return <ErrorMessage error={vacancy.error} />;
  const status = vacancy.data?.status ?? 'draft';
  const name = (entry: { nameId: string; nameEn: string }) => (i18n.language === 'en' ? entry.nameEn : entry.nameId);
  const skillOptions = (skills.data ?? []).map((s) => ({ value: String(s.id), label: name(s) }));
  const phrases = refusedPhrases(publish.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <>
      <PageTitle>{isNew ? t('vacancyEdit.newTitle') : t('vacancyEdit.editTitle', { title: vacancy.data?.title ?? '' })}</PageTitle>
      {!isNew && (
        <Group gap="xs" mb="sm">
          <StatusBadge group="vacancy" status={status} />
          {status !== 'draft' && (
            <Anchor component={Link} to={`/employer/vacancies/${id}/applicants`}>
              {t('vacancyEdit.applicants')}
            </Anchor>
          )}
        </Group>
      )}
      <form onSubmit={submit} aria-label={t('vacancyEdit.form')}>
        <Stack gap="sm">
          <TextInput label={t('vacancyEdit.title')} required value={form.title} onChange={(e) => set('title', e.currentTarget.value)} />
          <Select label={t('vacancyEdit.occupation')} required searchable limit={50} value={form.occupationCode || null} onChange={(value) => set('occupationCode', value ?? '')} data={(occupations.data ?? []).map((o) => ({ value: o.code, label: i18n.language === 'en' ? o.titleEn : o.titleId }))} />
          <Textarea label={t('vacancyEdit.description')} description={t('vacancyEdit.descriptionHint')} required autosize minRows={5} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} />
          <Select label={t('vacancyEdit.regency')} searchable clearable value={form.regencyCode || null} onChange={(value) => set('regencyCode', value ?? '')} data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
          <Checkbox label={t('vacancyEdit.remote')} checked={form.isRemote} onChange={(e) => set('isRemote', e.currentTarget.checked)} />
          <Select label={t('vacancyEdit.employmentType')} allowDeselect={false} value={form.employmentType} onChange={(value) => set('employmentType', value ?? 'full_time')} data={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`employmentType.${value}`) }))} />
          <NumberInput label={t('vacancyEdit.wageMin')} min={0} step={100000} thousandSeparator="." decimalSeparator="," value={form.wageMin} onChange={(value) => set('wageMin', value)} />
          <NumberInput label={t('vacancyEdit.wageMax')} min={0} step={100000} thousandSeparator="." decimalSeparator="," value={form.wageMax} onChange={(value) => set('wageMax', value)} />
          <NumberInput label={t('vacancyEdit.openings')} min={1} required value={form.openings} onChange={(value) => set('openings', value)} />
          <Select label={t('vacancyEdit.educationMin')} required value={form.educationMin || null} onChange={(value) => set('educationMin', value ?? '')} data={(levels.data ?? []).map((l) => ({ value: l.code, label: name(l) }))} />
          <MultiSelect label={t('vacancyEdit.fieldsOfStudy')} searchable limit={50} value={form.fieldsOfStudy} onChange={(value) => set('fieldsOfStudy', value)} data={(fields.data ?? []).map((f) => ({ value: f.code, label: name(f) }))} />
          <NumberInput label={t('vacancyEdit.experience')} min={0} value={form.experienceMinMonths} onChange={(value) => set('experienceMinMonths', value)} />
          <MultiSelect label={t('vacancyEdit.requiredSkills')} searchable limit={50} value={form.required} onChange={(value) => set('required', value)} data={skillOptions} />
          <MultiSelect label={t('vacancyEdit.preferredSkills')} searchable limit={50} value={form.preferred} onChange={(value) => set('preferred', value)} data={skillOptions} />
          <MultiSelect label={t('vacancyEdit.accommodations')} value={form.accommodations} onChange={(value) => set('accommodations', value)} data={ACCOMMODATIONS.map((value) => ({ value, label: t(`accommodation.${value}`) }))} />
          <TextInput label={t('vacancyEdit.deadline')} type="date" value={form.deadline} onChange={(e) => set('deadline', e.currentTarget.value)} />
          <ErrorMessage error={save.error} />
          {save.isSuccess && (
            <Text role="status" size="sm">
              {t('common.saved')}
            </Text>
          )}
          <Button type="submit" loading={save.isPending} disabled={status === 'closed' || status === 'filled'}>
            {isNew ? t('vacancyEdit.saveDraft') : t('common.save')}
          </Button>
        </Stack>
      </form>
      {!isNew && (
        <section aria-labelledby="publish-heading">
          <Title order={2} size="h3" id="publish-heading" mt="xl" mb="sm">
            {t('vacancyEdit.publishing')}
          </Title>
          {status === 'draft' && (
            <Button onClick={() => publish.mutate()} loading={publish.isPending}>
              {t('vacancyEdit.publish')}
            </Button>
          )}
          {status === 'published' && (
            <Button variant="outline" color={COLORS.red} onClick={() => close.mutate()} loading={close.isPending}>
              {t('vacancyEdit.close')}
            </Button>
          )}
          {publish.isSuccess && (
            <Text role="status" mt="sm">
              {t('vacancyEdit.published')}
            </Text>
          )}
          {publish.error instanceof ApiError && publish.error.status === 422 ? (
            <Alert color={COLORS.red} variant="outline" role="alert" mt="sm" title={t('vacancyEdit.wordingRefused')}>
              <Text>{publish.error.message}</Text>
              {phrases.length > 0 && (
                <List mt="xs">
                  {phrases.map((phrase) => (
                    <List.Item key={phrase}>“{phrase}”</List.Item>
                  ))}
                </List>
              )}
              <Text mt="xs">{t('vacancyEdit.wordingHelp')}</Text>
              <WordingException vacancyId={id} />
            </Alert>
          ) : (
            <ErrorMessage error={publish.error} />
          )}
          <ErrorMessage error={close.error} />
        </section>
      )}
    </>
  );
}
