/**
 * Theme colours are CSS custom properties (var(--c-complaint) …) that the light and dark themes switch. SVG
 * uses them as they are; a canvas, or an SVG taken out of the page, needs the value they resolve to now.
 */

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g;

/** Replaces every var(--x) or var(--x, fallback) in `expr` with its value as seen from `style`. */
export function resolveVars(expr: string, style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): string {
  return expr.replace(VAR, (whole, name: string, fallback: string | undefined) => {
    const value = style.getPropertyValue(name).trim();
    if (value) return value;
    return fallback?.trim() ?? whole;
  });
}
