// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { renderControls, renderToolbar } from '../../src/build/sim-controls';
import { paramHelp } from '../../src/build/param-help';
import { adoptControls } from '../../src/elements/controls';
import { fromPosition, toPosition } from '../../src/elements/slider-scale';
import { adoptToolbar, type ToolbarOptions } from '../../src/elements/toolbar';
import { cascade } from '../../src/models/index';
import type { NumberParam, ParamValue } from '../../src/models/types';

/**
 * The controls and toolbar written at build time (src/build/sim-controls.ts) and adopted in the browser
 * (src/elements/controls.ts, toolbar.ts): what the page holds before it wakes, and what the adopted parts do.
 * The markup goes through its HTML text, as a page carries it, so what is set only as a property is lost.
 */
const page = (el: HTMLElement) => {
  const host = document.createElement('wom-simulation');
  host.innerHTML = el.outerHTML;
  // Connected, as on a page: a checkbox not in a document fires no change when clicked.
  document.body.replaceChildren(host);
  return host;
};

const values = { ...cascade.defaults(), n: 5000, betaC: 0.3, responseDay: 7, network: 'small-world' };
const controlsPage = () =>
  page(
    renderControls(document, {
      model: 'cascade',
      spec: cascade.spec,
      idPrefix: 'fig-param',
      locked: ['n'],
      focus: ['responseDay', 'betaC'],
      values,
    }),
  );

const input = (host: HTMLElement, id: string) => host.querySelector<HTMLInputElement>(`#fig-param-${id}`)!;
const field = (host: HTMLElement, id: string) =>
  host.querySelector<HTMLInputElement>(`[data-param="${id}"] input[type=number]`)!;
const nParam = cascade.spec.find((p) => p.id === 'n') as NumberParam;

describe('controls written at build time', () => {
  it('puts the focus first and every other parameter under a closed "More settings"', () => {
    const host = controlsPage();
    const rows = [...host.querySelectorAll<HTMLElement>('.sim-controls > .sim-control')];
    expect(rows.map((r) => r.dataset.param)).toEqual(['responseDay', 'betaC']);
    const more = host.querySelector('details.sim-more')!;
    expect(more.hasAttribute('open')).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe(`More settings (${cascade.spec.length - 2})`);
    expect(more.querySelectorAll('.sim-control')).toHaveLength(cascade.spec.length - 2);
  });

  it("labels each control, describes it by the parameter's help and shows the page's values", () => {
    const host = controlsPage();
    for (const p of cascade.spec) {
      const control = input(host, p.id);
      const help = host.querySelector(`#${control.getAttribute('aria-describedby')!}`)!;
      expect(help.textContent).toBe(paramHelp('cascade', p.id));
      expect(host.querySelector(`label[for="fig-param-${p.id}"]`)!.textContent).toContain(p.label);
    }
    // A share is read and typed as a percentage; the slider holds the stored value.
    expect(input(host, 'betaC').value).toBe('0.3');
    expect(input(host, 'betaC').getAttribute('aria-valuetext')).toBe('30%');
    expect(field(host, 'betaC').value).toBe('30');
    expect(field(host, 'betaC').getAttribute('aria-label')).toBe(
      'Chance a complaint is passed to each contact, exact value in per cent',
    );
    expect(input(host, 'responseDay').getAttribute('aria-valuetext')).toBe('7 days');
    expect(host.querySelector<HTMLSelectElement>('#fig-param-network')!.value).toBe('small-world');
    // A log-scaled slider moves in positions.
    expect(input(host, 'n').max).toBe('1000');
    expect(input(host, 'n').value).toBe(String(toPosition(nParam, 5000)));
  });

  it('marks and disables what the page locks', () => {
    const host = controlsPage();
    expect(input(host, 'n').disabled).toBe(true);
    expect(field(host, 'n').disabled).toBe(true);
    expect(host.querySelector('[data-param="n"] .fixed')!.textContent).toBe(' fixed for this exercise');
    expect(input(host, 'betaC').disabled).toBe(false);
    expect(host.querySelector('[data-param="betaC"] .fixed')).toBeNull();
  });
});

