/** The <wom-search> element: the site search page's results (pages/search.astro). */
import { library } from '../strings/library';
import { excerptParts } from '../lib/search-excerpt';
import { siteHref } from '../lib/site-url';
import { searchSite } from '../lib/site-search';
import { part } from './page-contract';

// Pagefind's index and code are fetched on the first search, from this site only.
class Search extends HTMLElement {
  connectedCallback() {
    const form = part(this, 'form', HTMLFormElement);
    const input = part(this, 'input', HTMLInputElement);
    const status = part(this, '.status');
    const list = part(this, '.results');
    const run = async () => {
      const term = input.value.trim();
      history.replaceState(null, '', term ? `?q=${encodeURIComponent(term)}` : location.pathname);
      list.replaceChildren();
      if (!term) {
        status.textContent = '';
        return;
      }
      status.textContent = library.search.searching;
      try {
        // The library's search uses the same call, so the two rank alike.
        const results = await searchSite(this.dataset.base ?? '/', term);
        const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
        for (const r of data) {
          const li = document.createElement('li');
          const a = document.createElement('a');
          // Pagefind's own index, but a link all the same: followed only when it stays on this site.
          a.href = siteHref(r.url, { origin: location.origin, base: this.dataset.base ?? '/' }) ?? '#';
          a.textContent = r.meta.title ?? r.url;
          const p = document.createElement('p');
          // Pagefind marks matches with <mark>: its excerpt is parsed inertly and only text and <mark> kept.
          for (const part of excerptParts(r.excerpt)) {
            if (part.mark) {
              const m = document.createElement('mark');
              m.textContent = part.text;
              p.append(m);
            } else p.append(part.text);
          }
          li.append(a, p);
          list.append(li);
        }
        status.textContent = data.length ? library.search.found(data.length) : library.search.none;
      } catch {
        status.textContent = library.search.unavailable;
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    const q = new URLSearchParams(location.search).get('q');
    if (q) {
      input.value = q.slice(0, 200);
      void run();
    }
  }
}
if (!customElements.get('wom-search')) customElements.define('wom-search', Search);
