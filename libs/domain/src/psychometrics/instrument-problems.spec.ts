import fc from 'fast-check';
import { instrumentProblems } from './instrument-problems.js';
import { IPIP_BFM_50 } from './ipip-bfm-50.js';
import { RIASEC_48 } from './riasec-48.js';

type Mutable = Record<string, any>;

function riasec(change: (d: Mutable) => void): Mutable {
  const copy = JSON.parse(JSON.stringify(RIASEC_48)) as Mutable;
  change(copy);
  return copy;
}

function ipip(change: (d: Mutable) => void): Mutable {
  const copy = JSON.parse(JSON.stringify(IPIP_BFM_50)) as Mutable;
  change(copy);
  return copy;
}

function paths(input: unknown): string[] {
  return instrumentProblems(input).map((p) => p.path);
}

describe('instrumentProblems', () => {
  it('accepts both shipped instruments as JSON', () => {
    expect(instrumentProblems(JSON.parse(JSON.stringify(RIASEC_48)))).toEqual([]);
    expect(instrumentProblems(JSON.parse(JSON.stringify(IPIP_BFM_50)))).toEqual([]);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 3, 'x', [], undefined]) expect(paths(input)).toEqual(['']);
  });

  it.each<[string, Mutable, string, RegExp]>([
    ['an unknown top-level field', riasec((d) => (d.owner = 'me')), 'owner', /remove it/],
    ['a bad id', riasec((d) => (d.id = 'RIASEC 48')), 'id', /lower-case/],
    ['a version that is not semver', riasec((d) => (d.version = '1.0')), 'version', /semantic version/],
    ['an unknown kind', riasec((d) => (d.kind = 'aptitude')), 'kind', /"interest" or "personality"/],
    ['a missing English title', riasec((d) => delete d.title.en), 'title.en', /English/],
    ['a missing attribution', riasec((d) => (d.license.attribution = ' ')), 'license.attribution', /non-empty/],
    ['a bad translation status', riasec((d) => (d.translation.id.status = 'draft')), 'translation.id.status', /provisional/],
    ['min not below max', riasec((d) => (d.responseScale.min = 5)), 'responseScale.max', /greater than/],
    ['a missing label', ipip((d) => delete d.responseScale.labels.id['3']), 'responseScale.labels.id.3', /label for the answer 3 in Bahasa Indonesia/],
    ['a label outside the scale', ipip((d) => (d.responseScale.labels.en['6'] = 'Extra')), 'responseScale.labels.en.6', /only for the values 1 to 5/],
    ['a duplicate scale id', ipip((d) => (d.scales[1].id = 'E')), 'scales[1].id', /used twice/],
    ['an interest inventory without the six letters', riasec((d) => (d.scales[5].id = 'X')), 'scales', /exactly the six scales/],
    ['a duplicate item id', riasec((d) => (d.items[1].id = 'R1')), 'items[1].id', /used twice/],
    ['a duplicate position', riasec((d) => (d.items[1].position = 1)), 'items[1].position', /also used by items\[0\]/],
    ['a position out of range', riasec((d) => (d.items[1].position = 49)), 'items[1].position', /from 1 to 48/],
    ['an unknown scale on an item', ipip((d) => (d.items[0].scale = 'N')), 'items[0].scale', /not one of the scales/],
    ['a key that is not ±1', ipip((d) => (d.items[0].key = 2)), 'items[0].key', /1 \(positively keyed\) or -1/],
    ['a reverse key in an interest inventory', riasec((d) => (d.items[0].key = -1)), 'items[0].key', /all positively keyed/],
    ['a missing item text', ipip((d) => (d.items[4].text.id = '')), 'items[4].text.id', /Bahasa Indonesia/],
    ['an empty page', riasec((d) => d.pages.push([])), 'pages[4]', /non-empty/],
    ['a position on two pages', riasec((d) => d.pages[1].push(1)), 'pages[1][12]', /already on pages\[0\]/],
    ['a page position that is no item', riasec((d) => d.pages[3].push(60)), 'pages[3][12]', /from 1 to 48/],
    ['a pair with an unknown item', riasec((d) => (d.pairs[0].a = 'Z9')), 'pairs[0].a', /not an item id/],
    ['a pair across scales', riasec((d) => (d.pairs[0].b = 'R1')), 'pairs[0]', /different scales/],
    ['a pair of one item', riasec((d) => (d.pairs[0].b = 'I3')), 'pairs[0].b', /with itself/],
    ['a bad pair type', riasec((d) => (d.pairs[0].type = 'same')), 'pairs[0].type', /"syn"/],
    ['a bad scoring method', riasec((d) => (d.scoring.method = 'mean')), 'scoring.method', /"sum"/],
    ['too many missing allowed', riasec((d) => (d.scoring.maxMissingPerScale = 8)), 'scoring.maxMissingPerScale', /smaller than the 8 items/],
    ['no validity policy', riasec((d) => delete d.validityPolicy), 'validityPolicy', /must be an object/],
    ['an invalid threshold below the warning', riasec((d) => (d.validityPolicy.longstring.invalid = 5)), 'validityPolicy.longstring.invalid', /at least/],
    ['a bad missing share', riasec((d) => (d.validityPolicy.missing.invalidAboveFraction = 10)), 'validityPolicy.missing.invalidAboveFraction', /share/],
    ['a bad severity', ipip((d) => (d.validityPolicy.scaleIncomplete = 'error')), 'validityPolicy.scaleIncomplete', /"warning" or "invalid"/],
    ['an elevation outside the scale', riasec((d) => (d.validityPolicy.elevation = { low: 0, high: 4.5 })), 'validityPolicy.elevation', /within the response scale 1..5/],
  ])('reports %s', (_name, input, path, message) => {
    const problems = instrumentProblems(input);
    const problem = problems.find((p) => p.path === path);
    expect(problem).toBeDefined();
    expect(problem!.message).toMatch(message);
  });

  it('reports a gap in positions and a position on no page', () => {
    const input = riasec((d) => {
      d.items.pop();
      d.pages[3].pop();
    });
    expect(paths(input)).toEqual(['pairs[6].b']); // only the pair that named the removed item C8
    const gap = riasec((d) => (d.items[47].position = 1));
    const messages = instrumentProblems(gap).map((p) => p.message);
    expect(messages).toContain('no item has position 48; positions must run from 1 to 48 without gaps');
    const unpaged = riasec((d) => d.pages[3].pop());
    expect(instrumentProblems(unpaged).map((p) => p.message)).toContain('position 48 is on no page; put every position on exactly one page');
  });

  it('lists every problem at once', () => {
    const input = riasec((d) => {
      d.version = 'x';
      d.items[0].key = 0;
      d.pairs[0].a = 'nope';
    });
    expect(paths(input)).toEqual(['version', 'items[0].key', 'pairs[0].a']);
  });

  it('never throws on generated input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        expect(Array.isArray(instrumentProblems(input))).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('items', 'pages', 'pairs', 'scales', 'responseScale', 'validityPolicy', 'scoring'), fc.anything()), (patch) => {
        expect(instrumentProblems({ ...JSON.parse(JSON.stringify(RIASEC_48)), ...patch }).length).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
