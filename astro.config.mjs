// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeBaseLinks } from './src/build/rehype-base-links.ts';
import { scormFiles } from './src/integrations/scorm-files.ts';
import { modulePreload } from './src/integrations/modulepreload.ts';
import { figureImages } from './src/integrations/figure-images.ts';
import { modelIds as registeredIds } from './src/models/registry.ts';

// SITE_URL and BASE_PATH let the same build go to any static host, at the root or under a sub-path
// (e.g. BASE_PATH=/word-of-mouth/ for a project page). Every internal link goes through src/lib/url.ts.
const site = process.env.SITE_URL ?? 'https://word-of-mouth.example.org';
const base = process.env.BASE_PATH ?? '/';

// Client chunks (issue 13's budget: the flagship lesson loads ≤ 60 KB gzip of JavaScript; issue 18: its first
// figure live within 1 s on slow 4G). Each file is gzipped on its own and each request waits a round trip (with
// six at a time over HTTP/1.1), so many small chunks cost kilobytes and round trips; these rules make fewer,
// larger chunks of modules that are fetched together, following the folders, never a list of files:
// - one chunk per model: its model and view files (src/models/<id>.ts, src/views/<id>.ts, which
//   loaders.ts imports together) and every module that only that model's code needs (its strings, helpers and
//   charts), found from the module graph, so a module another model or page starts to use leaves by itself;
// - kits, by folder, of what the figures share, each needed (nearly) whole by the pages that load any of it:
//   chart-core (svg, legend, their words and the random source: the home page's hook draws with them too),
//   figure-kit (the views' shared code with the axes and scales: the class view, which draws with the axes,
//   loads it whole, ~6 KB more there, so that a lesson fetches one file instead of two), common (the model words
//   every chart or answer uses), app-kit (number formats, the simulation's words, a saved answer, the preload
//   helper, the parameter rules and the save notice and answer box of a lesson's questions: what every page but
//   the home page and the text pages needs, with what the lessons need on top), page-kit (the page↔element
//   contract) and branching-core (the runs and trees the home page's hook draws too). Fewer, larger files: each
//   is gzipped on its own and costs a request, so merging the small kits saved ~1 KB on the flagship lesson
//   (issue 13) with the home page unchanged, and ~60 ms before its first figure is live (issue 18).
// A module loaded on its own (a page's script, an import() like the Bass fit or the network's SVG renderer) is
// never moved. Groups take only the modules they name (includeDependenciesRecursively: false), so shared code
// is never pulled in with them; rolldown then wants entries that may gain exports ('allow-extension'), which
// is harmless: Astro's scripts export nothing.
/** The one list of model ids (src/models/registry.ts), as plain strings to compare module paths with. */
const modelIds = /** @type {readonly string[]} */ (registeredIds);
const sep = String.raw`[\\/]`;
/** @type {[string, RegExp][]} */
const kits = [
  [
    'chart-core',
    new RegExp(
      `${sep}src${sep}(?:charts${sep}(?:svg|legend|format|shapes)|strings${sep}charts|models${sep}random)\\.ts$|${sep}node_modules${sep}d3-(?:selection|random)${sep}`,
    ),
  ],
  [
    'figure-kit',
    new RegExp(
      `${sep}src${sep}(?:charts${sep}(?:colors|polyline|rules|tooltip|time-series|axes|scales)|views${sep}(?:common|style)|strings${sep}views${sep}guess)\\.ts$|${sep}node_modules${sep}d3-(?:axis|array|scale)${sep}`,
    ),
  ],
  // The home page's hook draws branching runs with these too.
  [
    'branching-core',
    new RegExp(
      `${sep}src${sep}(?:charts${sep}branching-(?:tree|grid)|models${sep}branching-(?:sim|chains))\\.ts$|${sep}node_modules${sep}d3-hierarchy${sep}`,
    ),
  ],
  // The shared model words and the one locale: every page with a chart or a saved answer loads both (the home
  // page's hook too).
  ['common', new RegExp(`${sep}src${sep}strings${sep}(?:models${sep}common|locale)\\.ts$`)],
  // What every page that runs a figure or reads saved work loads (not the home page): the number formats and the
  // simulation's words, one saved answer and its storage state, the bundler's preload helper and the one record
  // guard (models/record: the parameter rules and the JSON readers of saved work share it). With it, what a
  // lesson's figures and questions also need, once two small kits: the parameter rules and percent display the
  // controls and the assignment builder share (models/normalize, percent), and the save notice and answer box of a
  // lesson's questions (work-peek, work-quick-save, save-notice, save-soon, answer-box). Apart they were two of
  // the eleven files a lesson fetches before its first figure is live: over HTTP/1.1's six connections each file
  // past the sixth waits a round trip, and merged the flagship's first figure was live ~60 ms sooner (issue 18:
  // paired runs, 4× CPU, slow 4G) and lessons, exercises and embeds are ~0.6 KB gzip lighter. The price: the
  // sandboxes and the builder carry the questions' ~1.4 KB, the app pages ~2.9 KB, all far inside their budgets.
  [
    'app-kit',
    new RegExp(
      `${sep}src${sep}(?:strings${sep}simulation|strings${sep}self-check|models${sep}(?:format|record|normalize|percent)|lib${sep}(?:answers|storage-state|work-peek|work-quick-save)|elements${sep}(?:save-notice|save-soon|answer-box))\\.ts$|^\\0vite${sep}preload-helper`,
    ),
  ],
  // The page↔element contract (part and readData), apart: the figures, exercise and app pages load it beside
  // app-kit, and the case library and search, which need nothing else of app-kit, load it alone. Inside app-kit it
  // cost those two pages app-kit, the model words and the bundler's runtime (~4 KB gzip, issue 17); apart it
  // costs the figure pages a request and ~0.15 KB.
  ['page-kit', new RegExp(`${sep}src${sep}elements${sep}page-contract\\.ts$`)],
  // What every work and grading page reads (the assignment, one saved answer and its grade) and the small
  // shared helpers they read it with (json-guards, work-shapes: one copy each since issue 17): one chunk instead of
  // six small ones, each gzipped with its own overhead (the app pages were 0.8–1.2 KB heavier with them apart).
  // param-text too: the same pages load it (a lesson fetches this kit, ~3.8 KB, the first time a student changes
  // a setting, with the state rules that word it). Not download.ts: the save notice of lessons and embeds uses it
  // alone.
  [
    'work-kit',
    new RegExp(
      `${sep}src${sep}(?:lib${sep}(?:assignment|work-shapes|grading|json-guards|param-text)|strings${sep}(?:assignment|saved-work|grading))\\.ts$`,
    ),
  ],
  // Reading a submission, and the assignment's shared markup: the app pages, not the exercises.
  ['work-read', new RegExp(`${sep}src${sep}(?:lib${sep}submission|elements${sep}assignment${sep}dom)\\.ts$`)],
];
/** The model whose model or view file this is (src/models/cascade.ts, src/views/cascade.ts), if any. */
const rootModel = (/** @type {string} */ id) => {
  const m = /(?:models|views)[\\/]([a-z-]+)\.ts$/.exec(id);
  return m && modelIds.includes(m[1] ?? '') && /src[\\/](?:models|views)[\\/]/.test(id) ? m[1] : undefined;
};
/**
 * The model whose summary in words this is (src/models/cascade-describe.ts), if any. The element loads a describer
 * only after its model, when a run needs new words, so what it shares with its model can go in the model's chunk
 * (loadedAfter); what only the describer needs (its words) stays in the describer's own chunk.
 */
