/**
 * A child process of the matching benchmark that only builds the index, as the worker does at start
 * (vacancies, then seekers, streamed with the loaders and compiled one page at a time), and prints
 * its memory as one JSON line: what the worker's index costs, apart from the benchmark's own
 * copies. `node --expose-gc dist/bench/matching-memory.js <database url> <seekers> <vacancies>`.
 */
import pg from 'pg';
import { compileSeeker, compileVacancy, MatchContext } from '#domain';
import { MatchIndex } from '#matching-engine';
import { loadActiveWeightSet, loadMatchReference, streamMatchSeekers, streamMatchVacancies } from '#persistence';
import { sqlRunner } from './matching-data.js';

const [url, seekerLimit, vacancyLimit] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 2 });
const db = sqlRunner(pool);
const started = performance.now();
const ctx = MatchContext.create(await loadMatchReference(db), (await loadActiveWeightSet(db)).weights);
const index = new MatchIndex(ctx);
const maxVacancies = Number(vacancyLimit);
const maxSeekers = Number(seekerLimit);
for await (const page of streamMatchVacancies(db)) {
  for (const vacancy of page) if (index.vacancyCount < maxVacancies) index.upsertVacancy(compileVacancy(vacancy, ctx));
  if (index.vacancyCount >= maxVacancies) break;
}
for await (const page of streamMatchSeekers(db)) {
  for (const seeker of page) if (index.seekerCount < maxSeekers) index.upsertSeeker(compileSeeker(seeker, ctx));
  if (index.seekerCount >= maxSeekers) break;
}
await pool.end();
const seconds = (performance.now() - started) / 1000;
// A query each way, so lazily built structures exist, then a full collection before reading.
const anySeeker = index.seekerIds().next().value;
const anyVacancy = index.vacancyIds().next().value;
if (anySeeker) index.topJobs(anySeeker, 50);
if (anyVacancy) index.topCandidates(anyVacancy, 50);
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    seekers: index.seekerCount,
    vacancies: index.vacancyCount,
    seconds,
    rss: memory.rss,
    heapUsed: memory.heapUsed,
    external: memory.external,
    arrayBuffers: memory.arrayBuffers,
    maxRss: process.resourceUsage().maxRSS * 1024,
  })}\n`,
);
