import { describe, expect, it } from 'vitest';
import {
  assignmentOf,
  assignmentPage,
  buildExport,
  describeParam,
  exerciseOf,
  exportFileName,
  groupItems,
  groupOf,
  lessonEntries,
  lessonInfo,
  partId,
  questionOf,
  importMessage,
  pageOf,
  readImport,
  reopenUrl,
  savedWhen,
  submissionToWork,
  titleOf,
  unreadableFileName,
  type ModelInfo,
} from '../../src/lib/work-view';
import { type SavedRun, type Work, type WorkItem } from '../../src/lib/storage';
import { mergeWork } from '../../src/lib/work-merge';
import { encodeAssignment } from '../../src/lib/assignment';
import type { Submission } from '../../src/lib/submission';

const run: SavedRun = {
  model: 'cascade',
  params: { n: 500, betaC: 0.35, graph: 'ws' },
  seed: 7,
  savedAt: '2026-11-24T10:00:00.000Z',
};
const work: Work = {
  version: 1,
  items: {
    'exercise:ubg-timing': {
      page: '/exercises/ubg-timing/',
      title: 'How fast should United answer?',
      prediction: { text: 'About half', savedAt: '2026-11-24T09:00:00.000Z' },
      answers: { share: { value: '40%', correct: true, savedAt: '2026-11-24T09:30:00.000Z' } },
      run,
    },
    '/cases/united-breaks-guitars/#views-predict': {
      page: '/cases/united-breaks-guitars/',
      prediction: { text: 'A million', savedAt: '2026-11-23T09:00:00.000Z' },
    },
    'assignment:1k2j3h:ubg-timing': {
      page: '/exercises/ubg-timing/?a=CODE&step=0&exercise.n=900&exercise.lock=n',
      reflection: { text: 'Speed matters', savedAt: '2026-11-24T11:00:00.000Z' },
      run: { ...run, params: { n: 900 } },
    },
  },
};

