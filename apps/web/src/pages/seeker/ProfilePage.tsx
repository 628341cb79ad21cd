import { ActionIcon, Alert, Button, Checkbox, Group, List, MultiSelect, NumberInput, Select, Stack, Stepper, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { useEducationLevels, useFieldsOfStudy, useOccupations, useRegions, useSkills } from '../../api/reference';
import { ACCOMMODATIONS, EMPLOYMENT_TYPES, type SeekerProfile } from '../../api/types';
import { ErrorMessage, Loading, PageTitle, COLORS } from '../../components/common';

const LANGUAGE_CODES = ['id', 'jv', 'en', 'su', 'ar', 'zh', 'ja', 'ko'];
const LANGUAGE_LEVELS = ['basic', 'conversational', 'fluent', 'native'];
const DISABILITIES = ['physical', 'visual', 'hearing', 'speech', 'intellectual', 'mental', 'multiple'];

/** One step's form: saves with PUT, then refreshes the profile and moves on. */
function StepForm({ path, body, onSaved, children, method = 'PUT' }: { path: string; body: () => unknown; onSaved: () => void; children: ReactNode; method?: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: () => api(path, { method, body: body() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['profile'] });
      onSaved();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit}>
      <Stack gap="sm" mt="md">
        {children}
        <ErrorMessage error={save.error} />
        <Button type="submit" loading={save.isPending}>
          {t('profile.saveAndContinue')}
        </Button>
      </Stack>
    </form>
  );
}

function Identity({ profile, next }: { profile: SeekerProfile; next: () => void }) {
  const { t } = useTranslation();
  const regions = useRegions();
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState(profile.birthDate ?? '');
  const [gender, setGender] = useState<string | null>(profile.gender);
  const [regency, setRegency] = useState<string | null>(profile.domicileRegencyCode);
  const [address, setAddress] = useState(profile.address ?? '');
  return (
    <StepForm path="/job-seekers/me/identity" body={() => ({ nik, birthDate, gender, domicileRegencyCode: regency, address })} onSaved={next}>
      <TextInput
        label={t('profile.nik')}
        description={profile.nikMasked ? t('profile.nikStored', { nik: profile.nikMasked }) : t('profile.nikHint')}
        inputMode="numeric"
        required
        value={nik}
        // People paste the NIK from their KTP with spaces or dashes; keep the 16 digits.
        onChange={(e) => setNik(e.currentTarget.value.replace(/\D/g, '').slice(0, 16))}
      />
      <TextInput label={t('profile.birthDate')} type="date" required value={birthDate} onChange={(e) => setBirthDate(e.currentTarget.value)} />
      <Select label={t('profile.gender')} required value={gender} onChange={setGender} data={[{ value: 'F', label: t('profile.genders.F') }, { value: 'M', label: t('profile.genders.M') }]} />
      <Select label={t('profile.domicile')} required searchable value={regency} onChange={setRegency} data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
      <Textarea label={t('profile.address')} required value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
    </StepForm>
  );
}

function Education({ profile, next }: { profile: SeekerProfile; next: () => void }) {
  const { t, i18n } = useTranslation();
  const levels = useEducationLevels();
  const fields = useFieldsOfStudy();
  const [level, setLevel] = useState<string | null>(profile.educationLevel);
  const [field, setField] = useState<string | null>(profile.fieldOfStudy);
  const name = (entry: { nameId: string; nameEn: string }) => (i18n.language === 'en' ? entry.nameEn : entry.nameId);
  return (
    <StepForm path="/job-seekers/me/education" body={() => ({ educationLevel: level, ...(field ? { fieldOfStudy: field } : {}) })} onSaved={next}>
      <Select label={t('profile.educationLevel')} required value={level} onChange={setLevel} data={(levels.data ?? []).map((l) => ({ value: l.code, label: name(l) }))} />
      <Select label={t('profile.fieldOfStudy')} searchable clearable value={field} onChange={setField} data={(fields.data ?? []).map((f) => ({ value: f.code, label: name(f) }))} />
    </StepForm>
  );
}

interface Job {
  occupationCode: string | null;
  title: string;
  employerName: string;
  startMonth: string;
  endMonth: string;
}