describe('controls adopted in the browser', () => {
  const adopt = (locked: string[]) => {
    const host = controlsPage();
    const onInput = vi.fn<(id: string, value: ParamValue, final: boolean) => void>();
    const handle = adoptControls(host, cascade.spec, { locked: new Set(locked), onInput });
    return { host, onInput, handle };
  };

  it('reports a slider as it moves and when it is let go, in stored values', () => {
    const { host, onInput } = adopt(['n']);
    const betaC = input(host, 'betaC');
    betaC.value = '0.5';
    betaC.dispatchEvent(new Event('input'));
    expect(onInput).toHaveBeenLastCalledWith('betaC', 0.5, false);
    // The field and what a screen reader hears follow the slider at once.
    expect(field(host, 'betaC').value).toBe('50');
    expect(betaC.getAttribute('aria-valuetext')).toBe('50%');
    betaC.dispatchEvent(new Event('change'));
    expect(onInput).toHaveBeenLastCalledWith('betaC', 0.5, true);
  });

  it('reports a typed percentage as a fraction, and anything else as typed', () => {
    const { host, onInput } = adopt([]);
    const f = field(host, 'betaC');
    f.value = '12';
    f.dispatchEvent(new Event('change'));
    expect(onInput).toHaveBeenLastCalledWith('betaC', 0.12, true);
    const select = host.querySelector<HTMLSelectElement>('#fig-param-network')!;
    select.value = 'random';
    select.dispatchEvent(new Event('change'));
    expect(onInput).toHaveBeenLastCalledWith('network', 'random', true);
  });

  it('maps a log-scaled slider back to a value on the step', () => {
    const { host, onInput } = adopt([]);
    const n = input(host, 'n');
    n.value = '500';
    n.dispatchEvent(new Event('input'));
    const value = fromPosition(nParam, 500);
    expect(Number.isInteger(value)).toBe(true);
    expect(onInput).toHaveBeenLastCalledWith('n', value, false);
  });

  it("shows the run's values, which a link may set apart from the page's", () => {
    const { host, handle } = adopt(['n']);
    handle.set({ responseDay: 3, network: 'random', n: 100 });
    expect(input(host, 'responseDay').value).toBe('3');
    expect(input(host, 'responseDay').getAttribute('aria-valuetext')).toBe('3 days');
    expect(field(host, 'responseDay').value).toBe('3');
    expect(host.querySelector<HTMLSelectElement>('#fig-param-network')!.value).toBe('random');
    expect(input(host, 'n').value).toBe(String(toPosition(nParam, 100)));
  });

  it('marks and disables a lock the link adds, once, beside the page’s own', () => {
    const { host } = adopt(['n', 'responseDay']);
    expect(input(host, 'responseDay').disabled).toBe(true);
    expect(field(host, 'responseDay').disabled).toBe(true);
    expect(host.querySelectorAll('[data-param="responseDay"] .fixed')).toHaveLength(1);
    expect(host.querySelectorAll('[data-param="n"] .fixed')).toHaveLength(1);
  });

  it('fails naming the part when the markup lacks a parameter', () => {
    const host = controlsPage();
    host.querySelector('[data-param="apology"]')!.remove();
    expect(() => adoptControls(host, cascade.spec, { locked: new Set(), onInput: () => {} })).toThrow(
      // The one finder (src/elements/page-contract.ts) names the element, the part and what it found.
      'needs HTMLElement .sim-control[data-param="apology"], found none',
    );
  });
});

