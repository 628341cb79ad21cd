import { psychometrics } from '#persistence';
import type { RegisteredUser } from './factories.js';
import type { TestContext } from './test-context.js';

const bearer = { type: 'bearer' } as const;

export type Answerer = (item: { id: string; scale: string; position: number; key: 1 | -1 }) => number | null;

export function shippedInstrument(id: string): psychometrics.InstrumentDefinition {
  const instrument = psychometrics.SHIPPED_INSTRUMENTS.find((candidate) => candidate.id === id);
  if (!instrument) throw new Error(`No shipped instrument ${id}`);
  return instrument;
}

/**
 * Takes an inventory through the API: start, every page in order, submit. Each page's server
 * timestamp is moved back `secondsPerPage` before answering, so the speed checks see a calm pace.
 */
export async function takeAssessment(
  t: TestContext,
  user: RegisteredUser,
  instrumentId: string,
  answer: Answerer,
  options: { secondsPerPage?: number; submit?: boolean; locale?: 'id' | 'en' } = {},
): Promise<string> {
  const instrument = shippedInstrument(instrumentId);
  const byId = new Map(instrument.items.map((item) => [item.id, item]));
  const started = await t.http.post('/api/assessments').auth(user.accessToken, bearer).send({ instrumentId, locale: options.locale ?? 'id' });
  if (started.status !== 201 && started.status !== 200) throw new Error(`start answered ${started.status}: ${JSON.stringify(started.body)}`);
  const id = started.body.id as string;
  // A session in progress resumes at its current page, as the web app does.
  for (let index = started.body.currentPage as number; index < started.body.pageCount; index += 1) {
    const page = await t.http.get(`/api/assessments/${id}/pages/${index}`).auth(user.accessToken, bearer);
    if (page.status !== 200) throw new Error(`page ${index} answered ${page.status}: ${JSON.stringify(page.body)}`);
    await t.db.query(`UPDATE assessment_pages SET served_at = served_at - make_interval(secs => $3) WHERE assessment_id = $1 AND page_index = $2`, [
      id,
      index,
      options.secondsPerPage ?? 120,
    ]);
    const answers = (page.body.items as Array<{ id: string }>).map((item) => ({ itemId: item.id, value: answer(byId.get(item.id)!) }));
    const saved = await t.http.put(`/api/assessments/${id}/pages/${index}`).auth(user.accessToken, bearer).send({ answers });
    if (saved.status !== 200) throw new Error(`answering page ${index} answered ${saved.status}: ${JSON.stringify(saved.body)}`);
  }
  if (options.submit !== false) {
    const submitted = await t.http.post(`/api/assessments/${id}/submit`).auth(user.accessToken, bearer);
    if (submitted.status !== 202) throw new Error(`submit answered ${submitted.status}: ${JSON.stringify(submitted.body)}`);
  }
  return id;
}

/** The protocol the worker scores, read back from the database (answers and server page times). */
export async function storedProtocol(t: TestContext, assessmentId: string, instrument: psychometrics.InstrumentDefinition): Promise<psychometrics.Protocol> {
  const responses = await t.db.query(`SELECT item_id, value FROM assessment_responses WHERE assessment_id = $1`, [assessmentId]);
  const pages = await t.db.query(`SELECT page_index, extract(epoch FROM answered_at - served_at)::float8 AS seconds FROM assessment_pages WHERE assessment_id = $1`, [assessmentId]);
  const seconds = new Map(pages.rows.map((row) => [row.page_index as number, row.seconds as number | null]));
  return {
    responses: responses.rows.map((row) => ({ itemId: row.item_id as string, value: row.value as number | null })),
    pageSeconds: instrument.pages.map((_, index) => seconds.get(index) ?? null),
  };
}
