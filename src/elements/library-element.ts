/** The <wom-library> element: search, filters and sort of the case library (pages/cases/index.astro). */
import { applyLibraryState, filterKeys, readLibraryState, writeLibraryState } from '../lib/library-filter';
import type { FilterKey, LibraryItem, LibraryState, SortKey } from '../lib/library-filter';
import { library } from '../strings/library';
import { searchSite } from '../lib/site-search';
import { part, readData } from './page-contract';

/** The JSON cases/index.astro hands the element (src/elements/page-contract.ts). */
export interface LibraryData {
  items: LibraryItem[];
  /** The values each filter offers, as the page's menus list them. */
  offered: Record<FilterKey, string[]>;
}

class Library extends HTMLElement {
  declare readonly pageData?: LibraryData;
  private searchToken = 0;

  connectedCallback() {
    const items = readData(this, 'items');
    const offered = readData(this, 'offered');
    const form = part(this, 'form', HTMLFormElement);
    const list = part(this, '.library-list');
    const count = part(this, '.count');
    const empty = part(this, '.empty');
    const notice = part(this, '.library-notice');
    const rows = new Map(
      [...list.querySelectorAll<HTMLElement>('li[data-slug]')].map((li) => [li.dataset.slug!, li]),
    );

    const { state: initial, ignored } = readLibraryState(location.search, offered);
    if (ignored.length) {
      notice.hidden = false;
      notice.textContent = library.index.ignored(ignored);
    }
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    for (const key of filterKeys) field(key).value = initial.filters[key] ?? '';
    field('sort').value = initial.sort;
    field('q').value = initial.q;

    // The slugs the search found, best match first.
    let hits: string[] | undefined;
    const read = (): LibraryState => ({
      filters: Object.fromEntries(
        filterKeys.map((k): [FilterKey, string] => [k, field(k).value]).filter(([, v]) => v),
      ),
      sort: field('sort').value as SortKey,
      q: field('q').value.trim(),
    });
    const show = () => {
      const state = read();
      const order = applyLibraryState(items, state, state.q ? hits : undefined);
      for (const [slug, li] of rows) li.hidden = !order.includes(slug);
      for (const slug of order) list.append(rows.get(slug)!);
      count.textContent = library.index.shown(order.length, items.length, Boolean(state.q && !hits));
      empty.hidden = order.length > 0;
      const search = writeLibraryState(state);
      if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    };
    const search = async () => {
      const term = field('q').value.trim();
      const token = ++this.searchToken;
      if (!term) {
        hits = undefined;
        return show();
      }
      show();
      try {
        // The search page's search and ranking; Pagefind is fetched only when someone searches.
        const results = await searchSite(this.dataset.base ?? '/', term);
        const urls = await Promise.all(results.map((r) => r.data().then((d) => d.url)));
        if (token !== this.searchToken) return;
        const slugs = urls.map((u) => /\/cases\/([^/]+)\//.exec(u)?.[1] ?? '').filter(Boolean);
        hits = [...new Set(slugs)];
      } catch {
        if (token !== this.searchToken) return;
        // No index (e.g. the dev server): fall back to matching titles and summaries on the page.
        const t = term.toLowerCase();
        hits = [...rows].filter(([, li]) => li.textContent?.toLowerCase().includes(t)).map(([slug]) => slug);
      }
      show();
    };
    let timer = 0;
    form.addEventListener('input', (event) => {
      if ((event.target as HTMLElement).id === 'library-q') {
        window.clearTimeout(timer);
        timer = window.setTimeout(() => void search(), 200);
      } else show();
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void search();
    });
    const clear = () => {
      // After the form's own reset has cleared the fields.
      setTimeout(() => {
        hits = undefined;
        notice.hidden = true;
        show();
      });
    };
    form.addEventListener('reset', clear);
    part(empty, '.clear').addEventListener('click', () => form.reset());
    if (initial.q) void search();
    else show();
  }
}
if (!customElements.get('wom-library')) customElements.define('wom-library', Library);