function WorkHistory({ profile, next }: { profile: SeekerProfile; next: () => void }) {
  const { t, i18n } = useTranslation();
  const occupations = useOccupations();
  const [jobs, setJobs] = useState<Job[]>(profile.workHistory.map((job) => ({ ...job, endMonth: job.endMonth ?? '' })));
  const update = (index: number, patch: Partial<Job>) => setJobs((current) => current.map((job, i) => (i === index ? { ...job, ...patch } : job)));
  const options = (occupations.data ?? []).map((o) => ({ value: o.code, label: i18n.language === 'en' ? o.titleEn : o.titleId }));
  return (
    <StepForm
      path="/job-seekers/me/work-history"
      body={() => ({ items: jobs.map((job) => ({ occupationCode: job.occupationCode, title: job.title, employerName: job.employerName, startMonth: job.startMonth, ...(job.endMonth ? { endMonth: job.endMonth } : {}) })) })}
      onSaved={next}
    >
      {jobs.length === 0 && <Text>{t('profile.noWork')}</Text>}
      {jobs.map((job, index) => (
        <fieldset key={index} className="fieldset">
          <legend>{t('profile.job', { number: index + 1 })}</legend>
          <Stack gap="xs">
            <Select label={t('profile.occupation')} searchable required value={job.occupationCode} onChange={(value) => update(index, { occupationCode: value })} data={options} />
            <TextInput label={t('profile.jobTitle')} required value={job.title} onChange={(e) => update(index, { title: e.currentTarget.value })} />
            <TextInput label={t('profile.employerName')} required value={job.employerName} onChange={(e) => update(index, { employerName: e.currentTarget.value })} />
            <TextInput label={t('profile.startMonth')} type="month" required value={job.startMonth} onChange={(e) => update(index, { startMonth: e.currentTarget.value })} />
            <TextInput label={t('profile.endMonth')} description={t('profile.endMonthHint')} type="month" value={job.endMonth} onChange={(e) => update(index, { endMonth: e.currentTarget.value })} />
            <Button variant="outline" color={COLORS.red} onClick={() => setJobs((current) => current.filter((_, i) => i !== index))}>
              {t('profile.removeJob')}
            </Button>
          </Stack>
        </fieldset>
      ))}
      <Button variant="outline" onClick={() => setJobs((current) => [...current, { occupationCode: null, title: '', employerName: '', startMonth: '', endMonth: '' }])}>
        {t('profile.addJob')}
      </Button>
    </StepForm>
  );
}

function Skills({ profile, next }: { profile: SeekerProfile; next: () => void }) {
  const { t, i18n } = useTranslation();
  const skills = useSkills();
  const [chosen, setChosen] = useState(profile.skills.filter((s) => s.source === 'declared').map((s) => ({ skillId: s.skillId, level: s.level })));
  const kept = profile.skills.filter((s) => s.source !== 'declared');
  // The select works on strings; the API gets the reference id back in its own type.
  const byKey = new Map((skills.data ?? []).map((s) => [String(s.id), s]));
  const nameOf = (id: number | string) => {
    const skill = byKey.get(String(id));
    return skill ? (i18n.language === 'en' ? skill.nameEn : skill.nameId) : '';
  };
  return (
    <StepForm path="/job-seekers/me/skills" body={() => ({ items: chosen })} onSaved={next}>
      <MultiSelect
        label={t('profile.skillsPicker')}
        description={t('profile.skillsHint')}
        searchable
        limit={50}
        value={chosen.map((s) => String(s.skillId))}
        onChange={(keys) => setChosen(keys.map((key) => chosen.find((s) => String(s.skillId) === key) ?? { skillId: byKey.get(key)?.id ?? key, level: 3 }))}
        data={[...byKey.keys()].map((value) => ({ value, label: nameOf(value) }))}
      />
      {chosen.map((skill) => (
        <NumberInput
          key={skill.skillId}
          label={t('profile.skillLevel', { skill: nameOf(skill.skillId) })}
          min={1}
          max={5}
          clampBehavior="strict"
          value={skill.level}
          onChange={(value) => setChosen((current) => current.map((s) => (s.skillId === skill.skillId ? { ...s, level: Number(value) || 1 } : s)))}
        />
      ))}
      {kept.length > 0 && (
        <>
          <Text fw={600}>{t('profile.certifiedSkills')}</Text>
          <List>
            {kept.map((s) => (
              <List.Item key={s.skillId}>
                {i18n.language === 'en' ? s.name.en : s.name.id} ({t(`profile.skillSource.${s.source}`)})
              </List.Item>
            ))}
          </List>
        </>
      )}
    </StepForm>
  );
}

