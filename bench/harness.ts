import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from '../scripts/lib/environment.js';

export interface BenchRow {
  [column: string]: string | number;
}

export interface BenchReport {
  name: string;
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  parameters: Record<string, unknown>;
  rows: BenchRow[];
}

export function machine(): BenchReport['machine'] {
  return { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node };
}

/** Prints the rows as an aligned table. */
export function printTable(rows: BenchRow[]): void {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const widths = columns.map((column) => Math.max(column.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells: string[]) => `| ${cells.map((cell, index) => cell.padEnd(widths[index])).join(' | ')} |`;
  process.stdout.write(`${line(columns)}\n|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|\n`);
  for (const row of rows) process.stdout.write(`${line(columns.map((column) => String(row[column])))}\n`);
}

/** Writes the report as JSON under bench-results/ (git-ignored) and returns the path. */
export function writeReport(report: BenchReport): string {
  const dir = join(repositoryRoot, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${report.name}-${report.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2));
  return file;
}

/** Starts a built script of the repository in its own Node process (a server under load, apart from the load generator). */
export function startChild(script: string, args: string[], env: Record<string, string | undefined>): ChildProcess {
  return spawn(process.execPath, [join(repositoryRoot, script), ...args], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Stops a child with SIGTERM and waits until it has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
