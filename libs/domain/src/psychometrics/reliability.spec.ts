import { DomainError } from '../common/domain-error.js';
import { IPIP_BFM_50 } from './ipip-bfm-50.js';
import { ALPHA_ALARM, MIN_NORM_GROUP_SIZE, ageBand, alphaAlarm, buildNormTable, cronbachAlpha, normGroupKey } from './reliability.js';
import { scoreProtocol } from './scoring.js';

describe('cronbachAlpha', () => {
  // Item variances 2.5, 0.7, 1.3 (sum 4.5); totals 8, 13, 10, 13, 5 with variance 11.7 (all n − 1).
  const matrix = [
    [2, 3, 3],
    [4, 4, 5],
    [3, 3, 4],
    [5, 4, 4],
    [1, 2, 2],
  ];

  it('computes alpha = k/(k−1) · (1 − Σ s²_i / s²_total) on a hand-computed matrix', () => {
    const report = cronbachAlpha(matrix);
    expect(report.alpha).toBeCloseTo(1.5 * (1 - 4.5 / 11.7), 10); // 0.923077
    // Without item 1: variances 0.7 + 1.3 = 2, totals 6, 9, 7, 8, 4 with variance 3.7.
    expect(report.alphaIfDeleted[0]).toBeCloseTo(2 * (1 - 2 / 3.7), 10); // 0.918919
    expect(report.alphaIfDeleted[1]).toBeCloseTo(0.882353, 4);
    expect(report.alphaIfDeleted[2]).toBeCloseTo(0.877193, 4);
    expect(report.itemTotal[0]).toBeCloseTo(0.904194, 4);
    expect(report.itemTotal[1]).toBeCloseTo(0.962533, 4);
    expect(report.itemTotal[2]).toBeCloseTo(0.863294, 4);
  });

  it('gives 1 for identical items', () => {
    expect(cronbachAlpha([[1, 1], [2, 2], [3, 3]]).alpha).toBeCloseTo(1, 10);
  });

  it('may be negative when items are negatively related (a keying error)', () => {
    // Variances 1 and 1/3, totals 4, 4, 5 with variance 1/3: α = 2 · (1 − 4) = −6.
    const report = cronbachAlpha([[1, 3], [2, 2], [3, 2]]);
    expect(report.alpha).toBeCloseTo(-6, 10);
    expect(alphaAlarm(report.alpha)).toBe(true);
    expect(report.alphaIfDeleted).toEqual([null, null]); // one item left
  });

  it('is null when the total does not vary, or with too few people or items', () => {
    expect(cronbachAlpha([[1, 3], [2, 2], [3, 1]]).alpha).toBeNull();
    expect(cronbachAlpha([[1, 3]]).alpha).toBeNull();
    expect(cronbachAlpha([[1], [2], [3]]).alpha).toBeNull();
    expect(cronbachAlpha([]).alpha).toBeNull();
    expect(cronbachAlpha([[2, 1], [2, 3], [2, 5]]).itemTotal[0]).toBeNull(); // constant item
  });

  it('refuses ragged rows', () => {
    expect(() => cronbachAlpha([[1, 2], [3]])).toThrow(DomainError);
    expect(() => cronbachAlpha([[1, 2], [3, Number.NaN]])).toThrow(/row 1/);
  });

  it('alarms under .70', () => {
    expect(ALPHA_ALARM).toBe(0.7);
    expect(alphaAlarm(0.69)).toBe(true);
    expect(alphaAlarm(0.7)).toBe(false);
    expect(alphaAlarm(null)).toBe(true);
  });
});

describe('norm groups', () => {
  it.each([
    ['2000-06-15', '2026-06-14', '25-34'],
    ['2000-06-15', '2026-06-15', '25-34'],
    ['2002-06-15', '2026-06-14', '15-24'],
    ['2011-11-23', '2026-11-22', 'under-15'],
    ['2011-11-22', '2026-11-22', '15-24'],
    ['1981-01-01', '2026-01-01', '45-54'],
    ['1971-01-01', '2026-01-01', '55+'],
    ['1982-03-01', '2026-11-22', '35-44'],
  ])('born %s is in band %s on %s', (birth, on, band) => {
    expect(ageBand(birth, on)).toBe(band);
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => ageBand('15/06/2000', '2026-01-01')).toThrow(/YYYY-MM-DD/);
  });

  it('keys a group by locale, sex, age band and education', () => {
    expect(normGroupKey({ locale: 'id', sex: 'F', ageBand: '15-24', education: ' SMK ' })).toBe('id|F|15-24|smk');
    expect(MIN_NORM_GROUP_SIZE).toBe(300);
  });

  it('builds a norm table that scoring uses', () => {
    const rows = [
      [5, 4, 4, 5, 4, 3, 4, 5, 4, 4],
      [3, 3, 2, 3, 3, 3, 2, 3, 3, 3],
      [4, 4, 4, 4, 3, 4, 4, 4, 4, 4],
      [2, 2, 2, 1, 2, 3, 2, 2, 2, 2],
    ];
    const table = buildNormTable('ipip-id-2026-1', { E: rows });
    // Sums 42, 28, 39, 20: mean 32.25, SD √(308.75/3).
    expect(table.scales.E).toMatchObject({ mean: 32.25, n: 4, distribution: [20, 28, 39, 42] });
    expect(table.scales.E!.sd).toBeCloseTo(Math.sqrt(308.75 / 3), 10);
    expect(table.scales.E!.alpha).toBeGreaterThan(0.9);
    const protocol = { responses: IPIP_BFM_50.items.map((i) => ({ itemId: i.id, value: 3 })), pageSeconds: [60, 60, 60, 60, 60] };
    const result = scoreProtocol(IPIP_BFM_50, protocol, table);
    expect(result.normVersion).toBe('ipip-id-2026-1');
    expect(result.scales.E!.percentile).toBeCloseTo(50, 10); // 30: two of four below
    expect(result.scales.A!.z).toBeNull(); // no norms for A
  });
});