const describedModel = (/** @type {string} */ id) => {
  const m = /src[\\/]models[\\/]([a-z-]+)-describe\.ts$/.exec(id);
  return m && modelIds.includes(m[1] ?? '') ? m[1] : undefined;
};
/** @typedef {import('rolldown').ModuleInfo} ModuleInfo */
/** @typedef {import('rolldown').ChunkingContext} Graph */
const isRegistry = (/** @type {string} */ id) => /src[\\/]models[\\/]index\.ts$/.test(id);
/** Loaded by itself: a page's script, or the target of an import() (the registry of models counts as one). */
const isRoot = (/** @type {ModuleInfo} */ m) =>
  m.isEntry || m.dynamicImporters.length > 0 || isRegistry(m.id);

/**
 * Who needs a module before it can run: the models whose model or view file reaches it through static imports,
 * and any other root (a page's script, a module loaded with import()) that does, by id. A root that reaches every
 * model (the metrics behind a check, through the registry) owns nothing: whatever loads it loads every model
 * chunk anyway.
 * @param {string} id
 * @param {Graph} graph
 * @returns {Set<string>}
 */
function owners(id, graph) {
  const out = new Set();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const m = graph.getModuleInfo(/** @type {string} */ (queue.pop()));
    if (!m) continue;
    const model = rootModel(m.id);
    if (model) {
      out.add(model);
      continue;
    }
    if (isRoot(m) && m.id !== id) {
      if (!isRegistry(m.id) && !reachesEveryModel(m.id, graph)) out.add(m.id);
      continue;
    }
    for (const importer of m.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  return out;
}

/**
 * Whether a root is loaded only by import() from code that needs `model` first (the network's SVG renderer,
 * loaded by the cascade view; the model's describer, which the element loads once it has the model): a module it
 * shares with that model's code can go in the model's chunk.
 * @param {string} root
 * @param {string} model
 * @param {Graph} graph
 */
function loadedAfter(root, model, graph) {
  if (describedModel(root) === model) return true;
  const m = graph.getModuleInfo(root);
  if (!m || m.isEntry || m.importers.length > 0 || m.dynamicImporters.length === 0) return false;
  return m.dynamicImporters.every((/** @type {string} */ d) => {
    const who = rootModel(d) ? new Set([rootModel(d)]) : owners(d, graph);
    return who.size === 1 && who.has(model);
  });
}

const everyModel = new Map();
/** Whether a root's static imports reach the model file of every model (src/models/<id>.ts). */
function reachesEveryModel(/** @type {string} */ id, /** @type {Graph} */ graph) {
  if (everyModel.has(id)) return everyModel.get(id);
  const found = new Set();
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const m = graph.getModuleInfo(/** @type {string} */ (queue.pop()));
    if (!m) continue;
    const model = rootModel(m.id);
    if (model && /src[\\/]models[\\/]/.test(m.id)) found.add(model);
    for (const next of m.importedIds) if (!seen.has(next) && seen.add(next)) queue.push(next);
  }
  const every = found.size === modelIds.length;
  everyModel.set(id, every);
  return every;
}

