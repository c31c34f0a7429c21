/** The <wom-filter-list> element: filters the exercise list in the browser (pages/exercises/index.astro). */
// Filters match the cards' data-* attributes and live in the URL (?case=…&difficulty=…). The count lines
// come from the page (data-counts, made from src/strings/exercise.ts at build time): importing the strings
// here would put every exercise page's words into this page's 2 KB script budget.
class FilterList extends HTMLElement {
  connectedCallback() {
    // Parts and data read here, not with part() and readData() (src/elements/page-contract.ts): this page's
    // script is small enough to sit in the page, and they would fetch a shared chunk with it. Without its form
    // the list stays whole, as it is without JavaScript.
    const form = this.querySelector('form');
    const count = this.querySelector('.count');
    if (!form || !count) return;
    const selects = [...form.querySelectorAll('select')];
    const cards = [...this.querySelectorAll<HTMLElement>('li.card')];
    // The count line for each number shown; anything else leaves the count as the page wrote it.
    const counts: unknown = JSON.parse(this.dataset.counts ?? '[]');
    const query = new URLSearchParams(location.search);
    // A value the address gives that no filter offers is left out, and the page says which.
    const ignored: string[] = [];
    for (const s of selects) {
      const v = query.get(s.name);
      if (v && [...s.options].some((o) => o.value === v)) s.value = v;
      else if (v) ignored.push(`${s.name}=${v.slice(0, 80)}`);
    }
    const notice = this.querySelector('.filter-notice');
    if (notice instanceof HTMLElement && ignored.length) {
      notice.textContent = (this.dataset.ignored ?? '').replace('{items}', ignored.join(', '));
      notice.hidden = false;
    }
    const show = () => {
      let n = 0;
      for (const card of cards) {
        card.hidden = !selects.every((s) => !s.value || card.dataset[s.name] === s.value);
        if (!card.hidden) n++;
      }
      const line: unknown = Array.isArray(counts) ? counts[n] : undefined;
      if (typeof line === 'string') count.textContent = line;
      const q = `${new URLSearchParams(selects.filter((s) => s.value).map((s) => [s.name, s.value]))}`;
      const search = q && `?${q}`;
      if (search !== location.search) history.replaceState(null, '', location.pathname + search);
    };
    form.addEventListener('change', show);
    show();
  }
}
if (!customElements.get('wom-filter-list')) customElements.define('wom-filter-list', FilterList);
