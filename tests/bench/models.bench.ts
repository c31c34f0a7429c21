/**
 * Engine benchmarks against the budgets in DESIGN.md ("Budgets"), medians in Node on the build machine.
 *
 * Vitest 5 style: `bench` is a test-context fixture. Each test registers one benchmark whose name carries its
 * budget as "[budget N ms]"; scripts/bench-report.mjs reads the medians from vitest's JSON output and prints them
 * beside their budgets (failing on a missed one only with --strict), and as multiples of the "[reference]"
 * computation below, timed in the same run, so results from different or busy machines can be compared. The inputs are built outside the measured function, and every run uses a fresh seed so the
 * engine cannot fold repeated identical work away; results are summed into a sink that is checked afterwards, so no
 * call is dead code.
 */
import { expect, test } from 'vitest';
import { branching, cascade } from '../../src/models/index.ts';
import { runEnsemble } from '../../src/models/branching.ts';
import { bassCumulative } from '../../src/models/bass.ts';
import { fitBass } from '../../src/models/bass-fit.ts';
import { runCascade, dynamicsParams } from '../../src/models/cascade.ts';
import { addBroadcastHubs, barabasiAlbert, wattsStrogatz } from '../../src/models/graphs.ts';
import { createRandom } from '../../src/models/random.ts';

/**
 * Shared tinybench settings: at least 30 runs and 3 s each, so a median moves little when other work shares the
 * machine for part of the time, without making `npm run bench` slow (about half a minute in all).
 */
const RUN = { time: 3000, iterations: 30, warmupTime: 300, warmupIterations: 3 };

test('reference computation', async ({ bench }) => {
  // A fixed workload shaped like the cascade's inner loop: dependent reads at random places in a 4 MB array
  // (memory latency) with a logarithm each (the geometric skip's cost). It depends on nothing in src/, so its
  // time is a yardstick of the machine: the report divides every other median by it.
  const size = 1 << 20;
  const next = new Int32Array(size);
  // One cycle through every index, in an order fixed by a linear congruential generator (Sattolo's shuffle).
  for (let i = 0; i < size; i++) next[i] = i;
  let state = 12345;
  for (let i = size - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % i;
    [next[i], next[j]] = [next[j], next[i]];
  }
  let sink = 0;
  await bench('reference: 2^20 dependent random reads with a logarithm each [reference]', () => {
    let at = 0;
    let sum = 0;
    for (let k = 0; k < size; k++) {
      at = next[at];
      sum += Math.log(1 + at);
    }
    sink += sum;
  }).run(RUN);
  expect(sink).toBeGreaterThan(0);
});

test('Barabási–Albert n = 100,000, m = 5 build [budget 150 ms]', async ({ bench }) => {
  let sink = 0;
  let seed = 1;
  await bench('Barabási–Albert n = 100,000, m = 5 build [budget 150 ms]', () => {
    sink += barabasiAlbert(100_000, 5, createRandom(seed++)).neighbors.length;
  }).run(RUN);
  expect(sink).toBeGreaterThan(0);
});

test('one cascade on it [budget 30 ms]', async ({ bench }) => {
  let sink = 0;
  const graph = barabasiAlbert(100_000, 5, createRandom(1));
  // The ubg-2009 preset's dynamics with a complaint strong enough to reach most of the network, and the poster
  // fixed at a well-connected node, so every run is a large outbreak plus a large answer (the costly case).
  const params = dynamicsParams({
    ...cascade.defaults(),
    ...cascade.presets['ubg-2009']?.params,
    betaC: 0.3,
  });
  let seed = 1;
  await bench('one cascade on it (Barabási–Albert n = 100,000) [budget 30 ms]', () => {
    sink += runCascade(graph, params, createRandom(seed++), { poster: 0 }).counts.unaware;
  }).run(RUN);
  expect(sink).toBeGreaterThan(0);
});

test('10,000 branching runs [budget 100 ms]', async ({ bench }) => {
  let sink = 0;
  const params = { ...branching.defaults(), ...branching.presets['ubg-2009']?.params };
  let seed = 1;
  await bench('10,000 branching runs, ubg-2009 preset [budget 100 ms]', () => {
    sink += runEnsemble(params, seed++, 10_000).fizzled;
  }).run(RUN);
  expect(sink).toBeGreaterThan(0);
});

test('Bass fit to 20 points [budget 20 ms]', async ({ bench }) => {
  let sink = 0;
  const t = Array.from({ length: 20 }, (_, i) => i + 1);
  const noise = createRandom(3);
  const series = Array.from({ length: 8 }, () =>
    t.map((x) => bassCumulative(x, 0.03, 0.38, 1e6) * (0.98 + 0.04 * noise())),
  );
  let i = 0;
  await bench('Bass fit to 20 points [budget 20 ms]', () => {
    sink += fitBass(t, series[i++ % series.length] ?? [])?.p ?? 0;
  }).run(RUN);
  expect(sink).toBeGreaterThan(0);
});

/** Fewer runs for the builders at a million people: each takes a good part of a second on a slow machine. */
const RUN_BIG = { time: 2000, iterations: 8, warmupTime: 0, warmupIterations: 1 };

test('Watts–Strogatz n = 100,000, k = 10, p = 0.1 build [budget 40 ms]', async ({ bench }) => {
  let sink = 0;
  let seed = 1;
  await bench('Watts–Strogatz n = 100,000, k = 10, p = 0.1 build [budget 40 ms]', () => {
    sink += wattsStrogatz(100_000, 10, 0.1, createRandom(seed++)).neighbors.length;
  }).run(RUN);
  expect(sink).toBeGreaterThan(0);
});

test('Barabási–Albert n = 1,000,000, m = 5 build [budget 300 ms]', async ({ bench }) => {
  let sink = 0;
  let seed = 1;
  await bench('Barabási–Albert n = 1,000,000, m = 5 build [budget 300 ms]', () => {
    sink += barabasiAlbert(1_000_000, 5, createRandom(seed++)).neighbors.length;
  }).run(RUN_BIG);
  expect(sink).toBeGreaterThan(0);
});

test('3 hubs added to a 1,000,000-person network [budget 100 ms]', async ({ bench }) => {
  let sink = 0;
  // The cascade's default hubs (3, each reaching 5%) on a scale-free network of a million, built once.
  const base = barabasiAlbert(1_000_000, 5, createRandom(1));
  let seed = 1;
  await bench('3 hubs, reach 5%, added to Barabási–Albert n = 1,000,000 [budget 100 ms]', () => {
    sink += addBroadcastHubs(base, 3, 0.05, createRandom(seed++)).neighbors.length;
  }).run(RUN_BIG);
  expect(sink).toBeGreaterThan(0);
});
