import { RIASEC_LETTERS } from './riasec-48.js';

/** One problem of an uploaded instrument definition: where it is and what to change. */
export interface InstrumentProblem {
  path: string;
  message: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;
const INSTRUMENT_ID = /^[a-z0-9][a-z0-9-]{1,63}$/;
const TOP_LEVEL_KEYS = [
  'id',
  'version',
  'kind',
  'title',
  'instructions',
  'license',
  'translation',
  'responseScale',
  'scales',
  'items',
  'pages',
  'pairs',
  'scoring',
  'validityPolicy',
];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Every problem of an uploaded instrument definition (the JSON shape of `InstrumentDefinition`), each with
 * a path and what to change; [] when it is valid. Never throws, whatever the input.
 */
export function instrumentProblems(input: unknown): InstrumentProblem[] {
  const problems: InstrumentProblem[] = [];
  const add = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  if (!isObject(input)) {
    add('', 'the instrument must be a JSON object with id, version, kind, title, instructions, license, translation, responseScale, scales, items, pages, pairs, scoring and validityPolicy');
    return problems;
  }

  for (const key of Object.keys(input)) {
    if (!TOP_LEVEL_KEYS.includes(key)) add(key, `unknown field "${key}"; remove it (allowed: ${TOP_LEVEL_KEYS.join(', ')})`);
  }

  const text = (path: string, value: unknown, what: string): void => {
    if (!isNonEmptyString(value)) add(path, `${what} must be a non-empty string`);
  };
  const bilingual = (path: string, value: unknown, what: string): void => {
    if (!isObject(value)) {
      add(path, `${what} must be an object {"id": "<Bahasa Indonesia>", "en": "<English>"}`);
      return;
    }
    text(`${path}.id`, value.id, `${what} in Bahasa Indonesia`);
    text(`${path}.en`, value.en, `${what} in English`);
  };

  if (typeof input.id !== 'string' || !INSTRUMENT_ID.test(input.id)) {
    add('id', `id must be 2-64 lower-case letters, digits or dashes, such as "riasec-48" (got ${show(input.id)})`);
  }
  if (typeof input.version !== 'string' || !SEMVER.test(input.version)) {
    add('version', `version must be a semantic version such as "1.0.0" (got ${show(input.version)}); bump it for any change to items, keys, order or labels`);
  }
  const kind = input.kind;
  if (kind !== 'interest' && kind !== 'personality') add('kind', `kind must be "interest" or "personality" (got ${show(kind)})`);
  bilingual('title', input.title, 'title');
  bilingual('instructions', input.instructions, 'instructions');

  if (!isObject(input.license)) {
    add('license', 'license must be an object {"type", "attribution", "provenance"}');
  } else {
    text('license.type', input.license.type, 'license.type (such as "public-domain")');
    text('license.attribution', input.license.attribution, 'license.attribution (the text shown on the "about this questionnaire" page)');
    text('license.provenance', input.license.provenance, 'license.provenance (where the items come from)');
  }

  const translationId = isObject(input.translation) ? input.translation.id : undefined;
  if (!isObject(translationId)) {
    add('translation.id', 'translation.id must be an object {"status": "provisional" | "validated", "note": "..."}');
  } else {
    if (translationId.status !== 'provisional' && translationId.status !== 'validated') {
      add('translation.id.status', `translation.id.status must be "provisional" or "validated" (got ${show(translationId.status)})`);
    }
    if (typeof translationId.note !== 'string') add('translation.id.note', 'translation.id.note must be a string (may be empty)');
  }

  // Response scale.
  let min: number | null = null;
  let max: number | null = null;
  const scale = input.responseScale;
  if (!isObject(scale)) {
    add('responseScale', 'responseScale must be an object {"min", "max", "labels": {"id": {...}, "en": {...}}}');
  } else {
    if (!Number.isInteger(scale.min)) add('responseScale.min', `responseScale.min must be an integer (got ${show(scale.min)})`);
    if (!Number.isInteger(scale.max)) add('responseScale.max', `responseScale.max must be an integer (got ${show(scale.max)})`);
    if (Number.isInteger(scale.min) && Number.isInteger(scale.max)) {
      if ((scale.min as number) >= (scale.max as number)) {
        add('responseScale.max', `responseScale.max (${show(scale.max)}) must be greater than responseScale.min (${show(scale.min)})`);
      } else if ((scale.max as number) - (scale.min as number) > 20) {
        add('responseScale.max', 'a response scale may have at most 21 points; narrow min..max');
      } else {
        min = scale.min as number;
        max = scale.max as number;
      }
    }
    const labels = scale.labels;
    if (!isObject(labels)) {
      add('responseScale.labels', 'responseScale.labels must be an object {"id": {"1": "..."}, "en": {"1": "..."}} with a label per value');
    } else {
      for (const locale of ['id', 'en'] as const) {
        const set = labels[locale];
        const path = `responseScale.labels.${locale}`;
        if (!isObject(set)) {
          add(path, `${path} must be an object with a label for every value from min to max, such as {"1": "..."}`);
          continue;
        }
        if (min === null || max === null) continue;
        for (let v = min; v <= max; v++) {
          if (!isNonEmptyString(set[String(v)])) add(`${path}.${v}`, `add a non-empty label for the answer ${v} in ${locale === 'id' ? 'Bahasa Indonesia' : 'English'}`);
        }
        for (const key of Object.keys(set)) {
          const v = Number(key);
          if (!Number.isInteger(v) || String(v) !== key || v < min || v > max) add(`${path}.${key}`, `remove the label "${key}": labels are only for the values ${min} to ${max}`);
        }
      }
    }
  }

  // Scales.
  const scaleIds = new Set<string>();
  if (!Array.isArray(input.scales) || input.scales.length === 0) {
    add('scales', 'scales must be a non-empty array of {"id", "name": {"id", "en"}}');
  } else {
    input.scales.forEach((s: unknown, i: number) => {
      const path = `scales[${i}]`;
      if (!isObject(s)) {
        add(path, `${path} must be an object {"id", "name": {"id", "en"}}`);
        return;
      }
      if (!isNonEmptyString(s.id)) add(`${path}.id`, `${path}.id must be a non-empty string`);
      else if (scaleIds.has(s.id)) add(`${path}.id`, `scale id "${s.id}" is used twice; give every scale its own id`);
      else scaleIds.add(s.id);
      bilingual(`${path}.name`, s.name, `${path}.name`);
    });
    if (kind === 'interest') {
      const expected = RIASEC_LETTERS.join(',');
      if ([...scaleIds].sort().join(',') !== [...RIASEC_LETTERS].sort().join(',')) {
        add('scales', `an interest inventory must have exactly the six scales ${expected} (the Holland code is built from them)`);
      }
    }
  }

  // Items.
  const itemScale = new Map<string, string>();
  const positions = new Map<number, number>();
  let itemCount = 0;
  if (!Array.isArray(input.items) || input.items.length === 0) {
    add('items', 'items must be a non-empty array of {"id", "position", "scale", "key", "text": {"id", "en"}}');
  } else {
    itemCount = input.items.length;
    input.items.forEach((item: unknown, i: number) => {
      const path = `items[${i}]`;
      if (!isObject(item)) {
        add(path, `${path} must be an object {"id", "position", "scale", "key", "text"}`);
        return;
      }
      let id: string | null = null;
      if (!isNonEmptyString(item.id)) add(`${path}.id`, `${path}.id must be a non-empty string`);
      else if (itemScale.has(item.id)) add(`${path}.id`, `item id "${item.id}" is used twice; give every item its own id`);
      else id = item.id;
      if (!Number.isInteger(item.position) || (item.position as number) < 1 || (item.position as number) > itemCount) {
        add(`${path}.position`, `${path}.position must be an integer from 1 to ${itemCount}, the number of items (got ${show(item.position)})`);
      } else {
        const position = item.position as number;
        if (positions.has(position)) add(`${path}.position`, `position ${position} is also used by items[${positions.get(position)}]; every position 1..${itemCount} must be used once`);
        else positions.set(position, i);
      }
      if (!isNonEmptyString(item.scale) || !scaleIds.has(item.scale)) {
        add(`${path}.scale`, `${path}.scale ${show(item.scale)} is not one of the scales (${[...scaleIds].join(', ') || 'none defined'}); use one of them`);
      } else if (id !== null) {
        itemScale.set(id, item.scale);
      }
      if (id !== null && !itemScale.has(id)) itemScale.set(id, '');
      if (item.key !== 1 && item.key !== -1) add(`${path}.key`, `${path}.key must be 1 (positively keyed) or -1 (reverse keyed) (got ${show(item.key)})`);
      else if (kind === 'interest' && item.key === -1) add(`${path}.key`, 'interest items are all positively keyed; set key to 1');
      bilingual(`${path}.text`, item.text, `${path}.text`);
      for (const key of Object.keys(item)) {
        if (!['id', 'position', 'scale', 'key', 'text'].includes(key)) add(`${path}.${key}`, `unknown field "${key}" on an item; remove it`);
      }
    });
    for (let p = 1; p <= itemCount; p++) {
      if (!positions.has(p)) add('items', `no item has position ${p}; positions must run from 1 to ${itemCount} without gaps`);
    }
    for (const scaleId of scaleIds) {
      if (![...itemScale.values()].includes(scaleId)) add('scales', `scale "${scaleId}" has no items; add items or remove the scale`);
    }
  }

  // Pages.
  if (!Array.isArray(input.pages) || input.pages.length === 0) {
    add('pages', 'pages must be a non-empty array of arrays of item positions, such as [[1,2,3],[4,5,6]]');
  } else {
    const paged = new Map<number, number>();
    input.pages.forEach((page: unknown, i: number) => {
      const path = `pages[${i}]`;
      if (!Array.isArray(page) || page.length === 0) {
        add(path, `${path} must be a non-empty array of item positions`);
        return;
      }
      page.forEach((position: unknown, j: number) => {
        if (!Number.isInteger(position) || (position as number) < 1 || (itemCount > 0 && (position as number) > itemCount)) {
          add(`${path}[${j}]`, `${path}[${j}] must be an item position from 1 to ${itemCount} (got ${show(position)})`);
        } else if (paged.has(position as number)) {
          add(`${path}[${j}]`, `position ${show(position)} is already on pages[${paged.get(position as number)}]; put every position on exactly one page`);
        } else {
          paged.set(position as number, i);
        }
      });
    });
    for (let p = 1; p <= itemCount; p++) {
      if (!paged.has(p)) add('pages', `position ${p} is on no page; put every position on exactly one page`);
    }
  }

  // Pairs.
  if (!Array.isArray(input.pairs)) {
    add('pairs', 'pairs must be an array of {"a": itemId, "b": itemId, "type": "syn" | "ant"} (may be empty)');
  } else {
    input.pairs.forEach((pair: unknown, i: number) => {
      const path = `pairs[${i}]`;
      if (!isObject(pair)) {
        add(path, `${path} must be an object {"a", "b", "type"}`);
        return;
      }
      for (const end of ['a', 'b'] as const) {
        if (typeof pair[end] !== 'string' || !itemScale.has(pair[end] as string)) add(`${path}.${end}`, `${path}.${end} ${show(pair[end])} is not an item id; use the id of an item`);
      }
      if (pair.type !== 'syn' && pair.type !== 'ant') add(`${path}.type`, `${path}.type must be "syn" (synonym) or "ant" (antonym) (got ${show(pair.type)})`);
      if (typeof pair.a === 'string' && pair.a === pair.b) add(`${path}.b`, `${path} pairs item "${pair.a}" with itself; choose two different items`);
      const scaleA = typeof pair.a === 'string' ? itemScale.get(pair.a) : undefined;
      const scaleB = typeof pair.b === 'string' ? itemScale.get(pair.b) : undefined;
      if (scaleA && scaleB && scaleA !== scaleB) add(path, `items "${show(pair.a)}" (scale ${scaleA}) and "${show(pair.b)}" (scale ${scaleB}) are in different scales; pair items of one scale`);
    });
  }

  // Scoring.
  const scoring = input.scoring;
  if (!isObject(scoring)) {
    add('scoring', 'scoring must be {"method": "sum", "maxMissingPerScale": <integer>, "prorate": true}');
  } else {
    if (scoring.method !== 'sum') add('scoring.method', `scoring.method must be "sum" (got ${show(scoring.method)})`);
    if (scoring.prorate !== true) add('scoring.prorate', 'scoring.prorate must be true');
    if (!Number.isInteger(scoring.maxMissingPerScale) || (scoring.maxMissingPerScale as number) < 0) {
      add('scoring.maxMissingPerScale', `scoring.maxMissingPerScale must be a whole number of items, 0 or more (got ${show(scoring.maxMissingPerScale)})`);
    } else {
      for (const scaleId of scaleIds) {
        const size = [...itemScale.values()].filter((s) => s === scaleId).length;
        if (size > 0 && (scoring.maxMissingPerScale as number) >= size) {
          add('scoring.maxMissingPerScale', `scoring.maxMissingPerScale (${show(scoring.maxMissingPerScale)}) must be smaller than the ${size} items of scale "${scaleId}"`);
        }
      }
    }
  }

  validityPolicyProblems(input.validityPolicy, min, max, add);
  return problems;
}

function validityPolicyProblems(policy: unknown, min: number | null, max: number | null, add: (path: string, message: string) => void): void {
  const example =
    '{"missing": {"warningAtLeast": 1, "invalidAboveFraction": 0.1}, "scaleIncomplete": "warning", "longstring": {"warning": 10, "invalid": 25}, "inconsistency": {"minPairs": 6, "warning": 1.5, "invalid": 2.5}, "minSecondsPerItem": 2, "fastPageSecondsPerItem": 2, "elevation": null, "flatProfile": null, "distinctZ": 1}';
  if (!isObject(policy)) {
    add('validityPolicy', `validityPolicy must be an object such as ${example}`);
    return;
  }
  const positive = (path: string, value: unknown, integer = false): boolean => {
    const ok = typeof value === 'number' && Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value));
    if (!ok) add(path, `${path} must be a ${integer ? 'whole number' : 'number'} greater than 0 (got ${show(value)})`);
    return ok;
  };
  const severity = (path: string, value: unknown, nullable: boolean): void => {
    if (value === 'warning' || value === 'invalid' || (nullable && value === null)) return;
    add(path, `${path} must be "warning" or "invalid"${nullable ? ' or null (not checked)' : ''} (got ${show(value)})`);
  };

  const missing = policy.missing;
  if (!isObject(missing)) add('validityPolicy.missing', 'validityPolicy.missing must be {"warningAtLeast": 1, "invalidAboveFraction": 0.1}');
  else {
    positive('validityPolicy.missing.warningAtLeast', missing.warningAtLeast, true);
    if (typeof missing.invalidAboveFraction !== 'number' || !(missing.invalidAboveFraction >= 0 && missing.invalidAboveFraction < 1)) {
      add('validityPolicy.missing.invalidAboveFraction', `validityPolicy.missing.invalidAboveFraction must be a share from 0 to below 1, such as 0.1 (got ${show(missing.invalidAboveFraction)})`);
    }
  }
  severity('validityPolicy.scaleIncomplete', policy.scaleIncomplete, false);
  severity('validityPolicy.flatProfile', policy.flatProfile, true);

  const pairOfThresholds = (name: 'longstring' | 'inconsistency', integer: boolean): void => {
    const value = policy[name];
    const path = `validityPolicy.${name}`;
    if (!isObject(value)) {
      add(path, `${path} must be an object with "warning" and "invalid" thresholds${name === 'inconsistency' ? ' and "minPairs"' : ''}`);
      return;
    }
    const w = positive(`${path}.warning`, value.warning, integer);
    const i = positive(`${path}.invalid`, value.invalid, integer);
    if (w && i && (value.invalid as number) < (value.warning as number)) add(`${path}.invalid`, `${path}.invalid must be at least ${path}.warning`);
    if (name === 'inconsistency') positive(`${path}.minPairs`, value.minPairs, true);
  };
  pairOfThresholds('longstring', true);
  pairOfThresholds('inconsistency', false);
  positive('validityPolicy.minSecondsPerItem', policy.minSecondsPerItem);
  positive('validityPolicy.fastPageSecondsPerItem', policy.fastPageSecondsPerItem);
  positive('validityPolicy.distinctZ', policy.distinctZ);

  const elevation = policy.elevation;
  if (elevation !== null) {
    if (!isObject(elevation) || typeof elevation.low !== 'number' || typeof elevation.high !== 'number' || !(elevation.low < elevation.high)) {
      add('validityPolicy.elevation', 'validityPolicy.elevation must be null (not checked) or {"low": <mean answer>, "high": <mean answer>} with low < high');
    } else if (min !== null && max !== null && (elevation.low < min || elevation.high > max)) {
      add('validityPolicy.elevation', `validityPolicy.elevation must lie within the response scale ${min}..${max}`);
    }
  }
}
