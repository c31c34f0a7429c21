/**
 * Pagefind runs its search index as WebAssembly, which a Content-Security-Policy allows only with
 * 'wasm-unsafe-eval' (no JavaScript eval, only compiling WebAssembly). Only the pages that load Pagefind (the
 * search page and the case library) call this, from their frontmatter: `allowPagefind(Astro.csp)`.
 */
interface Csp {
  insertScriptResource(resource: string): void;
}

export function allowPagefind(csp: Csp | undefined) {
  // Naming a script source replaces Astro's default 'self', so it is named again.
  csp?.insertScriptResource("'self'");
  csp?.insertScriptResource("'wasm-unsafe-eval'");
}
