import { Alert, Anchor, Badge, Box, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComponentView, MatchExplanationView, SkillsView } from '../../api/matching';
import { COLORS } from '../../components/common';
import { percent, scoreLabel, strongestFirst, trainingSearchLink } from './format';

const LABEL_COLORS = { excellent: COLORS.green, good: COLORS.teal, fair: COLORS.orange, low: COLORS.gray } as const;

export function ScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const label = scoreLabel(score);
  return (
    <Badge color={LABEL_COLORS[label]} variant="filled" size="lg" tt="none" data-testid="match-score">
      {t('matching.score', { percent: percent(score), label: t(`matching.label.${label}`) })}
    </Badge>
  );
}

/** The components that make up a score, strongest contribution first, each with its weight and a bar. */
export function ComponentList({ components, limit }: { components: ComponentView[]; limit?: number }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 });
  const points = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  const sorted = strongestFirst(components);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  return (
    <Stack gap={4} component="ul" className="match-components" data-testid="match-components">
      {shown.map((item) => (
        <Box component="li" key={item.component} data-testid={`component-${item.component}`}>
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Text size="sm" fw={600}>
              {t(`matching.component.${item.component}`)}
            </Text>
            <Text size="sm" fw={600}>
              {percent(item.value)}%
            </Text>
          </Group>
          <div className="match-bar" aria-hidden="true">
            <div className="match-bar-fill" style={{ width: `${Math.max(0, Math.min(100, item.value * 100))}%` }} />
          </div>
          <Text size="xs">{t('matching.componentWeight', { weight: number.format(item.weight), points: points.format(item.contribution * 100) })}</Text>
        </Box>
      ))}
    </Stack>
  );
}

/** Matched, partly credited and missing skills; missing required skills are marked and each offers a search. */
export function SkillDetails({ skills, audience, level = 3 }: { skills: SkillsView; audience: 'seeker' | 'counsellor' | 'employer'; level?: 2 | 3 | 4 }) {
  const { t, i18n } = useTranslation();
  const name = (skill: { nameId: string; nameEn: string }) => (i18n.language === 'en' ? skill.nameEn : skill.nameId);
  const heading = (key: string) => (
    <Title order={level} size="h6" mt={4}>
      {t(key)}
    </Title>
  );
  const nothing = skills.matched.length + skills.related.length + skills.missingRequired.length + skills.missingPreferred.length === 0;
  if (nothing) return <Text size="sm">{t('matching.skills.none')}</Text>;
  return (
    <Stack gap={4} data-testid="match-skills">
      {skills.matched.length > 0 && (
        <div data-testid="skills-matched">
          {heading('matching.skills.matched')}
          <Group gap={4}>
            {skills.matched.map((skill) => (
              <Badge key={skill.skillId} color={COLORS.green} variant="outline">
                {name(skill)}
              </Badge>
            ))}
          </Group>
        </div>
      )}
      {skills.related.length > 0 && (
        <div data-testid="skills-related">
          {heading('matching.skills.related')}
          <List size="sm">
            {skills.related.map((skill) => (
              <List.Item key={`${skill.skillId}-${skill.viaSkillId}`}>
                {t(audience === 'seeker' ? 'matching.skills.relatedYou' : 'matching.skills.relatedThey', {
                  have: i18n.language === 'en' ? skill.viaNameEn : skill.viaNameId,
                  like: name(skill),
                  percent: percent(skill.credit),
                })}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {skills.missingRequired.length > 0 && (
        <div data-testid="skills-missing">
          {heading('matching.skills.missingRequired')}
          <List size="sm">
            {skills.missingRequired.map((skill) => (
              <List.Item key={skill.skillId}>
                <Text span size="sm" fw={700} c={COLORS.red}>
                  {t('matching.skills.missingMark')}
                </Text>{' '}
                {name(skill)}
                {skills.related.some((related) => related.skillId === skill.skillId) && ` (${t('matching.skills.partlyCounted')})`}
                {audience !== 'employer' && (
                  <>
                    {' · '}
                    <Anchor component={Link} to={trainingSearchLink(skill.skillId, name(skill))} size="sm" aria-label={t('matching.skills.findTrainingOf', { skill: name(skill) })}>
                      {t('matching.skills.findTraining')}
                    </Anchor>
                  </>
                )}
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {skills.missingPreferred.length > 0 && (
        <div data-testid="skills-missing-preferred">
          {heading('matching.skills.missingPreferred')}
          <Text size="sm">{skills.missingPreferred.map(name).join(', ')}</Text>
        </div>
      )}
    </Stack>
  );
}

export function DistanceText({ km, remote }: { km: number | null; remote?: boolean }) {
  const { t, i18n } = useTranslation();
  if (remote) return <Text size="sm">{t('matching.remote')}</Text>;
  if (km === null) return null;
  if (km < 1) return <Text size="sm">{t('matching.sameRegency')}</Text>;
  const formatted = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }).format(km);
  return <Text size="sm">{t('matching.distance', { km: formatted })}</Text>;
}

/** A whole explanation: the score, or why the pair is in no list, then components, skills and distance. */
export function Explanation({ explanation, audience, level = 2 }: { explanation: MatchExplanationView; audience: 'seeker' | 'counsellor'; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const sub = (level + 1) as 3 | 4;
  return (
    <Stack gap="sm" data-testid="explanation">
      {!explanation.eligible && (
        <Alert color={COLORS.orange} variant="outline" title={t('matching.why.notTitle')} data-testid="why-not">
          <Text size="sm" mb={4}>
            {t('matching.why.notIntro')}
          </Text>
          <List size="sm">
            {explanation.excludedBecause.map((reason) => (
              <List.Item key={reason}>{t(`matching.exclusion.${reason}`)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group gap="xs">
        <Text size="sm">{explanation.eligible ? t('matching.why.scoreIs') : t('matching.why.wouldScore')}</Text>
        <ScoreBadge score={explanation.score} />
      </Group>
      <Title order={level} size="h4">
        {t('matching.why.components')}
      </Title>
      <Text size="sm">{t('matching.why.componentsHint')}</Text>
      <ComponentList components={explanation.components} />
      <Title order={level} size="h4">
        {t('matching.why.skills')}
      </Title>
      <SkillDetails skills={explanation.skills} audience={audience} level={sub} />
      <Title order={level} size="h4">
        {t('matching.why.location')}
      </Title>
      {explanation.remote || explanation.distanceKm !== null ? <DistanceText km={explanation.distanceKm} remote={explanation.remote} /> : <Text size="sm">{t('matching.noDistance')}</Text>}
      <Text size="xs">{t('matching.why.live')}</Text>
      <Text size="xs">{t('matching.version', { version: explanation.scoringVersion })}</Text>
    </Stack>
  );
}

/** When a list was computed, to the minute. */
export function formatDateTime(value: string, language: string): string {
  return new Date(value).toLocaleString(language === 'en' ? 'en-GB' : 'id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