function Languages({ profile, next }: { profile: SeekerProfile; next: () => void }) {
  const { t } = useTranslation();
  const [items, setItems] = useState(profile.languages.length ? profile.languages : [{ code: 'id', level: 'native' }]);
  const update = (index: number, patch: Partial<{ code: string; level: string }>) => setItems((current) => current.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <StepForm path="/job-seekers/me/languages" body={() => ({ items })} onSaved={next}>
      {items.map((item, index) => (
        <Group key={index} align="flex-end" wrap="wrap">
          <Select label={t('profile.language', { number: index + 1 })} value={item.code} allowDeselect={false} onChange={(code) => update(index, { code: code ?? 'id' })} data={LANGUAGE_CODES.map((code) => ({ value: code, label: t(`languages.${code}`) }))} />
          <Select label={t('profile.languageLevel')} value={item.level} allowDeselect={false} onChange={(level) => update(index, { level: level ?? 'basic' })} data={LANGUAGE_LEVELS.map((level) => ({ value: level, label: t(`profile.languageLevels.${level}`) }))} />
          <ActionIcon variant="outline" color={COLORS.red} size="lg" aria-label={t('profile.removeLanguage', { number: index + 1 })} onClick={() => setItems((current) => current.filter((_, i) => i !== index))}>
            ×
          </ActionIcon>
        </Group>
      ))}
      <Button variant="outline" onClick={() => setItems((current) => [...current, { code: 'en', level: 'basic' }])}>
        {t('profile.addLanguage')}
      </Button>
    </StepForm>
  );
}

function Preferences({ profile, next }: { profile: SeekerProfile; next: () => void }) {
  const { t, i18n } = useTranslation();
  const regions = useRegions();
  const occupations = useOccupations();
  const p = profile.preferences;
  const [occupationCodes, setOccupations] = useState(p.occupations);
  const [regencies, setRegencies] = useState(p.regencies);
  const [maxCommuteKm, setCommute] = useState<number | string>(p.maxCommuteKm ?? 25);
  const [minimumWage, setWage] = useState<number | string>(p.minimumWage ?? '');
  const [employmentTypes, setTypes] = useState(p.employmentTypes);
  const [openToRemote, setRemote] = useState(p.openToRemote);
  return (
    <StepForm
      path="/job-seekers/me/preferences"
      body={() => ({ occupations: occupationCodes, regencies, maxCommuteKm: Number(maxCommuteKm) || 0, ...(minimumWage !== '' ? { minimumWage: Number(minimumWage) } : {}), employmentTypes, openToRemote })}
      onSaved={next}
    >
      <MultiSelect label={t('profile.prefOccupations')} searchable limit={50} value={occupationCodes} onChange={setOccupations} data={(occupations.data ?? []).map((o) => ({ value: o.code, label: i18n.language === 'en' ? o.titleEn : o.titleId }))} />
      <MultiSelect label={t('profile.prefRegencies')} searchable value={regencies} onChange={setRegencies} data={(regions.data ?? []).map((r) => ({ value: r.code, label: r.name }))} />
      <NumberInput label={t('profile.maxCommute')} min={0} max={500} value={maxCommuteKm} onChange={setCommute} />
      <NumberInput label={t('profile.minimumWage')} min={0} step={100000} thousandSeparator="." decimalSeparator="," value={minimumWage} onChange={setWage} />
      <MultiSelect label={t('profile.employmentTypes')} value={employmentTypes} onChange={setTypes} data={EMPLOYMENT_TYPES.map((value) => ({ value, label: t(`employmentType.${value}`) }))} />
      <Checkbox label={t('profile.openToRemote')} checked={openToRemote} onChange={(e) => setRemote(e.currentTarget.checked)} />
    </StepForm>
  );
}

interface Disability {
  consent: boolean;
  disabilities: string[];
  accommodations: string[];
}

