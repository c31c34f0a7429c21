import { describe, expect, it } from 'vitest';
import { loadWork, openStorage, STORAGE_KEY, type StorageLike } from '../../src/lib/storage';
import { saveItem } from '../../src/lib/storage-write';
import { importWork } from '../../src/lib/work-import';
import { WorkSession } from '../../src/lib/work-session';
import { readImport } from '../../src/lib/work-view';
import type { MemoryStorage } from './memory-storage';
import { runScenario, scenarios, type Adapter } from './storage-scenarios';

/** What a browser reports when the site may read but a small write does not fit (openStorage's probe). */
function stateOf(store: StorageLike) {
  const real = globalThis.localStorage;
  Object.defineProperty(globalThis, 'localStorage', { value: store, configurable: true });
  try {
    return openStorage();
  } finally {
    Object.defineProperty(globalThis, 'localStorage', { value: real, configurable: true });
  }
}

const current: Adapter = {
  open(store: MemoryStorage) {
    const { store: usable } = stateOf(store);
    if (!usable) return { texts: null };
    const { work, record } = loadWork(usable);
    void work;
    return { texts: [JSON.stringify(record ?? {})] };
  },
  save: (store, scope, change) => saveItem(store, scope, change),
  exportFile: (store) => JSON.stringify(new WorkSession(store).exportFile(new Date())),
  importFile(store, text) {
    const parsed = readImport(text, '/');
    return { ok: parsed.ok && importWork(store, parsed).ok };
  },
};

describe('issue 14: the storage scenarios, played through the saving code', () => {
  for (const scenario of scenarios) {
    it(scenario.name, () => {
      expect(runScenario(current, scenario)).toEqual({ lost: [], broke: [] });
    });
  }

  it('the table has the 25 scenarios', () => {
    expect(scenarios).toHaveLength(25);
    expect(STORAGE_KEY).toBe('wom.work');
  });
});
