/**
 * Encoding of values for PostgreSQL's COPY ... FROM STDIN in text format (the default): columns
 * separated by a tab, rows ended by a newline, NULL written as \N, and backslash, tab, newline and
 * carriage return escaped with a backslash. Array columns are written as array literals ({a,"b c"}),
 * which are then escaped like any other text.
 */

export type CopyValue = string | number | boolean | null | undefined | readonly string[];

const NEEDS_COPY_ESCAPE = /[\\\t\n\r]/;
const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** Escapes text for a COPY text-format field. */
export function escapeCopyText(text: string): string {
  return NEEDS_COPY_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (character) => COPY_ESCAPES[character]) : text;
}

const NEEDS_ARRAY_QUOTES = /[{}",\\\s]/;

/** A PostgreSQL array literal for a one-dimensional text array: {a,b,"with space","quote\"d"}. */
export function pgTextArray(items: readonly string[]): string {
  const elements = items.map((item) => {
    if (item === '' || NEEDS_ARRAY_QUOTES.test(item) || item.toUpperCase() === 'NULL') {
      return `"${item.replace(/["\\]/g, (character) => `\\${character}`)}"`;
    }
    return item;
  });
  return `{${elements.join(',')}}`;
}

/** One field of a COPY text-format row. */
export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'string') return escapeCopyText(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cannot COPY the number ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 't' : 'f';
  return escapeCopyText(pgTextArray(value));
}

/** One COPY text-format line (newline included) for `row`, its values taken in `columns` order. */
export function copyLine<Row>(row: Row, columns: ReadonlyArray<keyof Row & string>): string {
  let line = '';
  for (let i = 0; i < columns.length; i++) {
    if (i > 0) line += '\t';
    line += copyField(row[columns[i]] as CopyValue);
  }
  return `${line}\n`;
}
