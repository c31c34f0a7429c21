/**
 * The buttons above a simulation: play/pause, step, reset, speed, new seed, preset, pin a run to compare,
 * log scale, copy link and downloads. Plain buttons and selects, so every one works by keyboard and is
 * announced by its visible label.
 */
import { simulation } from '../strings/simulation';

const text = simulation.toolbar;

export type DownloadKind = 'csv' | 'json' | 'svg' | 'png';

export interface ToolbarOptions {
  idPrefix: string;
  presets: { key: string; label: string }[];
  preset: string;
  stochastic: boolean;
  /** False for a run without steps (the cost of silence): no Play, Step or Speed, which would do nothing. */
  animated: boolean;
  /** Whether the view has a y scale that "Log scale" changes; without one the box is not shown. */
  logScale?: boolean;
  hasLockedParams: boolean;
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
  element: HTMLElement;
  setPlaying(playing: boolean): void;
  setPinned(pinned: boolean): void;
  setPreset(key: string): void;
  flash(message: string): void;
  showLink(url: string): void;
}

export function buildToolbar(doc: Document, options: ToolbarOptions): ToolbarHandle {
  const { on } = options;
  const root = doc.createElement('div');
  root.className = 'sim-toolbar';

  const button = (label: string, action: () => void, className = '') => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (className) b.className = className;
    b.addEventListener('click', action);
    return b;
  };
  const labelled = (text: string, control: HTMLElement, id: string) => {
    const wrap = doc.createElement('span');
    wrap.className = 'sim-field';
    const label = doc.createElement('label');
    label.htmlFor = id;
    label.textContent = text;
    control.id = id;
    wrap.append(label, control);
    return wrap;
  };

  const run = doc.createElement('div');
  run.className = 'sim-group';
  run.setAttribute('role', 'group');
  run.setAttribute('aria-label', text.groups.run);
  const play = button(text.play, on.play, 'sim-play');
  const step = button(text.step, on.step);
  const reset = button(text.reset, on.reset);
  const speed = doc.createElement('select');
  for (const s of [0.5, 1, 2, 4]) {
    const o = doc.createElement('option');
    o.value = String(s);
    o.textContent = text.speedOption(s);
    if (s === 1) o.selected = true;
    speed.append(o);
  }
  speed.addEventListener('change', () => on.speed(Number(speed.value)));
  if (options.animated) run.append(play, step);
  run.append(reset);
  if (options.animated) run.append(labelled(text.speed, speed, `${options.idPrefix}-speed`));
  if (options.stochastic) run.append(button(text.newSeed, on.newSeed));
  root.append(run);

  const setup = doc.createElement('div');
  setup.className = 'sim-group';
  setup.setAttribute('role', 'group');
  setup.setAttribute('aria-label', text.groups.compare);
  const preset = doc.createElement('select');
  for (const p of options.presets) {
    const o = doc.createElement('option');
    o.value = p.key;
    o.textContent = p.label;
    preset.append(o);
  }
  preset.value = options.preset;
  preset.addEventListener('change', () => on.preset(preset.value));
  setup.append(labelled(text.preset, preset, `${options.idPrefix}-preset`));
  const pin = button(text.pin, on.pin, 'sim-pin');
  setup.append(pin);
  const log = doc.createElement('input');
  log.type = 'checkbox';
  log.addEventListener('change', () => on.scale(log.checked));
  const logWrap = labelled(text.logScale, log, `${options.idPrefix}-log`);
  logWrap.classList.add('sim-check');
  if (options.logScale !== false) setup.append(logWrap);
  root.append(setup);

  const share = doc.createElement('div');
  share.className = 'sim-group';
  share.setAttribute('role', 'group');
  share.setAttribute('aria-label', text.groups.share);
  share.append(button(text.copyLink, on.copyLink));
  const downloads = doc.createElement('details');
  downloads.className = 'sim-downloads';
  const summary = doc.createElement('summary');
  summary.textContent = text.download;
  downloads.append(summary);
  const list = doc.createElement('div');
  list.className = 'sim-download-list';
  for (const kind of ['csv', 'json', 'svg', 'png'] as const satisfies readonly DownloadKind[]) {
    list.append(button(text.downloads[kind], () => on.download(kind)));
  }
  downloads.append(list);
  share.append(downloads);
  const status = doc.createElement('span');
  status.className = 'sim-status';
  status.setAttribute('role', 'status');
  share.append(status);
  root.append(share);

  return {
    element: root,
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
      const input = doc.createElement('input');
      input.type = 'text';
      input.readOnly = true;
      input.value = url;
      input.setAttribute('aria-label', text.linkField);
      status.replaceChildren(input);
      input.select();
    },
  };
}
