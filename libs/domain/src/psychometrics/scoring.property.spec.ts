import fc from 'fast-check';
import { DomainError } from '../common/domain-error.js';
import { SHIPPED_INSTRUMENTS } from './instruments.js';
import { scoreProtocol } from './scoring.js';
import type { InstrumentDefinition, Protocol } from './types.js';

function protocolArbitrary(instrument: InstrumentDefinition): fc.Arbitrary<Protocol> {
  const { min, max } = instrument.responseScale;
  return fc.record({
    responses: fc.tuple(...instrument.items.map((item) => fc.option(fc.integer({ min, max }), { freq: 8 }).map((value) => ({ itemId: item.id, value })))),
    pageSeconds: fc.tuple(...instrument.pages.map(() => fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { freq: 6 }))),
  });
}

describe.each(SHIPPED_INSTRUMENTS.map((i) => [i.id, i] as const))('scoreProtocol properties on %s', (_id, instrument) => {
  const { min, max } = instrument.responseScale;

  it('keeps scores in range and the status in line with the flags', () => {
    fc.assert(
      fc.property(protocolArbitrary(instrument), (protocol) => {
        const result = scoreProtocol(instrument, protocol);
        for (const scale of instrument.scales) {
          const n = instrument.items.filter((i) => i.scale === scale.id).length;
          const score = result.scales[scale.id]!;
          if (score.raw === null) continue;
          expect(score.raw).toBeGreaterThanOrEqual(n * min - 1e-9);
          expect(score.raw).toBeLessThanOrEqual(n * max + 1e-9);
          expect(score.pomp!).toBeGreaterThanOrEqual(-1e-9);
          expect(score.pomp!).toBeLessThanOrEqual(100 + 1e-9);
        }
        const expected = result.flags.some((f) => f.severity === 'invalid') ? 'invalid' : result.flags.length > 0 ? 'questionable' : 'valid';
        expect(result.status).toBe(expected);
        if (result.holland) expect(new Set(result.holland.code).size).toBe(3);
      }),
      { numRuns: 300 },
    );
  });

  it('answers a malformed protocol with a DomainError, never another error', () => {
    const junk = fc.record({
      responses: fc.array(fc.record({ itemId: fc.oneof(fc.constantFrom(...instrument.items.map((i) => i.id)), fc.string()), value: fc.anything() })),
      pageSeconds: fc.array(fc.anything()),
    });
    fc.assert(
      fc.property(junk, (protocol) => {
        try {
          scoreProtocol(instrument, protocol as Protocol);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
        }
      }),
      { numRuns: 300 },
    );
  });

  // About 8 µs a protocol in plain Node; the bound is loose for a shared machine under jest.
  it('scores fast enough for the worker (under 500 µs a protocol)', () => {
    const protocol: Protocol = {
      responses: instrument.items.map((item, i) => ({ itemId: item.id, value: (i % (max - min + 1)) + min })),
      pageSeconds: instrument.pages.map(() => 60),
    };
    for (let i = 0; i < 500; i++) scoreProtocol(instrument, protocol);
    const started = process.hrtime.bigint();
    for (let i = 0; i < 5000; i++) scoreProtocol(instrument, protocol);
    const microsEach = Number(process.hrtime.bigint() - started) / 1000 / 5000;
    expect(microsEach).toBeLessThan(500);
  });
});