/**
 * The chunk a client module goes in, or null to leave it to the bundler.
 * @param {string} id
 * @param {Graph} graph
 */
function clientChunk(id, graph) {
  const info = graph.getModuleInfo(id);
  if (!info) return null;
  // Loaded on its own (a page's script, or only ever by import()) and not a model or view: keep it apart.
  const alone = info.isEntry || (info.dynamicImporters.length > 0 && info.importers.length === 0);
  if (alone && !rootModel(id)) return null;
  // Also imported statically somewhere: it may share a kit (owners() still stops at it).
  if (isRoot(info) && !rootModel(id)) return kits.find(([, test]) => test.test(id))?.[0] ?? null;
  const who = owners(id, graph);
  const models = [...who].filter((o) => modelIds.includes(o));
  // One model's code needs it, and anything else that does is loaded only after that code: the model's chunk.
  const [only] = models;
  if (models.length === 1 && [...who].every((o) => o === only || loadedAfter(o, only, graph))) return only;
  return kits.find(([, test]) => test.test(id))?.[0] ?? null;
}
const clientChunks = {
  includeDependenciesRecursively: false,
  groups: [{ name: clientChunk }],
};
/** @type {import('vite').Plugin} */
const clientEntrySignatures = {
  name: 'client-entry-signatures',
  applyToEnvironment: (env) => env.name === 'client',
  options: (options) => ({ ...options, preserveEntrySignatures: 'allow-extension' }),
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets are written into each page, not linked. The two inline scripts at the top of the body (the theme,
  // which must run before the first paint, and the number-format warm-up) would otherwise wait, parser and all,
  // for every linked stylesheet to arrive: on slow 4G at 4× CPU the parser sat idle ~200 ms, and the flagship's
  // first figure was live ~110 ms later (issue 18: paired runs, 930 → 823 ms median). The price is a page's CSS
  // in its HTML on every visit (~2–3.5 KB gzip) instead of from the cache.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // scormFiles: after the build, the package copies the builder zips into SCORM packages (/scorm/files.json),
  // made before modulePreload adds <link rel="modulepreload"> for each page's script imports and first
  // simulation's chunks (root-relative links that would point out of a package). figureImages moves the pictures
  // written for readers without JavaScript out of the pages into files of their own.
  integrations: [
    mdx(),
    sitemap({ filter: (page) => !page.includes('/scorm/') }),
    scormFiles(),
    figureImages(),
    modulePreload(),
  ],
  // Astro 7's default Markdown processor ignores remark/rehype plugins; math needs unified().
  // Single dollars stay dollars ($1,200); math is written between double dollars.
  markdown: {
    processor: unified({
      remarkPlugins: [[remarkMath, { singleDollarTextMath: false }]],
      // Root-relative links in lessons get the base path, as href() gives the .astro pages.
      rehypePlugins: [rehypeKatex, [rehypeBaseLinks, { base }]],
    }),
  },
  vite: {
    plugins: [clientEntrySignatures],
    // ml-matrix (the Bass fit's solver uses it) ships its ES module as a facade over CommonJS, so its chunk
    // needed the bundler's CommonJS helpers, which went into the runtime chunk every figure page loads
    // (~0.3 KB gzip that only the fit, loaded on demand, used). Its own ES source has no CommonJS.
    resolve: {
      alias: [
        {
          find: /^ml-matrix$/,
          replacement: fileURLToPath(new URL('node_modules/ml-matrix/src/index.js', import.meta.url)),
        },
      ],
    },
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: clientChunks } } } } },
  },
  devToolbar: { enabled: false },
  // A Content-Security-Policy on every page, as a <meta> tag (a static host sets no headers): scripts only
  // from this site or inline by their hash (Astro hashes its own; src/layouts/InlineScript.astro the rest),
  // nothing from another origin (KaTeX inlines its smallest fonts as data: URLs). Pages that run Pagefind add 'wasm-unsafe-eval' for its WebAssembly
  // (src/layouts/pagefind-csp.ts). Style attributes stay allowed: KaTeX and the charts write them.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: {
        resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
      },
    },
  },
});