describe('scopes', () => {
  it('groups assignment, exercise and lesson scopes', () => {
    expect(groupOf('assignment:abc:ex')).toBe('assignment');
    expect(groupOf('exercise:ex')).toBe('exercise');
    expect(groupOf('/cases/x/#p')).toBe('lesson');
    expect(exerciseOf('assignment:abc:ex-1')).toBe('ex-1');
    expect(exerciseOf('exercise:ex-1')).toBe('ex-1');
    expect(exerciseOf('/cases/x/#p')).toBeUndefined();
    expect(exerciseOf('assignment:abc')).toBeUndefined();
    expect(assignmentOf('assignment:abc:ex-1')).toBe('abc');
  });

  it('lists groups in page order, most recently saved first inside each, empty groups left out', () => {
    const groups = groupItems(work);
    expect(groups.map((g) => g.group)).toEqual(['assignment', 'exercise', 'lesson']);
    const two: Work = {
      version: 1,
      items: {
        'exercise:old': { prediction: { text: 'a', savedAt: '2026-01-01T00:00:00Z' } },
        'exercise:new': { prediction: { text: 'b', savedAt: '2026-02-01T00:00:00Z' } },
        'exercise:undated': { prediction: { text: 'c', savedAt: '' } },
      },
    };
    expect(groupItems(two)).toEqual([
      {
        group: 'exercise',
        items: [
          ['exercise:new', expect.anything()],
          ['exercise:old', expect.anything()],
          ['exercise:undated', expect.anything()],
        ],
      },
    ]);
    expect(groupItems({ version: 1, items: {} })).toEqual([]);
  });

  it('names an item by its saved title, else the exercise title, else the scope', () => {
    const exercises = { 'ubg-timing': { title: 'Timing', questions: {} } };
    expect(titleOf('exercise:ubg-timing', { title: 'Saved' }, exercises)).toBe('Saved');
    expect(titleOf('exercise:ubg-timing', {}, exercises)).toBe('Timing');
    expect(titleOf('exercise:toString', {}, exercises)).toBe('toString');
    expect(titleOf('/cases/x/#p', {})).toBe('/cases/x/#p');
  });

  const site = { origin: 'https://word-of-mouth.example.org', base: '/' };
  const sub = { ...site, base: '/sub/' };

  it('links back to the saved page, else what the scope says; never off the site', () => {
    expect(pageOf('exercise:a', { page: '/exercises/a/?x=1' }, site)).toBe('/exercises/a/?x=1');
    expect(pageOf('exercise:a', {}, sub)).toBe('/sub/exercises/a/');
    expect(pageOf('assignment:h:a', {}, site)).toBe('/exercises/a/');
    expect(pageOf('/cases/x/#p', {}, site)).toBe('/cases/x/');
    expect(pageOf('exercise:a', { page: 'javascript:alert(1)' }, site)).toBe('/exercises/a/');
    expect(pageOf('exercise:a', { page: '//evil.example/' }, site)).toBe('/exercises/a/');
    expect(pageOf('weird', { page: 'https://evil.example/' }, site)).toBeUndefined();
    // A page outside the site's base path is another application on the same host.
    expect(pageOf('exercise:a', { page: '/other/' }, sub)).toBe('/sub/exercises/a/');
  });

  // Issue 14: isSitePath rejected "//" and "\\" but not a tab or a line break, which browsers drop.
  it('issue 14: an imported page or lesson scope with a tab or a line break never leads off the site', () => {
    for (const page of [
      '/\t/evil.example/phish',
      '/\n/evil.example/phish',
      '/\r\n/evil.example/',
      '\\\\evil.example/',
    ]) {
      expect(pageOf('exercise:a', { page }, site)).toBe('/exercises/a/');
      expect(pageOf('weird', { page }, site)).toBeUndefined();
    }
    expect(pageOf('/\n/evil.example/#x', {}, site)).toBeUndefined();
    expect(pageOf('/\t/evil.example/#x', {}, site)).toBeUndefined();
  });

  it('links an assignment step to that step of the assignment when its code is kept', () => {
    const code = encodeAssignment({
      v: 1,
      title: 'Week 3',
      instructions: '',
      due: '',
      items: [
        { exercise: 'ubg-fizzle', params: {}, lock: [] },
        { exercise: 'ubg-timing', params: { n: 900 }, lock: ['n'] },
      ],
    });
    const codes = new Map([['h1', code]]);
    const page = pageOf('assignment:h1:ubg-timing', { page: '/exercises/ubg-timing/' }, site, codes)!;
    const url = new URL(page, site.origin);
    expect(url.pathname).toBe('/exercises/ubg-timing/');
    expect(url.searchParams.get('a')).toBe(code);
    expect(url.searchParams.get('step')).toBe('1');
    expect(url.searchParams.get('exercise.lock')).toBe('n');
    expect(assignmentPage('assignment:h1:ubg-timing', site, codes)).toBe(
      `/assignment/?a=${encodeURIComponent(code)}`,
    );
    // Without its code (or with a code that is not an assignment) the saved page is used.
    expect(pageOf('assignment:h2:ubg-timing', { page: '/exercises/ubg-timing/' }, site, codes)).toBe(
      '/exercises/ubg-timing/',
    );
    expect(pageOf('assignment:h1:ubg-timing', {}, site, new Map([['h1', 'junk']]))).toBe(
      '/exercises/ubg-timing/',
    );
  });
});

describe('reopenUrl', () => {
  it('writes every parameter and the seed for the exercise simulation', () => {
    const url = reopenUrl('/exercises/ubg-timing/', run);
    expect(url).toBe(
      '/exercises/ubg-timing/?exercise.n=500&exercise.betaC=0.35&exercise.graph=ws&exercise.seed=7',
    );
  });

  it("keeps the assignment's a=, step= and locks, and replaces earlier values of the simulation", () => {
    const url = reopenUrl(
      '/exercises/ubg-timing/?a=CODE&step=0&exercise.n=900&exercise.seed=3&exercise.lock=n#run',
      {
        ...run,
        params: { n: 900, tR: 2 },
      },
    );
    const [path, rest] = url.split('?');
    expect(path).toBe('/exercises/ubg-timing/');
    const [query, hash] = rest.split('#');
    const q = new URLSearchParams(query);
    expect(q.get('a')).toBe('CODE');
    expect(q.get('step')).toBe('0');
    expect(q.get('exercise.lock')).toBe('n');
    expect(q.get('exercise.n')).toBe('900');
    expect(q.get('exercise.tR')).toBe('2');
    expect(q.getAll('exercise.seed')).toEqual(['7']);
    expect(hash).toBe('run');
  });

  it('writes numbers exactly, without float noise', () => {
    expect(reopenUrl('/e/', { ...run, params: { b: 0.1 + 0.2 } })).toContain('exercise.b=0.3&');
  });
});

