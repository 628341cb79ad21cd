import { copyField, copyLine, escapeCopyText, pgTextArray } from './copy-text.js';

describe('COPY text encoding', () => {
  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    expect(escapeCopyText("Ma'ruf, S.Kom")).toBe("Ma'ruf, S.Kom");
    expect(escapeCopyText('a\\b')).toBe('a\\\\b');
    expect(escapeCopyText('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(escapeCopyText('Jl. Pemuda No. 12, Kota Semarang')).toBe('Jl. Pemuda No. 12, Kota Semarang');
  });

  it('writes NULL as \\N, booleans as t/f and numbers as they are', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField(undefined)).toBe('\\N');
    expect(copyField(true)).toBe('t');
    expect(copyField(false)).toBe('f');
    expect(copyField(2_350_000)).toBe('2350000');
    expect(copyField(1.5)).toBe('1.5');
    expect(() => copyField(Number.NaN)).toThrow();
  });

  it('keeps the text "\\N" apart from NULL', () => {
    expect(copyField('\\N')).toBe('\\\\N');
  });

  it('writes array literals, quoting elements that need it', () => {
    expect(pgTextArray([])).toBe('{}');
    expect(pgTextArray(['3374', '3322'])).toBe('{3374,3322}');
    expect(pgTextArray(['a b', 'c,d', '', 'null', '{x}'])).toBe('{"a b","c,d","","null","{x}"}');
    expect(pgTextArray(['say "hi"', 'back\\slash'])).toBe('{"say \\"hi\\"","back\\\\slash"}');
  });

  it('escapes array literals for COPY like any other text', () => {
    expect(copyField(['full_time', 'contract'])).toBe('{full_time,contract}');
    // The array literal {"back\\slash"} travels with each backslash doubled once more.
    expect(copyField(['back\\slash'])).toBe('{"back\\\\\\\\slash"}');
  });

  it('writes a row in column order, tab-separated, ending in a newline', () => {
    const row = { id: 'x', name: "Nur'aini\tSiti", tags: ['a'], note: null };
    expect(copyLine(row, ['name', 'id', 'tags', 'note'])).toBe("Nur'aini\\tSiti\tx\t{a}\t\\N\n");
  });
});
