/**
 * Issue 14's storage scenarios, as data: what is stored, how much room is left, and what pages do (open, save,
 * import, export into another browser). `runScenario` plays one through an adapter (the site's saving code)
 * and says what was lost and what broke. tests/lib/storage-scenarios.test.ts plays all of them through the
 * current code; the same table was played through the code before issue 14 for the closing note.
 */
import { MemoryStorage } from './memory-storage';

export const KEY = 'wom.work';

export interface Change {
  prediction?: { text: string; savedAt: string };
  reflection?: { text: string; savedAt: string };
  run?: { model: string; params: Record<string, number | string>; seed: number; savedAt: string };
  answers?: Record<string, { value: string; correct: boolean | null; savedAt: string }>;
  page?: string;
}

/** The saving code under test, reduced to what pages do with it. */
export interface Adapter {
  /** A page opens and reads saved work (My work: what it can show; null when it shows no work at all). */
  open(store: MemoryStorage): { texts: string[] | null };
  /** A save; `reported` when the page learns it failed (a false, a problem), or it worked. */
  save(store: MemoryStorage, scope: string, change: Change): { ok: boolean };
  /** The work file My work downloads. */
  exportFile(store: MemoryStorage): string;
  /** My work imports a file. */
  importFile(store: MemoryStorage, text: string): { ok: boolean };
}

export type Step =
  | { op: 'open' }
  | { op: 'save'; scope: string; change: Change; expect?: 'ok' | 'refused' }
  | { op: 'import'; file: unknown }
  | { op: 'export-to-new-browser' }
  | { op: 'my-work-shows'; texts: string[] };

export interface Scenario {
  name: string;
  stored: Record<string, string>;
  /** Characters of room left after `stored` (undefined: plenty). */
  free?: number;
  steps: Step[];
  /** Texts a student wrote that must still be somewhere in storage at the end. */
  keep: string[];
}

const at = (m: number) => new Date(Date.UTC(2026, 10, 24, 10, m)).toISOString();
const essay = 'ESSAY: why United should have paid. '.repeat(80);
const long = (word: string) => `${word} ${'and more words '.repeat(60)}`;
const run = { model: 'branching', params: { r: 0.9 }, seed: 1, savedAt: at(30) };
const rec = (items: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ version: 1, items, ...extra });
const good = { prediction: { text: 'GOOD-PREDICTION', savedAt: at(1) } };

