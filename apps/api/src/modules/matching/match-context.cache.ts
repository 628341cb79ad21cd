import { Injectable } from '@nestjs/common';
import { DEFAULT_MATCH_WEIGHTS, MatchContext, matchWeightProblems, type MatchWeights } from '#domain';
import { loadActiveWeightSet, loadMatchReference } from '#persistence';
import { MatchingRepository } from './matching.repository.js';

export interface SkillName {
  nameId: string;
  nameEn: string;
}

interface Reference {
  base: MatchContext;
  skills: Map<number, SkillName>;
}

/**
 * The scoring context of this API process, one per weight set id. Reference data (regions,
 * education levels, occupations, skill links, skill names) changes only with a deploy, and a stored
 * weight set is never edited (a change makes a new one), so each context is built once.
 */
@Injectable()
export class MatchContextCache {
  private reference: Promise<Reference> | null = null;
  private readonly byWeightSet = new Map<number, Promise<MatchContext>>();

  constructor(private readonly repository: MatchingRepository) {}

  private loadReference(): Promise<Reference> {
    this.reference ??= (async () => {
      const [reference, skills] = await Promise.all([loadMatchReference(this.repository.dataSource), this.repository.skillNames()]);
      return {
        base: MatchContext.create(reference, DEFAULT_MATCH_WEIGHTS, null),
        skills: new Map(skills.map((skill) => [skill.id, { nameId: skill.name_id, nameEn: skill.name_en }])),
      };
    })().catch((error: unknown) => {
      this.reference = null;
      throw error;
    });
    return this.reference;
  }

  /** The context of a stored weight set (the built-in defaults for null or a set that cannot be used). */
  async forWeightSet(id: number | null): Promise<MatchContext> {
    const { base } = await this.loadReference();
    if (id === null) return base;
    let context = this.byWeightSet.get(id);
    if (!context) {
      context = this.repository.weightSet(id).then((row) => {
        const usable = row !== undefined && matchWeightProblems(row.weights).length === 0;
        return usable ? base.withWeights(row.weights as MatchWeights, id) : base;
      });
      context.catch(() => this.byWeightSet.delete(id));
      this.byWeightSet.set(id, context);
    }
    return context;
  }

  /** The context of the weight set active now (read on every call: an admin may have changed it). */
  async active(): Promise<MatchContext> {
    const active = await loadActiveWeightSet(this.repository.dataSource);
    return this.forWeightSet(active.id);
  }

  async skillName(skillId: number): Promise<SkillName> {
    const { skills } = await this.loadReference();
    return skills.get(skillId) ?? { nameId: `#${skillId}`, nameEn: `#${skillId}` };
  }

  async skillNames(): Promise<Map<number, SkillName>> {
    return (await this.loadReference()).skills;
  }
}
