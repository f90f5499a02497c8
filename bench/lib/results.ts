import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** One measured number, next to what it is compared with. */
export interface Figure {
  metric: string;
  value: number;
  unit: string;
  /** The same work done by the raw engine or the reference we compare against. */
  baseline: number;
  /** value / baseline. */
  ratio: number;
}

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
}

export function machine(): Machine {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? "unknown",
    cores: cpu.length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
  };
}

export function figure(metric: string, value: number, unit: string, baseline: number): Figure {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { metric, value: round(value), unit, baseline: round(baseline), ratio: round(value / baseline) };
}

/** Median of `runs` timed calls of `fn`, in seconds, after one untimed warm-up call. */
export async function medianSeconds(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/**
 * Medians (seconds) of `runs` timed calls each of `a` and `b`, alternating a, b, a, b … after one
 * untimed warm-up of each, so a busy machine slows both sides alike.
 */
export async function interleavedMedians(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  runs = 5,
): Promise<[number, number]> {
  await a();
  await b();
  const ta: number[] = [];
  const tb: number[] = [];
  const time = async (fn: () => Promise<unknown>, into: number[]) => {
    const start = process.hrtime.bigint();
    await fn();
    into.push(Number(process.hrtime.bigint() - start) / 1e9);
  };
  for (let i = 0; i < runs; i++) {
    await time(a, ta);
    await time(b, tb);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return [median(ta), median(tb)];
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "results");

/** Writes bench/results/<name>.json and prints it. */
export function writeResults(name: string, figures: Figure[]): string {
  const file = join(resultsDir, `${name}.json`);
  const body = { name, date: new Date().toISOString(), machine: machine(), figures };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  console.log(JSON.stringify(body, null, 2));
  return file;
}
