/**
 * <wom-hook>: the home page's small live figure. The page ships the grid drawn at build time (it reads without
 * JavaScript); this element shows the one slider, and on every change runs a hundred new chains and lets them
 * grow a generation at a time (whole at once under prefers-reduced-motion). The counts go to a live region
 * when a run has finished growing, not at every step.
 */
import { renderBranchingGrid } from '../../charts/branching-grid';
import { hookText } from '../../strings/views/hook';
import { deepest, HOOK, hookChains, hookGrid } from './hook-data';

const STEP_MS = 450;

class HookElement extends HTMLElement {
  private timer: number | undefined;

  connectedCallback() {
    const slot = this.querySelector<HTMLElement>('.hook-chart');
    const input = this.querySelector<HTMLInputElement>('input[type="range"]');
    const output = this.querySelector<HTMLOutputElement>('output');
    const status = this.querySelector<HTMLElement>('.hook-status');
    const control = this.querySelector<HTMLElement>('.hook-control');
    if (!slot || !input || !output || !status || !control) return;
    control.hidden = false;
    const width = () => Math.max(280, Math.min(640, slot.clientWidth || 480));
    let chains = hookChains(Number(input.value) || HOOK.start);
    const chart = renderBranchingGrid(document, hookGrid(chains), {
      width: width(),
      height: width(),
      title: hookText.title,
      description: hookText.description,
      idPrefix: 'hook-grid',
    });
    slot.replaceChildren(chart.node);
    const reduced = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const grow = () => {
      window.clearInterval(this.timer);
      const last = deepest(chains);
      const done = () => {
        chart.update(hookGrid(chains));
        status.textContent = hookGrid(chains).headline;
      };
      if (reduced()) return done();
      let g = 0;
      chart.update(hookGrid(chains, g));
      this.timer = window.setInterval(() => {
        g += 1;
        if (g >= last) {
          window.clearInterval(this.timer);
          done();
        } else chart.update(hookGrid(chains, g));
      }, STEP_MS);
    };
    input.addEventListener('input', () => {
      const r = Number(input.value);
      output.value = hookText.value(r.toFixed(1));
      chains = hookChains(r);
      grow();
    });
    // The first picture grows once when it is first seen, so the mechanism shows before anything is touched.
    const seen = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        seen.disconnect();
        grow();
      }
    });
    seen.observe(slot);
  }

  disconnectedCallback() {
    window.clearInterval(this.timer);
  }
}

if (!customElements.get('wom-hook')) customElements.define('wom-hook', HookElement);