describe('reading a run', () => {
  const info: ModelInfo = {
    name: 'Network cascade',
    params: {
      n: { label: 'People', unit: 'people', unitText: 'persons' },
      betaC: { label: 'Share who pass the complaint on', unit: 'share' },
      cost: { label: 'Repair', unit: 'USD' },
      k: { label: 'Contacts', unit: '' },
      graph: { label: 'Network', options: { ws: 'Small world' } },
    },
  };
  it('gives labels, units, percentages and option names', () => {
    expect(describeParam('n', 10000, info)).toEqual({ label: 'People', value: '10,000 persons' });
    expect(describeParam('betaC', 0.35, info)).toEqual({
      label: 'Share who pass the complaint on',
      value: '35%',
    });
    expect(describeParam('betaC', 0.07, info).value).toBe('7%');
    expect(describeParam('cost', 1200, info).value).toBe('$1,200');
    expect(describeParam('k', 4, info).value).toBe('4');
    expect(describeParam('graph', 'ws', info).value).toBe('Small world');
    expect(describeParam('other', 3, info)).toEqual({ label: 'other', value: '3' });
    expect(describeParam('other', 'x', undefined)).toEqual({ label: 'other', value: 'x' });
  });

  it('says dates in words, and nothing for a missing one', () => {
    expect(savedWhen('2026-11-24T10:05:00.000Z', 'UTC')).toBe('24 November 2026 at 10:05');
    expect(savedWhen('')).toBe('');
    expect(savedWhen('not a date')).toBe('');
  });
});

describe('export', () => {
  it('is a versioned file with the work and every kept-aside copy', () => {
    const now = new Date(2026, 10, 24, 23, 30);
    const data = buildExport(work, [{ key: 'wom.work.unreadable.2026', raw: '{' }], now);
    expect(data).toEqual({
      format: 'word-of-mouth-work',
      formatVersion: 1,
      exportedAt: now.toISOString(),
      work,
      unreadable: [{ key: 'wom.work.unreadable.2026', raw: '{' }],
    });
    expect(exportFileName(now)).toBe('my-work-2026-11-24.json');
  });

  it('names a kept-aside copy by its date, .json when it parses and .txt when not', () => {
    expect(unreadableFileName('wom.work.unreadable.2026-11-24T10:00:00.000Z', '{"version":2}')).toBe(
      'my-work-unreadable-2026-11-24T10-00-00-000Z.json',
    );
    expect(unreadableFileName('wom.work.unreadable.2026-11-24T10:00:00.000Z', '{"version":1,"items":')).toBe(
      'my-work-unreadable-2026-11-24T10-00-00-000Z.txt',
    );
  });
});

