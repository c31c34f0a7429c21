/**
 * On an embedded simulation (/embed/<model>/): when it is shown inside another site, where this browser
 * keeps its storage apart or blocks it, say at once that nothing here is kept, with a link that opens the
 * run in its own tab and a download of the run.
 */
import { framedElsewhere } from './save-notice';
import { showNotice } from './save-notice-view';
import { saveProblems } from '../strings/save-problems';
import type { SimulationElement } from './simulation-element';

const box = document.querySelector<HTMLElement>('.embed-notice');
if (box && framedElsewhere()) {
  const sim = document.querySelector<HTMLElement & Partial<Pick<SimulationElement, 'download'>>>(
    'wom-simulation',
  );
  const full = box.dataset.full ?? location.pathname;
  showNotice(box, saveProblems.frame.simulation, {
    // The sandbox page, with the run's own state from this address.
    openTab: `${full}${location.search}`,
    download: {
      label: saveProblems.actions.downloadRun,
      run: () => {
        if (sim?.dataset.ready === 'true') void sim.download?.('json');
      },
    },
  });
}