describe('the toolbar', () => {
  const toolbarPage = (animated: boolean, logScale = true) =>
    page(
      renderToolbar(document, {
        idPrefix: 'fig',
        presets: [
          { key: '', label: 'Default values' },
          { key: 'a', label: 'Preset A' },
          { key: 'b', label: 'Preset B' },
        ],
        preset: 'a',
        stochastic: true,
        animated,
        logScale,
      }),
    ).firstElementChild as HTMLElement;
  const on = () =>
    ({
      play: vi.fn(),
      step: vi.fn(),
      reset: vi.fn(),
      speed: vi.fn(),
      newSeed: vi.fn(),
      preset: vi.fn(),
      pin: vi.fn(),
      scale: vi.fn(),
      copyLink: vi.fn(),
      download: vi.fn(),
    }) satisfies ToolbarOptions['on'];
  const names = (root: HTMLElement) =>
    [...root.querySelectorAll<HTMLElement>('button:not([hidden])')].map((b) => b.textContent);

  it("is written with the page's preset chosen and speed 1×, each control labelled", () => {
    const root = toolbarPage(true);
    expect(root.querySelector<HTMLSelectElement>('#fig-preset')!.value).toBe('a');
    expect(root.querySelector<HTMLSelectElement>('#fig-speed')!.value).toBe('1');
    for (const id of ['fig-preset', 'fig-speed', 'fig-log'])
      expect(root.querySelector(`label[for="${id}"]`)).not.toBeNull();
    expect([...root.querySelectorAll('[role=group]')].map((g) => g.getAttribute('aria-label'))).toEqual([
      'Run',
      'Compare',
      'Share and download',
    ]);
  });

  it('sends each button and menu to its action', () => {
    const root = toolbarPage(true);
    const actions = on();
    const toolbar = adoptToolbar(root, { preset: 'b', animated: true, on: actions });
    // A link picked another preset than the page's.
    expect(root.querySelector<HTMLSelectElement>('#fig-preset')!.value).toBe('b');
    const click = (name: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === name)!.click();
    click('▶ Play');
    click('Step');
    click('Reset');
    click('New seed');
    click('Pin this run');
    click('Copy link');
    click('Chart (SVG)');
    for (const a of ['play', 'step', 'reset', 'newSeed', 'pin', 'copyLink'] as const)
      expect(actions[a]).toHaveBeenCalledOnce();
    expect(actions.download).toHaveBeenCalledWith('svg');
    const speed = root.querySelector<HTMLSelectElement>('#fig-speed')!;
    speed.value = '2';
    speed.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.speed).toHaveBeenCalledWith(2);
    const preset = root.querySelector<HTMLSelectElement>('#fig-preset')!;
    preset.value = '';
    preset.dispatchEvent(new Event('change', { bubbles: true }));
    expect(actions.preset).toHaveBeenCalledWith('');
    root.querySelector<HTMLInputElement>('#fig-log')!.click();
    expect(actions.scale).toHaveBeenCalledWith(true);
    toolbar.setPlaying(true);
    toolbar.setPinned(true);
    expect(names(root)).toContain('❚❚ Pause');
    expect(names(root)).toContain('Clear pinned run');
  });

  it('has no Play, Step or Speed for a run without steps, and no Log scale without a y scale', () => {
    const written = toolbarPage(false, false);
    // Written hidden, so the toolbar keeps its size; removed when the run on show has no steps.
    expect(written.querySelector<HTMLElement>('.sim-play')!.hidden).toBe(true);
    expect(written.querySelector('#fig-log')).toBeNull();
    adoptToolbar(written, { preset: 'a', animated: false, on: on() });
    expect(names(written)).toEqual([
      'Reset',
      'New seed',
      'Pin this run',
      'Copy link',
      'Data (CSV)',
      'Run with parameters (JSON)',
      'Chart (SVG)',
      'Chart (PNG)',
    ]);
    expect(written.querySelector('#fig-speed')).toBeNull();
    // A run with steps (a link's seed, say) where the page's had none: they show.
    const other = toolbarPage(false);
    adoptToolbar(other, { preset: 'a', animated: true, on: on() });
    expect(names(other).slice(0, 2)).toEqual(['▶ Play', 'Step']);
    expect(other.querySelector<HTMLElement>('#fig-speed')!.closest<HTMLElement>('.sim-field')!.hidden).toBe(
      false,
    );
  });
});