export const scenarios: Scenario[] = [
  {
    name: '1. 1 KB free, version-2 record (essay, lesson note), exercise opened without typing',
    stored: {
      [KEY]: JSON.stringify({
        version: 2,
        items: {
          'exercise:ubg-fizzle': { reflection: { text: essay } },
          '/cases/u/#p': { prediction: { text: 'LESSON-NOTE' } },
        },
      }),
    },
    free: 1024,
    steps: [{ op: 'open' }, { op: 'save', scope: 'exercise:ubg-fizzle', change: { run }, expect: 'refused' }],
    keep: ['ESSAY', 'LESSON-NOTE'],
  },
  {
    name: '2. version-2 record (a newer deployment), plenty of room, run saved: refused until a reload',
    stored: { [KEY]: JSON.stringify({ version: 2, items: { a: { reflection: { text: 'V2-TEXT' } } } }) },
    steps: [{ op: 'open' }, { op: 'save', scope: 'exercise:a', change: { run }, expect: 'refused' }],
    keep: ['V2-TEXT'],
  },
  {
    name: '3. damaged (truncated) record, no room, run saved',
    stored: { [KEY]: `{"version":1,"items":{"a":{"prediction":{"text":"${long('TRUNCATED-TEXT')}"` },
    free: 30,
    steps: [{ op: 'open' }, { op: 'save', scope: 'exercise:a', change: { run }, expect: 'refused' }],
    keep: ['TRUNCATED-TEXT'],
  },
  {
    name: '4. damaged record, room, prediction saved',
    stored: { [KEY]: 'not json TRASHED-TEXT' },
    steps: [
      { op: 'open' },
      { op: 'save', scope: 'exercise:a', change: { prediction: { text: 'NEW-1', savedAt: at(40) } } },
    ],
    keep: ['TRASHED-TEXT', 'NEW-1'],
  },
  {
    name: '5. one unreadable item among good ones, no room, another place saved',
    stored: { [KEY]: rec({ good, bad: [long('BAD-ITEM-ESSAY')] }) },
    free: 20,
    steps: [
      { op: 'open' },
      {
        op: 'save',
        scope: 'good',
        change: { reflection: { text: 'R', savedAt: at(41) } },
        expect: 'refused',
      },
    ],
    keep: ['GOOD-PREDICTION', 'BAD-ITEM-ESSAY'],
  },
  {
    name: '6. one unreadable item among good ones, room, another place saved',
    stored: { [KEY]: rec({ good, bad: 'BAD-ITEM-2' }) },
    steps: [
      { op: 'open' },
      { op: 'save', scope: 'good', change: { reflection: { text: 'NEW-6', savedAt: at(41) } } },
    ],
    keep: ['GOOD-PREDICTION', 'BAD-ITEM-2', 'NEW-6'],
  },
  {
    name: '7. an unreadable item where the page saves, room',
    stored: { [KEY]: rec({ 'exercise:a': 'OLD-ITEM-TEXT' }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { run } }],
    keep: ['OLD-ITEM-TEXT'],
  },
  {
    name: '8. reflection saved as a bare string (another type), prediction saved',
    stored: { [KEY]: rec({ 'exercise:a': { reflection: 'MISTYPED-REFLECTION' } }) },
    steps: [
      { op: 'open' },
      { op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P8', savedAt: at(42) } } },
    ],
    keep: ['MISTYPED-REFLECTION', 'P8'],
  },
  {
    name: '9. an answer whose value is a number, prediction saved',
    stored: { [KEY]: rec({ 'exercise:a': { answers: { q: { value: 90, note: 'ANSWER-90-NOTE' } } } }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P9', savedAt: at(42) } } }],
    keep: ['ANSWER-90-NOTE', 'P9'],
  },
  {
    name: '10. run params saved as text, automatic run save',
    stored: { [KEY]: rec({ 'exercise:a': { run: { model: 'm', params: 'PARAMS-AS-TEXT', seed: 1 } } }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { run } }],
    keep: ['PARAMS-AS-TEXT'],
  },
  {
    name: '11. an unknown field in an item, prediction saved',
    stored: { [KEY]: rec({ 'exercise:a': { essay: 'UNKNOWN-FIELD' } }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P11', savedAt: at(43) } } }],
    keep: ['UNKNOWN-FIELD', 'P11'],
  },
  {
    name: '12. an unknown field of the record, prediction saved',
    stored: { [KEY]: rec({}, { settings: 'TOP-LEVEL-FIELD' }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P12', savedAt: at(43) } } }],
    keep: ['TOP-LEVEL-FIELD', 'P12'],
  },
  {
    name: '13. a key inside a prediction this version does not write, prediction edited',
    stored: {
      [KEY]: rec({ 'exercise:a': { prediction: { text: 'old', savedAt: at(1), source: 'SUB-KEY' } } }),
    },
    steps: [{ op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P13', savedAt: at(44) } } }],
    keep: ['SUB-KEY', 'P13'],
  },
  {
    name: '14. an older tab saves after a newer deployment added a field under the same version',
    stored: {
      [KEY]: rec({ 'exercise:a': { prediction: { text: 'P', savedAt: at(1) }, confidence: 'NEWER-FIELD' } }),
    },
    steps: [
      {
        op: 'save',
        scope: 'exercise:a',
        change: { answers: { q: { value: '3', correct: true, savedAt: at(45) } } },
      },
    ],
    keep: ['NEWER-FIELD'],
  },
  {
    name: '15. storage full, a prediction typed',
    stored: { [KEY]: rec({ 'exercise:a': { reflection: { text: 'FULL-KEEP', savedAt: at(1) } } }) },
    free: 0,
    steps: [
      {
        op: 'save',
        scope: 'exercise:a',
        change: { prediction: { text: 'P15', savedAt: at(46) } },
        expect: 'refused',
      },
    ],
    keep: ['FULL-KEEP'],
  },
  {
    name: '16. storage full, My work opened',
    stored: { [KEY]: rec({ 'exercise:a': { reflection: { text: 'SHOW-ME', savedAt: at(1) } } }) },
    free: 0,
    steps: [{ op: 'my-work-shows', texts: ['SHOW-ME'] }],
    keep: ['SHOW-ME'],
  },
  {
    name: '17. import of a file with an unknown field and a key inside a prediction',
    stored: {},
    steps: [
      {
        op: 'import',
        file: {
          version: 1,
          items: {
            'exercise:a': {
              prediction: { text: 'IMP', savedAt: at(1), mood: 'IMP-SUBKEY' },
              essay: 'IMP-UNKNOWN',
            },
          },
        },
      },
    ],
    keep: ['IMP', 'IMP-SUBKEY', 'IMP-UNKNOWN'],
  },
  {
    name: '18. import of a file whose field differs in type from the one here',
    stored: { [KEY]: rec({ 'exercise:a': { reflection: 'HERE-MISTYPED' } }) },
    steps: [
      {
        op: 'import',
        file: {
          version: 1,
          items: { 'exercise:a': { reflection: { text: 'FILE-REFLECTION', savedAt: at(2) } } },
        },
      },
    ],
    keep: ['HERE-MISTYPED', 'FILE-REFLECTION'],
  },
  {
    name: '19. import of a file with an unreadable item',
    stored: { [KEY]: rec({ good }) },
    steps: [{ op: 'import', file: { version: 1, items: { odd: ['FILE-UNREADABLE-ITEM'] } } }],
    keep: ['GOOD-PREDICTION', 'FILE-UNREADABLE-ITEM'],
  },
  {
    name: '20. export, then import into another browser: unknown fields and unreadable items come along',
    stored: {
      [KEY]: rec({ good, bad: 'EXP-BAD-ITEM', 'exercise:a': { essay: 'EXP-UNKNOWN' } }, { later: 'EXP-TOP' }),
    },
    steps: [{ op: 'export-to-new-browser' }],
    keep: ['GOOD-PREDICTION', 'EXP-BAD-ITEM', 'EXP-UNKNOWN', 'EXP-TOP'],
  },
  {
    name: '21. import of a later copy of a prediction, both holding keys this version does not write',
    stored: {
      [KEY]: rec({ 'exercise:a': { prediction: { text: 'mine', savedAt: at(1), note: 'MINE-NOTE' } } }),
    },
    steps: [
      {
        op: 'import',
        file: {
          version: 1,
          items: { 'exercise:a': { prediction: { text: 'LATER', savedAt: at(9), note: 'FILE-NOTE' } } },
        },
      },
    ],
    keep: ['MINE-NOTE', 'LATER', 'FILE-NOTE'],
  },
  {
    name: '22. an older version (0) of the record, prediction saved',
    stored: { [KEY]: JSON.stringify({ version: 0, items: { a: { prediction: { text: 'V0-TEXT' } } } }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P22', savedAt: at(47) } } }],
    keep: ['V0-TEXT', 'P22'],
  },
  {
    name: '23. a record whose items are a list, prediction saved',
    stored: { [KEY]: JSON.stringify({ version: 1, items: ['LIST-ITEM'] }) },
    steps: [{ op: 'save', scope: 'exercise:a', change: { prediction: { text: 'P23', savedAt: at(48) } } }],
    keep: ['LIST-ITEM', 'P23'],
  },
  {
    name: '24. work saved under "__proto__", saved to again',
    stored: { [KEY]: rec({ ['__proto__']: { prediction: { text: 'PROTO-TEXT', savedAt: at(1) } } }) },
    steps: [{ op: 'save', scope: '__proto__', change: { reflection: { text: 'P24', savedAt: at(49) } } }],
    keep: ['PROTO-TEXT', 'P24'],
  },
  {
    name: '25. storage full, an exercise saves its run on opening (the failure must be known)',
    stored: { [KEY]: rec({ 'exercise:a': { reflection: { text: 'FULL-2', savedAt: at(1) } } }) },
    free: 0,
    steps: [
      {
        op: 'save',
        scope: 'exercise:a',
        change: { run: { ...run, params: { r: 1.5, kappa: 2 } } },
        expect: 'refused',
      },
    ],
    keep: ['FULL-2'],
  },
];

export interface Outcome {
  lost: string[];
  broke: string[];
}

const storedText = (store: MemoryStorage) => Object.entries(store.snapshot()).flat().join('\n');

/** Plays a scenario through an adapter: what was lost, and what broke (threw, failed silently, showed nothing). */
export function runScenario(adapter: Adapter, scenario: Scenario): Outcome {
  const store = new MemoryStorage();
  for (const [k, v] of Object.entries(scenario.stored)) store.setItem(k, v);
  if (scenario.free !== undefined) store.quota = store.used + scenario.free;
  const broke: string[] = [];
  let checked = store;
  for (const step of scenario.steps) {
    try {
      if (step.op === 'open') adapter.open(store);
      else if (step.op === 'save') {
        const before = storedText(store);
        const { ok } = adapter.save(store, step.scope, step.change);
        if (step.expect === 'refused' && ok) broke.push('a save that could not be kept said it was');
        if (step.expect !== 'refused' && !ok) broke.push('a save with room failed');
        if (ok && storedText(store) === before) broke.push('a save said ok and wrote nothing');
      } else if (step.op === 'import') {
        if (!adapter.importFile(store, JSON.stringify(step.file)).ok) broke.push('the import was refused');
      } else if (step.op === 'export-to-new-browser') {
        const other = new MemoryStorage();
        if (!adapter.importFile(other, adapter.exportFile(store)).ok)
          broke.push('the exported file did not import');
        checked = other;
      } else {
        const { texts } = adapter.open(store);
        if (texts === null) broke.push('My work showed no work');
        else
          for (const t of step.texts)
            if (!texts.some((x) => x.includes(t))) broke.push(`My work did not show ${t}`);
      }
    } catch (error) {
      broke.push(`threw: ${(error as Error).message}`);
    }
  }
  const text = storedText(checked);
  return { lost: scenario.keep.filter((t) => !text.includes(t)), broke };
}
