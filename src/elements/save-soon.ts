/**
 * A save that waits until typing stops, so a student's every keystroke is not a write, but that is done at
 * once when the page is hidden or left: closing the tab or reloading 100 ms after the last word must not lose
 * that word.
 */

/** Every save on this page that may be waiting for typing to stop. */
const waiting = new Set<() => void>();

export function saveSoon(save: () => void, delay = 400): () => void {
  let timer: number | undefined;
  const now = () => {
    if (timer === undefined) return;
    window.clearTimeout(timer);
    timer = undefined;
    save();
  };
  waiting.add(now);
  window.addEventListener('pagehide', now);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') now();
  });
  return () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(now, delay);
  };
}

/** Does every waiting save now: before a download of the page's work, so its last words are in the file. */
export function flushSaves() {
  for (const now of waiting) now();
}
