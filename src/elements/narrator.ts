/**
 * Speaks a simulation's state through a polite live region, at most once every 1.5 s while a run plays,
 * so a screen reader is told where the story stands without being flooded. The last message always
 * arrives: a throttled message is delivered when the pause ends.
 */
const INTERVAL_MS = 1500;

export function createNarrator(region: HTMLElement) {
  let last = 0;
  let pending: string | undefined;
  let timer = 0;
  const speak = (text: string) => {
    region.textContent = text;
    last = performance.now();
    pending = undefined;
  };
  return {
    /** `now` skips the throttle (end of a run, a button press). */
    say(text: string, now = false) {
      window.clearTimeout(timer);
      const wait = INTERVAL_MS - (performance.now() - last);
      if (now || wait <= 0) return speak(text);
      pending = text;
      timer = window.setTimeout(() => pending !== undefined && speak(pending), wait);
    },
  };
}
