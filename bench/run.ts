import { assessmentsBenchmark } from './assessments.bench.js';
import { enrolmentBenchmark } from './enrolment.bench.js';
import { caseloadBenchmark } from './caseload.bench.js';
import { httpBenchmark } from './http.bench.js';
import { matchingBenchmark } from './matching.bench.js';
import { searchBenchmark } from './search.bench.js';

const BENCHMARKS: Record<string, (args: string[]) => Promise<number>> = {
  http: httpBenchmark,
  search: searchBenchmark,
  assessments: assessmentsBenchmark,
  matching: matchingBenchmark,
  enrolment: enrolmentBenchmark,
  caseload: caseloadBenchmark,
};

/** `npm run bench -- <name> [options]`: runs one benchmark, prints a table, writes JSON under bench-results/. */
export async function runBenchmarks(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  const benchmark = name ? BENCHMARKS[name] : undefined;
  if (!benchmark) {
    process.stderr.write(`Usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> [--seconds=10] [--connections=50] [--submissions=20000] (matching: [--quick] [--seekers=N] [--vacancies=N] [--samples=N] [--repetitions=N]) (enrolment: [--applications=200] [--capacity=20] [--cohorts=5] [--rounds=3] [--processes=2]) (caseload: [--requests=200])\n`);
    return 2;
  }
  return benchmark(rest);
}
