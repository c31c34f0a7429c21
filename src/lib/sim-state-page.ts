/**
 * A simulation's own state, as the page sets it with no link: the one piece of src/lib/sim-state.ts a page
 * needs before anyone touches it, kept apart so <wom-simulation> can start without loading the state rules.
 */
import type { PageSim } from './sim-link';
import type { SimState } from './sim-state';

/** The page's own state, as it is with no link. */
export function fromPage(page: PageSim): SimState {
  return {
    page,
    presetKey: page.presetKey,
    base: { ...page.base },
    params: { ...page.base },
    seed: page.baseSeed,
    locked: [...new Set(page.lock)],
    linkLock: [],
  };
}
