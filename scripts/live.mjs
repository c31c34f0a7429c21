// How soon a lesson's first figure is live on a slow phone network (issue 18: "a figure near the top live within
// 1 s on the slow-4G profile Lighthouse uses"). Serves dist/, opens the page in Chromium with the CPU slowed 4×
// and the network throttled, and times, from navigation start, until the page's first <wom-simulation> says it is
// live: data-ready="true", set by the element once its controls work (src/elements/simulation-element.ts). The
// reader arrives at the figure (the page's address with the figure's #id), as a link to it or a scroll to it
// would bring them; a figure comes alive only near the view. Each run is a fresh browser context (nothing cached).
//
// "The slow-4G profile Lighthouse uses" has two readings, and both are measured:
//  (a) devtools: the profile as Lighthouse's "devtools" throttling applies it to Chrome, with its adjustment
//      factors (Network.emulateNetworkConditions latency = 150 ms RTT × 3.75 = 562.5 ms, added to EVERY request;
//      download 1,638.4 kbit/s × 0.9). Here no page that needs one script request after its HTML can be live
//      within 1 s: the HTML costs one 562.5 ms wait, the script it names a second, 1,125 ms before a byte of
//      JavaScript runs. The factors exist to make request-level throttling imitate a whole page load's network
//      (connection set-up, TCP slow start, server time); applied per request they are not the profile's numbers.
//  (b) simulated: the profile's own numbers, as Lighthouse's default (simulated) throttling uses them: 150 ms
//      RTT, 1,638.4 kbit/s down, CPU 4×, passed to the protocol as latency 150. This is what a 1 s budget on
//      "the slow-4G profile" can mean, and the reading the budget is judged by.
//
// Each reading is also measured over HTTP/2 (--protocols h1,h2 by default). `astro preview` speaks HTTP/1.1, where
// Chromium opens at most 6 connections to a host: a lesson's ~20 requests (its scripts, styles and icon) then go
// in waves, a round trip each, and the last script arrives ~600 ms after the first on a 150 ms round trip even
// when the bytes would take 200 ms. A static host serves HTTP/2 (one connection, every request at once), and so
// does Lighthouse's own model for such a host; the h2 rows serve dist/ from this script over HTTP/2 with TLS (a
// throwaway self-signed certificate made with openssl; Chromium is told to accept it), gzip as the preview does.
// Prints each run, then the median of each reading and protocol beside the 1,000 ms budget.
//
// Usage: node scripts/live.mjs dist [--page /cases/united-breaks-guitars/] [--runs 5] [--json reports/live.json]
//        [--only devtools|simulated] [--protocols h1,h2] [--strict]
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath, launchArgs } from './chromium.mjs';
import { startPreview } from './preview-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const root = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist';
const pagePath = arg('--page', '/cases/united-breaks-guitars/');
const runs = Number(arg('--runs', '5'));
const jsonOut = arg('--json', 'reports/live.json');
const budgetMs = 1000;

// Lighthouse's mobileSlow4G (@paulirish/trace_engine …/lantern/simulation/Constants.js, used by lighthouse 13),
// and its DevTools adjustment factors, as Lighthouse passes them to Network.emulateNetworkConditions.
const RTT_FACTOR = 3.75;
const THROUGHPUT_FACTOR = 0.9;
const slow4G = { rttMs: 150, throughputKbps: 1.6 * 1024, uploadKbps: 750, cpuSlowdown: 4 };
// The protocol takes bytes per second.
const bytesPerSecond = (kbps) => Math.floor((kbps * 1024) / 8);
const readings = {
  devtools: {
    offline: false,
    latency: slow4G.rttMs * RTT_FACTOR,
    downloadThroughput: bytesPerSecond(slow4G.throughputKbps * THROUGHPUT_FACTOR),
    uploadThroughput: bytesPerSecond(slow4G.uploadKbps * THROUGHPUT_FACTOR),
  },
  simulated: {
    offline: false,
    latency: slow4G.rttMs,
    downloadThroughput: bytesPerSecond(slow4G.throughputKbps),
    uploadThroughput: bytesPerSecond(slow4G.uploadKbps),
  },
};
const only = arg('--only', '');
if (only && !(only in readings)) throw new Error(`--only takes ${Object.keys(readings).join(' or ')}`);
const chosen = only ? [only] : Object.keys(readings);

