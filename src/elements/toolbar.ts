/**
 * Brings a figure's toolbar to life: play/pause, step, reset, speed, new seed, preset, pin, log scale, copy
 * link and downloads. The markup is written at build time (src/build/sim-controls.ts), each control marked
 * with `data-act`; this module listens on the toolbar for them and changes the few words that change.
 */
import { simulation } from '../strings/simulation';
import { part } from './page-contract';

const text = simulation.toolbar;

export type DownloadKind = 'csv' | 'json' | 'svg' | 'png';

export interface ToolbarOptions {
  /** The preset on show (a link may pick another than the page's). */
  preset: string;
  /** False for a run without steps (the cost of silence): no Play, Step or Speed, which would do nothing. */
  animated: boolean;
  on: {
    play: () => void;
    step: () => void;
    reset: () => void;
    speed: (multiplier: number) => void;
    newSeed: () => void;
    preset: (key: string) => void;
    pin: () => void;
    scale: (log: boolean) => void;
    copyLink: () => void;
    download: (kind: DownloadKind) => void;
  };
}

export interface ToolbarHandle {
  setPlaying(playing: boolean): void;
  setPinned(pinned: boolean): void;
  setPreset(key: string): void;
  flash(message: string): void;
  showLink(url: string): void;
}

export function adoptToolbar(root: HTMLElement, options: ToolbarOptions): ToolbarHandle {
  const { on } = options;
  const play = part(root, '[data-act=play]');
  const pin = part(root, '[data-act=pin]');
  const preset = part(root, '[data-act=preset]', HTMLSelectElement);
  const status = part(root, '.sim-status');
  // Play, Step and Speed: written hidden where the page's own run has no steps; the run on show decides.
  for (const el of root.querySelectorAll<HTMLElement>('[data-animated]')) {
    if (options.animated) el.hidden = false;
    else el.remove();
  }
  preset.value = options.preset;

  root.addEventListener('click', (event) => {
    const b = (event.target as Element).closest<HTMLElement>('button[data-act]');
    const act = b?.dataset.act;
    if (act === 'play') on.play();
    else if (act === 'step') on.step();
    else if (act === 'reset') on.reset();
    else if (act === 'new-seed') on.newSeed();
    else if (act === 'pin') on.pin();
    else if (act === 'copy-link') on.copyLink();
    else if (act === 'download') on.download(b!.dataset.kind as DownloadKind);
  });
  root.addEventListener('change', (event) => {
    const el = event.target as HTMLInputElement;
    const act = el.dataset.act;
    if (act === 'speed') on.speed(Number(el.value));
    else if (act === 'preset') on.preset(el.value);
    else if (act === 'log') on.scale(el.checked);
  });

  return {
    setPlaying(playing) {
      play.textContent = playing ? text.pause : text.play;
    },
    setPinned(pinned) {
      pin.textContent = pinned ? text.unpin : text.pin;
    },
    setPreset(key) {
      preset.value = key;
    },
    flash(message) {
      status.textContent = message;
      setTimeout(() => (status.textContent = ''), 3000);
    },
    showLink(url) {
      const input = root.ownerDocument.createElement('input');
      input.type = 'text';
      input.readOnly = true;
      input.value = url;
      input.setAttribute('aria-label', text.linkField);
      status.replaceChildren(input);
      input.select();
    },
  };
}
