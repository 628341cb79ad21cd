import { IPIP_BFM_50 } from './ipip-bfm-50.js';
import { SHIPPED_INSTRUMENTS } from './instruments.js';
import { RIASEC_48, RIASEC_LETTERS } from './riasec-48.js';
import type { InstrumentDefinition } from './types.js';

function keyCounts(instrument: InstrumentDefinition): Record<string, string> {
  const counts: Record<string, string> = {};
  for (const scale of instrument.scales) {
    const items = instrument.items.filter((i) => i.scale === scale.id);
    counts[scale.id] = `${items.filter((i) => i.key === 1).length}+/${items.filter((i) => i.key === -1).length}-`;
  }
  return counts;
}

describe('IPIP-BFM-50 item bank', () => {
  it('has the key counts of spec §2.2 per scale', () => {
    expect(keyCounts(IPIP_BFM_50)).toEqual({ E: '5+/5-', A: '6+/4-', C: '6+/4-', ES: '2+/8-', O: '7+/3-' });
  });

  it('has exactly the negatively keyed positions of spec §2.2', () => {
    const negative = IPIP_BFM_50.items.filter((i) => i.key === -1).map((i) => i.position);
    expect(negative.sort((a, b) => a - b)).toEqual([2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 29, 30, 32, 34, 36, 38, 39, 44, 46, 49]);
  });

  it('cycles E, A, C, ES, O in administration order', () => {
    const cycle = ['E', 'A', 'C', 'ES', 'O'];
    for (const item of IPIP_BFM_50.items) expect(item.scale).toBe(cycle[(item.position - 1) % 5]);
  });

  it('keeps the English wording of the first and last items verbatim', () => {
    const byPosition = new Map(IPIP_BFM_50.items.map((i) => [i.position, i]));
    expect(byPosition.get(1)!.text.en).toBe('Am the life of the party.');
    expect(byPosition.get(28)!.text.en).toBe('Often forget to put things back in their proper place.');
    expect(byPosition.get(50)!.text.en).toBe('Am full of ideas.');
  });

  it('has 5 synonym and 5 antonym pairs at the positions of spec §5', () => {
    const position = new Map(IPIP_BFM_50.items.map((i) => [i.id, i.position]));
    const pairs = IPIP_BFM_50.pairs.map((p) => `${p.type}:${position.get(p.a)},${position.get(p.b)}`);
    expect(pairs).toEqual(['syn:34,39', 'syn:8,28', 'syn:10,20', 'syn:16,36', 'syn:29,44', 'ant:19,49', 'ant:15,30', 'ant:7,32', 'ant:41,36', 'ant:9,4']);
  });

  it('has 5 pages of 10', () => {
    expect(IPIP_BFM_50.pages.map((p) => p.length)).toEqual([10, 10, 10, 10, 10]);
  });
});

describe('RIASEC-48 item bank', () => {
  it('keys every item positively, 8 per type', () => {
    expect(RIASEC_48.items.every((i) => i.key === 1)).toBe(true);
    for (const letter of RIASEC_LETTERS) expect(RIASEC_48.items.filter((i) => i.scale === letter)).toHaveLength(8);
  });

  it('interleaves the types: position = (k − 1)·6 + index(letter) + 1', () => {
    for (const item of RIASEC_48.items) {
      const letter = item.id[0] as (typeof RIASEC_LETTERS)[number];
      const k = Number(item.id.slice(1));
      expect(item.scale).toBe(letter);
      expect(item.position).toBe((k - 1) * 6 + RIASEC_LETTERS.indexOf(letter) + 1);
    }
    expect(RIASEC_48.items.slice(0, 7).map((i) => i.id)).toEqual(['R1', 'I1', 'A1', 'S1', 'E1', 'C1', 'R2']);
    expect(RIASEC_48.items.at(-1)!.id).toBe('C8');
  });

  it('keeps the English wording verbatim', () => {
    const byId = new Map(RIASEC_48.items.map((i) => [i.id, i.text.en]));
    expect(byId.get('R1')).toBe('Test the quality of parts before shipment');
    expect(byId.get('C7')).toBe("Handle customers' bank transactions");
    expect(byId.get('I8')).toBe('Make a map of the bottom of an ocean');
  });

  it('has 4 pages of 12 and the 8 provisional synonym pairs of spec §5', () => {
    expect(RIASEC_48.pages.map((p) => p.length)).toEqual([12, 12, 12, 12]);
    expect(RIASEC_48.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['I3-I5', 'I5-I7', 'R4-R7', 'S3-S5', 'E6-E8', 'C1-C4', 'C2-C8', 'A2-A8']);
  });
});

describe.each(SHIPPED_INSTRUMENTS.map((i) => [i.id, i] as const))('%s integrity', (_id, instrument) => {
  it('numbers positions 1..n once, with unique ids', () => {
    const positions = instrument.items.map((i) => i.position).sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: instrument.items.length }, (_, i) => i + 1));
    expect(new Set(instrument.items.map((i) => i.id)).size).toBe(instrument.items.length);
  });

  it('covers every position exactly once with its pages', () => {
    const paged = instrument.pages.flat().sort((a, b) => a - b);
    expect(paged).toEqual(Array.from({ length: instrument.items.length }, (_, i) => i + 1));
  });

  it('puts both items of every pair in one scale', () => {
    const scale = new Map(instrument.items.map((i) => [i.id, i.scale]));
    for (const pair of instrument.pairs) {
      expect(scale.get(pair.a)).toBeDefined();
      expect(scale.get(pair.a)).toBe(scale.get(pair.b));
    }
  });

  it('has both languages for every text and label, and is marked provisional', () => {
    for (const item of instrument.items) {
      expect(item.text.id.length).toBeGreaterThan(3);
      expect(item.text.en.length).toBeGreaterThan(3);
    }
    for (let v = instrument.responseScale.min; v <= instrument.responseScale.max; v++) {
      expect(instrument.responseScale.labels.id[String(v)]).toBeTruthy();
      expect(instrument.responseScale.labels.en[String(v)]).toBeTruthy();
    }
    expect(instrument.translation.id.status).toBe('provisional');
    expect(instrument.license.attribution).toMatch(/public.domain/i);
  });
});