const protocols = arg('--protocols', 'h1,h2').split(',');
for (const p of protocols) if (p !== 'h1' && p !== 'h2') throw new Error('--protocols takes h1, h2 or h1,h2');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** dist/ over HTTP/2 with TLS, as a static host serves it: gzip for text, index.html for a folder. */
async function startHttp2(outDir) {
  const dir = await mkdtemp(join(tmpdir(), 'live-h2-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
    ],
    { stdio: 'ignore', timeout: 30_000 },
  );
  const top = resolve(outDir);
  const server = createSecureServer(
    { key: await readFile(key), cert: await readFile(cert), allowHTTP1: true },
    async (req, res) => {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname);
      if (path.endsWith('/')) path += 'index.html';
      const file = resolve(top, `.${path}`);
      let body;
      try {
        if (file !== top && !file.startsWith(top + sep)) throw new Error('outside');
        body = await readFile(file);
      } catch {
        res.writeHead(404).end();
        return;
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const gzip = /text|javascript|json|svg/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
      res.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(gzip ? gzipSync(body) : body);
    },
  );
  await new Promise((ok) => server.listen(0, 'localhost', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `https://localhost:${port}`,
    stop: () => {
      server.close();
      void rm(dir, { recursive: true, force: true });
    },
  };
}

const servers = {
  ...(protocols.includes('h1') ? { h1: await startPreview({ outDir: root }) } : {}),
  ...(protocols.includes('h2') ? { h2: await startHttp2(root) } : {}),
};
const browser = await chromium.launch({ executablePath: chromiumPath(), args: launchArgs });

/** One cold visit: milliseconds from navigation start until the first figure is live, and what it fetched. */
async function visit(network, origin) {
  // A phone-sized window (Lighthouse's mobile emulation is 412 × 823). The h2 server's certificate is its own.
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    isMobile: true,
    ignoreHTTPSErrors: true,
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow4G.cpuSlowdown });
  // The first figure's id, read without throttling from the built page would need a parse: take it from the page
  // once it arrives instead, and time with the page's own clock (performance.now() is from navigation start).
  await page.addInitScript(() => {
    const mark = () => {
      const sim = document.querySelector('wom-simulation');
      if (!sim) return false;
      if (sim.getAttribute('data-ready') === 'true' && !('womLive' in window)) {
        Object.assign(window, { womLive: performance.now() });
      }
      return true;
    };
    // Watch the attribute from the first byte: a poll could miss the moment by a frame, or by a long task.
    new MutationObserver(() => mark()).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-ready'],
    });
  });
  const url = new URL(pagePath, origin);
  const id = await firstFigureId();
  url.hash = id;
  // Wait for the load event from outside the page, then poll: Playwright's poll runs a script in the page, and
  // polling from the first byte took the parser and the figure's start ~60 ms of a slowed CPU (measured: median
  // live 1,157 against 1,097 ms, domInteractive 946 against 752). The observer above still times the moment.
  await page.goto(url.href, { waitUntil: 'load', timeout: 60_000 });
  const handle = await page.waitForFunction(
    () => {
      const sim = document.querySelector('wom-simulation');
      const ready = sim?.getAttribute('data-ready');
      if (ready === 'failed') return { failed: true };
      return 'womLive' in window ? { ms: /** @type {{ womLive: number }} */ (window).womLive } : false;
    },
    null,
    { timeout: 60_000, polling: 100 },
  );
  const result = await handle.jsonValue();
  const { scripts, via } = await page.evaluate(() => {
    const js = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js'));
    return { scripts: js.length, via: js[0]?.nextHopProtocol ?? '?' };
  });
  await context.close();
  if (result.failed) throw new Error(`the first figure on ${pagePath} failed to come alive`);
  return { ms: Math.round(result.ms), scripts, via };
}

let cachedId;
async function firstFigureId() {
  if (cachedId) return cachedId;
  const html = await readFile(join(root, pagePath, 'index.html'), 'utf8');
  cachedId = /<wom-simulation\b[^>]*\bid="([^"]+)"/.exec(html)?.[1];
  if (!cachedId) throw new Error(`no <wom-simulation> with an id on ${pagePath}`);
  return cachedId;
}

const report = {};
try {
  for (const name of chosen) {
    const byProtocol = Object.fromEntries(protocols.map((p) => [p, /** @type {number[]} */ ([])]));
    // Protocols take turns run by run, so a busy moment on a shared machine falls on both alike.
    for (let i = 0; i < runs; i++) {
      for (const protocol of protocols) {
        const r = await visit(readings[name], servers[protocol].origin);
        byProtocol[protocol].push(r.ms);
        console.log(`${name} ${protocol} run ${i + 1}: ${r.ms} ms (${r.scripts} scripts over ${r.via})`);
      }
    }
    report[name] = { network: readings[name] };
    for (const [protocol, ms] of Object.entries(byProtocol)) {
      const sorted = ms.sort((a, b) => a - b);
      report[name][protocol] = { runs: sorted, median: sorted[Math.floor(sorted.length / 2)] };
    }
  }
} finally {
  await browser.close();
  for (const server of Object.values(servers)) server.stop();
}
console.log(`\n${pagePath}#${cachedId}: first figure live (median of ${runs}; budget ${budgetMs} ms)`);
for (const [name, r] of Object.entries(report)) {
  const n = r.network;
  for (const protocol of protocols) {
    const { median } = r[protocol];
    console.log(
      `  ${name.padEnd(9)} ${protocol}  ${String(median).padStart(5)} ms  ${median <= budgetMs ? 'ok  ' : 'OVER'}  ` +
        `(latency ${n.latency} ms a request, ${n.downloadThroughput} B/s down, CPU ${slow4G.cpuSlowdown}×)`,
    );
  }
}
await mkdir(dirname(jsonOut), { recursive: true });
await writeFile(
  jsonOut,
  JSON.stringify(
    { page: pagePath, figure: cachedId, budget: budgetMs, judgedBy: 'simulated', ...report },
    null,
    2,
  ),
);
// Numbers, not verdicts (README, Measuring): a missed budget fails only with --strict, judged by reading (b),
// the profile's own numbers (see the header), over the first protocol measured.
const judged = (report.simulated ?? report.devtools)?.[protocols[0]];
if (judged && judged.median > budgetMs && process.argv.includes('--strict')) process.exitCode = 1;
