/** The <wom-embed-code> element: keeps the embed code in step with the simulation's address (EmbedCode.astro). */
class EmbedCode extends HTMLElement {
  connectedCallback() {
    const area = this.querySelector('textarea');
    const path = this.dataset.path ?? '';
    if (!area) return;
    const refresh = () => {
      const src = `${location.origin}${path}${location.search}`;
      area.value = area.value.replace(/src="[^"]*"/, `src="${src}"`);
    };
    refresh();
    // The simulation rewrites the address as parameters change; follow it when the code is looked at.
    area.addEventListener('focus', () => {
      refresh();
      area.select();
    });
  }
}
if (!customElements.get('wom-embed-code')) customElements.define('wom-embed-code', EmbedCode);