describe('import', () => {
  it('reads back its own export exactly', () => {
    const file = JSON.stringify(
      buildExport(work, [{ key: 'wom.work.unreadable.x', raw: 'oops' }], new Date()),
    );
    const result = readImport(file, '/');
    expect(result).toEqual({
      ok: true,
      kind: 'export',
      work,
      unreadableItems: 0,
      unreadable: [{ key: 'wom.work.unreadable.x', raw: 'oops' }],
    });
  });

  it('reads back fields and items this version cannot read, exactly as they were exported', () => {
    const odd = {
      version: 1,
      items: { a: { prediction: { text: 'x', savedAt: '', words: 1 }, essay: 'e' }, b: 3 },
      future: { setting: true },
    };
    const result = readImport(JSON.stringify(buildExport(odd, [], new Date())), '/');
    expect(result).toMatchObject({ ok: true, kind: 'export', work: odd, unreadableItems: 1 });
  });

  it('reads a bare saved-work record, counting unreadable items (kept, not left out)', () => {
    const result = readImport(
      JSON.stringify({ version: 1, items: { a: { prediction: { text: 'x', savedAt: '' } }, b: 3 } }),
      '/',
    );
    expect(result).toMatchObject({ ok: true, kind: 'work', unreadableItems: 1, work: { items: { b: 3 } } });
  });

  it('turns a submission into exercise or assignment scopes', () => {
    const submission: Submission = {
      format: 'word-of-mouth-submission',
      formatVersion: 2,
      student: 'Ada',
      assignment: { title: 'Week 3', id: 'h4sh', due: '' },
      exportedAt: '2026-11-24T10:00:00.000Z',
      items: [
        {
          exercise: 'ubg-timing',
          title: 'Timing',
          prediction: { text: 'half', savedAt: 't' },
          answers: { share: { value: '40%', correct: true, savedAt: 't' } },
          reflection: null,
          run,
          settings: { params: { responseDay: 1 }, seed: 1, lock: [], unlock: [] },
        },
      ],
    };
    const result = readImport(JSON.stringify(submission), '/sub/');
    expect(result).toEqual({
      ok: true,
      kind: 'submission',
      unreadableItems: 0,
      unreadable: [],
      work: {
        version: 1,
        items: {
          'assignment:h4sh:ubg-timing': {
            page: '/sub/exercises/ubg-timing/',
            title: 'Timing',
            prediction: { text: 'half', savedAt: 't' },
            answers: { share: { value: '40%', correct: true, savedAt: 't' } },
            run,
          },
        },
      },
    });
    const alone = submissionToWork({ ...submission, assignment: null }, '/');
    expect(Object.keys(alone.items)).toEqual(['exercise:ubg-timing']);
  });

  it('explains a file it cannot read, and never throws', () => {
    const reasons = [
      '',
      'not json',
      '[]',
      '42',
      '{"hello":1}',
      '{"format":"word-of-mouth-work","formatVersion":2,"work":{}}',
      '{"format":"word-of-mouth-work","formatVersion":1,"work":"x"}',
      '{"format":"word-of-mouth-submission","formatVersion":9}',
      '{"version":3,"items":{}}',
    ].map((text) => readImport(text, '/'));
    for (const r of reasons) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(10);
    }
    const version = reasons[5];
    expect(version?.ok === false && version.reason).toMatch(/different version/);
  });

  it('says what a merge added, updated and kept', () => {
    const current: Work = {
      version: 1,
      items: { s: { prediction: { text: 'old', savedAt: '2026-01-01T00:00:00Z' } } },
    };
    const incoming: Work = {
      version: 1,
      items: {
        s: { prediction: { text: 'new', savedAt: '2026-02-01T00:00:00Z' } },
        t: { reflection: { text: 'r', savedAt: '2026-02-01T00:00:00Z' } },
      },
    };
    const message = importMessage('f.json', 'export', mergeWork(current, incoming), 0, 0);
    expect(message).toMatch(
      /^Imported “f\.json” \(a work file\): 1 entry added \(1 new place in all\); 1 entry updated/,
    );
    expect(importMessage('f.json', 'work', mergeWork(incoming, incoming), 2, 1)).toMatch(
      /2 entries left as they were.*2 items in the file could not be read by this version of the site; they were kept as they are.*1 copy of unreadable data/,
    );
  });
});

describe('lessons and questions (issue 15)', () => {
  const site = { origin: 'https://word-of-mouth.example.org', base: '/sub/' };
  const t = (s: string) => ({ prediction: { text: 'x', savedAt: s } });

  it('lists a lesson once, however many of its boxes and runs were saved', () => {
    const items: [string, WorkItem][] = [
      ['/sub/cases/united-breaks-guitars/#check-fizzle', t('3')],
      ['/sub/cases/dell-hell-2005/#predict-a', t('2')],
      ['/sub/cases/united-breaks-guitars/#predict-response', t('1')],
      ['/sub/cases/united-breaks-guitars/#fizzle-or-explode', t('0')],
    ];
    const entries = lessonEntries(items);
    expect(entries.map((e) => [e.path, e.parts.map(([s]) => partId(s))])).toEqual([
      ['/sub/cases/united-breaks-guitars/', ['check-fizzle', 'predict-response', 'fizzle-or-explode']],
      ['/sub/cases/dell-hell-2005/', ['predict-a']],
    ]);
    const lessons = {
      'cases/united-breaks-guitars/': { title: 'United', questions: { 'check-fizzle': 'Q?' } },
    };
    expect(lessonInfo('/sub/cases/united-breaks-guitars/', site, lessons)?.title).toBe('United');
    expect(lessonInfo('/sub/cases/constructor/', site, lessons)).toBeUndefined();
  });

  it('shows an exercise’s question as the assignment’s settings read it', () => {
    const info = {
      title: 'Racing',
      questions: { q: 'On day 2 (seed 1)?', other: 'Plain?' },
      templates: { q: 'On day {responseDay} (seed {seed})?' },
      model: 'cascade',
      params: { responseDay: 2 },
    };
    const model = { name: 'Cascade', params: { responseDay: { label: 'Day of the answer', unit: 'days' } } };
    const settings = { params: { responseDay: 1 }, seed: 7, lock: [], unlock: [] };
    expect(questionOf(info, 'q', settings, model)).toBe('On day 1 (seed 7)?');
    expect(questionOf(info, 'q', undefined, model)).toBe('On day 2 (seed 1)?');
    expect(questionOf(info, 'other', settings, model)).toBe('Plain?');
    expect(questionOf(info, 'toString', settings, model)).toBeUndefined();
  });
});
