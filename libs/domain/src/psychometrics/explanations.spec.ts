import { flagMessage, interestSummary, noSuggestionsMessage, scaleExplanation } from './explanations.js';
import { IPIP_BFM_50 } from './ipip-bfm-50.js';
import { RIASEC_48 } from './riasec-48.js';
import { scoreProtocol } from './scoring.js';
import type { FlagCode } from './types.js';

function riasecResult(values: Record<string, number[]>) {
  const responses = RIASEC_48.items.map((i) => ({ itemId: i.id, value: values[i.scale]![Number(i.id.slice(1)) - 1]! }));
  return scoreProtocol(RIASEC_48, { responses, pageSeconds: [75, 75, 75, 75] });
}

const R48_01 = {
  R: [2, 2, 2, 1, 1, 1, 1, 1],
  I: [3, 2, 2, 2, 2, 2, 2, 2],
  A: [3, 3, 3, 3, 3, 2, 2, 2],
  S: [5, 5, 5, 5, 5, 5, 4, 4],
  E: [4, 4, 4, 4, 4, 4, 4, 4],
  C: [4, 4, 4, 4, 4, 3, 3, 3],
};

describe('scaleExplanation', () => {
  it('explains every scale of both instruments in both languages, per band for personality', () => {
    for (const scale of RIASEC_48.scales) {
      const text = scaleExplanation('riasec-48', scale.id, null)!;
      expect(text.id).toContain(scale.name.id);
      expect(text.en).toContain(scale.name.en);
    }
    for (const scale of [...IPIP_BFM_50.scales.map((s) => s.id), 'N']) {
      const texts = (['low', 'average', 'high', null] as const).map((band) => scaleExplanation('ipip-bfm-50', scale, band)!);
      expect(new Set(texts.map((t) => t.en)).size).toBe(4);
      for (const t of texts) {
        expect(t.id.length).toBeGreaterThan(20);
        expect(t.en.length).toBeGreaterThan(20);
        expect(`${t.id} ${t.en}`).not.toMatch(/\d/);
      }
    }
  });

  it('reads Neuroticism as Emotional Stability reversed', () => {
    expect(scaleExplanation('ipip-bfm-50', 'N', 'high')!.en).toContain(scaleExplanation('ipip-bfm-50', 'ES', 'low')!.en.split(' ').slice(-5).join(' '));
  });

  it('is null for an unknown instrument or scale', () => {
    expect(scaleExplanation('mbti', 'E', null)).toBeNull();
    expect(scaleExplanation('riasec-48', 'X', null)).toBeNull();
  });
});

describe('interestSummary', () => {
  it('gives the code and its themes in words, without numbers', () => {
    const summary = interestSummary(riasecResult(R48_01))!;
    expect(summary.interestCode).toBe('SEC');
    expect(summary.themes.en).toBe('Social: helping, teaching and caring for people; Enterprising: leading, selling and persuading; Conventional: organising data, records and procedures');
    expect(summary.themes.id).toMatch(/^Sosial: .*; Wirausaha: .*; Konvensional: /);
    expect(JSON.stringify(summary)).not.toMatch(/\d/);
  });

  it('is null for a flat, incomplete, invalid or personality result', () => {
    const fives = Object.fromEntries(Object.keys(R48_01).map((s) => [s, Array(8).fill(5)]));
    expect(interestSummary(riasecResult(fives))).toBeNull();
    expect(interestSummary({ ...riasecResult(R48_01), status: 'invalid' })).toBeNull();
    const ipip = scoreProtocol(IPIP_BFM_50, { responses: IPIP_BFM_50.items.map((i) => ({ itemId: i.id, value: (i.position % 5) + 1 })), pageSeconds: [60, 60, 60, 60, 60] });
    expect(interestSummary(ipip)).toBeNull();
  });
});

describe('messages', () => {
  it('describes every flag and every reason for no suggestions in both languages', () => {
    const codes: FlagCode[] = ['MISSING_ITEMS', 'SCALE_INCOMPLETE', 'LONGSTRING', 'ZERO_VARIANCE', 'FLAT_PROFILE', 'INCONSISTENT', 'TOO_FAST', 'FAST_PAGES', 'LOW_ELEVATION', 'HIGH_ELEVATION'];
    for (const code of codes) {
      expect(flagMessage({ code }).id).toBeTruthy();
      expect(flagMessage({ code }).en).toBeTruthy();
    }
    for (const reason of ['invalid', 'flat', 'incomplete'] as const) {
      const message = noSuggestionsMessage(reason);
      expect(message.seeker.id).toBeTruthy();
      expect(message.counsellor.en).toMatch(/BLK/);
    }
  });
});