function DisabilityStep({ next }: { next: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const stored = useQuery({
    queryKey: ['profile', 'disability'],
    queryFn: () => api<Disability>('/job-seekers/me/disability').catch((error) => (error instanceof ApiError && error.status === 404 ? null : Promise.reject(error))),
  });
  const [consent, setConsent] = useState<boolean | null>(null);
  const [disabilities, setDisabilities] = useState<string[] | null>(null);
  const [accommodations, setAccommodations] = useState<string[] | null>(null);
  const erase = useMutation({
    mutationFn: () => api('/job-seekers/me/disability', { method: 'DELETE' }),
    onSuccess: () => {
      setConsent(false);
      setDisabilities([]);
      setAccommodations([]);
      return queryClient.invalidateQueries({ queryKey: ['profile'] });
    },
  });
  if (stored.isLoading) return <Loading />;
  const current = {
    consent: consent ?? stored.data?.consent ?? false,
    disabilities: disabilities ?? stored.data?.disabilities ?? [],
    accommodations: accommodations ?? stored.data?.accommodations ?? [],
  };
  return (
    <>
      <Alert variant="outline" color={COLORS.blue} mt="md" title={t('profile.disabilityOptional')}>
        {t('profile.disabilityExplain')}
      </Alert>
      <StepForm path="/job-seekers/me/disability" body={() => ({ consent: true, disabilities: current.disabilities, accommodations: current.accommodations })} onSaved={next}>
        <Checkbox label={t('profile.disabilityConsent')} checked={current.consent} onChange={(e) => setConsent(e.currentTarget.checked)} required />
        {current.consent && (
          <>
            <MultiSelect label={t('profile.disabilities')} value={current.disabilities} onChange={setDisabilities} data={DISABILITIES.map((value) => ({ value, label: t(`disability.${value}`) }))} />
            <MultiSelect label={t('profile.accommodations')} value={current.accommodations} onChange={setAccommodations} data={ACCOMMODATIONS.map((value) => ({ value, label: t(`accommodation.${value}`) }))} />
          </>
        )}
      </StepForm>
      {stored.data && (
        <Button variant="outline" color={COLORS.red} mt="sm" onClick={() => erase.mutate()} loading={erase.isPending}>
          {t('profile.disabilityErase')}
        </Button>
      )}
      <Button variant="subtle" mt="sm" ml="sm" onClick={next}>
        {t('profile.skip')}
      </Button>
      <ErrorMessage error={stored.error ?? erase.error} />
    </>
  );
}

const STEPS = ['identity', 'education', 'workHistory', 'skills', 'languages', 'preferences', 'disability'] as const;

export default function ProfilePage() {
  const { t } = useTranslation();
  const [active, setActive] = useState(0);
  const profile = useQuery({ queryKey: ['profile'], queryFn: () => api<SeekerProfile>('/job-seekers/me') });
  if (profile.isLoading) return <Loading />;
  if (!profile.data) return <ErrorMessage error={profile.error} />;
  const p = profile.data;
  const next = () => setActive((step) => Math.min(step + 1, STEPS.length));
  const bodies = [Identity, Education, WorkHistory, Skills, Languages, Preferences];
  return (
    <>
      <PageTitle>{t('profile.title')}</PageTitle>
      {p.completeness.complete ? (
        <Alert color={COLORS.green} variant="outline" role="status" mb="md" title={t('profile.complete')}>
          {p.ak1 ? t('profile.hasCard', { number: p.ak1.number }) : t('profile.getCard')}
        </Alert>
      ) : (
        <Alert color={COLORS.orange} variant="outline" mb="md" title={t('profile.incomplete')}>
          {t('profile.missing', { fields: p.completeness.missing.map((field) => t(`profile.fields.${field}`, { defaultValue: field })).join(', ') })}
        </Alert>
      )}
      <Stepper active={active} onStepClick={setActive} orientation="vertical" size="sm" allowNextStepsSelect>
        {STEPS.map((step, index) => {
          const Body = bodies[index];
          return (
            <Stepper.Step key={step} label={t(`profile.steps.${step}`)}>
              {Body ? <Body profile={p} next={next} /> : <DisabilityStep next={next} />}
            </Stepper.Step>
          );
        })}
        <Stepper.Completed>
          <Text mt="md">{t('profile.done')}</Text>
        </Stepper.Completed>
      </Stepper>
    </>
  );
}
