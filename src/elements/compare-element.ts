/** The <wom-compare> element: picks the cases to compare side by side (pages/cases/compare.astro). */
// With JavaScript the table narrows to the two chosen cases, kept in the URL (?a=…&b=…).
class Compare extends HTMLElement {
  connectedCallback() {
    // Parts looked up here, not with part() (src/elements/page-contract.ts): this page's script is small enough
    // to sit in the page, and the finder would fetch a shared chunk with it. Without its form the table stays
    // whole, as it is without JavaScript.
    const a = this.querySelector('#compare-a');
    const b = this.querySelector('#compare-b');
    if (!(a instanceof HTMLSelectElement && b instanceof HTMLSelectElement && a.form)) return;
    const form = a.form;
    const slugs = [...a.options].map((o) => o.value);
    const query = new URLSearchParams(location.search);
    // A case the address names that the library does not have keeps the page's own choice, and says so.
    const ignored: string[] = [];
    for (const select of [a, b]) {
      const wanted = query.get(select.name);
      if (wanted && slugs.includes(wanted)) select.value = wanted;
      else if (wanted) ignored.push(`${select.name}=${wanted.slice(0, 80)}`);
    }
    const notice = this.querySelector('.compare-notice');
    if (notice instanceof HTMLElement && ignored.length) {
      notice.textContent = (this.dataset.ignored ?? '').replace('{items}', ignored.join(', '));
      notice.hidden = false;
    }
    form.hidden = false;
    const show = () => {
      const chosen = [a.value, b.value];
      for (const cell of this.querySelectorAll<HTMLElement>('[data-slug]')) {
        const i = chosen.indexOf(cell.dataset.slug!);
        cell.hidden = i < 0;
        cell.style.order = String(i);
      }
      // Keep the columns in the chosen order.
      for (const row of this.querySelectorAll('tr'))
        row.append(...chosen.flatMap((s) => row.querySelector(`[data-slug="${s}"]`) ?? []));
      const search = `?a=${encodeURIComponent(a.value)}&b=${encodeURIComponent(b.value)}`;
      if (search !== location.search) history.replaceState(null, '', location.pathname + search);
    };
    form.addEventListener('change', show);
    show();
  }
}
if (!customElements.get('wom-compare')) customElements.define('wom-compare', Compare);
