// Prints the engine benchmarks beside their budgets, and each median as a multiple of a fixed reference
// computation timed in the same run, so figures from different machines (or a busy one) can be compared.
// Numbers, not verdicts: it exits 0 when a budget is missed, unless --strict is given (npm test never does).
//
// Usage: node scripts/bench-report.mjs [reports/bench.json] [--strict]
// The JSON comes from Vitest 5's json reporter:
//   vitest bench --run --reporter=default --reporter=json --outputFile.json=reports/bench.json
// (Vitest 5 has no `--outputJson`; benchmarks appear in testResults[].assertionResults[].benchmarks[].tasks[],
// each with latency statistics in milliseconds.) The older `--outputJson` shape of Vitest 1–3
// (files[].groups[].benchmarks[] with `median`) is read too.
// Each benchmark's name carries its budget as "[budget N ms]", so the budget lives beside the code it measures.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/bench.json';

/** @returns {{ name: string; median: number }[]} */
function readBenchmarks(path) {
  let data;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(
      `Could not read benchmark results from ${path}: ${error instanceof Error ? error.message : error}`,
    );
    process.exit(2);
  }
  const found = [];
  // Vitest 5: json reporter.
  for (const suite of data.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      for (const benchmark of test.benchmarks ?? []) {
        for (const task of benchmark.tasks ?? []) {
          if (task.fromStore) continue;
          found.push({ name: task.name, median: task.latency?.p50 ?? NaN });
        }
      }
    }
  }
  // Vitest 1–3: --outputJson.
  for (const suiteFile of data.files ?? []) {
    for (const group of suiteFile.groups ?? []) {
      for (const benchmark of group.benchmarks ?? [])
        found.push({ name: benchmark.name, median: benchmark.median ?? NaN });
    }
  }
  return found;
}

const BUDGET = /\[budget\s+([\d.]+)\s*ms\]/i;
/** The reference computation's name carries this tag (tests/bench/models.bench.ts). */
const REFERENCE = /\[reference\]/i;

const all = readBenchmarks(file);
const reference = all.find((b) => REFERENCE.test(b.name));
const rows = all
  .filter((b) => b !== reference)
  .map(({ name, median }) => {
    const match = BUDGET.exec(name);
    const budget = match ? Number(match[1]) : null;
    const status = !Number.isFinite(median)
      ? 'no result'
      : budget === null
        ? 'no budget'
        : median <= budget
          ? 'ok'
          : 'over';
    const ratio = reference && reference.median > 0 ? median / reference.median : NaN;
    return { name: name.replace(BUDGET, '').trim(), median, budget, ratio, status };
  });

if (rows.length === 0) {
  console.error(`No benchmark results in ${file}.`);
  process.exit(2);
}

const header = ['benchmark', 'median ms', 'budget ms', '× reference', 'result'];
const table = rows.map((r) => [
  r.name,
  Number.isFinite(r.median) ? r.median.toFixed(2) : '–',
  r.budget === null ? '–' : String(r.budget),
  Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '–',
  r.status,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of table) console.log(line(row));

if (reference) {
  console.log(
    `\n× reference: each median divided by the reference computation's (${reference.median.toFixed(2)} ms in this run: ${reference.name.replace(REFERENCE, '').trim()}).`,
  );
}
const failed = rows.filter((r) => r.status === 'over' || r.status === 'no result');
if (failed.length > 0) {
  console.log(
    `\n${failed.length} benchmark(s) over budget or without a result: ${failed.map((r) => r.name).join('; ')}`,
  );
  if (strict) process.exit(1);
  console.log('(A report, not a verdict: run with --strict to fail on a missed budget.)');
} else {
  console.log(`\nAll ${rows.length} benchmarks within budget.`);
}
