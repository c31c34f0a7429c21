/**
 * The contract between a page's markup (an .astro file) and the script that brings it to life: the parts
 * the script needs, and the JSON the page hands it in data- attributes. Markup and script are written apart,
 * so a renamed class or a changed attribute must fail here, at once and by name, rather than as "cannot
 * read properties of null" somewhere later. Browser-safe, tested in jsdom (tests/lib/dom-contract.test.ts).
 */

/** An element class, such as HTMLInputElement, to check a part against. */
type ElementClass<T extends Element> = abstract new () => T;

const describe = (root: ParentNode) => (root instanceof Element ? `<${root.localName}>` : 'the page');

/**
 * The element `selector` finds inside `root`, which the markup must hold: an HTMLElement, or an instance of
 * `type` when given. Throws an Error naming the selector and the element when it is missing or of another type.
 */
export function part(root: ParentNode, selector: string): HTMLElement;
export function part<T extends Element>(root: ParentNode, selector: string, type: ElementClass<T>): T;
export function part(root: ParentNode, selector: string, type: ElementClass<Element> = HTMLElement) {
  const found = root.querySelector(selector);
  if (found instanceof type) return found;
  throw new Error(
    `${describe(root)} needs ${type.name} ${selector}; the page ${found ? 'has another' : 'has none'}`,
  );
}

/** The attribute a dataset key is written as: `questionIds` is data-question-ids. */
const attribute = (key: string) => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The JSON a page wrote into `el`'s data- attribute (`key` as in `el.dataset`), checked by `guard`. With a
 * `fallback`, that is what a missing, unreadable or wrongly shaped attribute gives (the last two also warn,
 * naming it); without one, any of the three throws an Error naming the attribute and the element.
 */
export function readData<T>(el: HTMLElement, key: string, guard: (v: unknown) => v is T, fallback?: T): T {
  const raw = el.dataset[key];
  let problem = 'is missing';
  if (raw !== undefined) {
    try {
      const value: unknown = JSON.parse(raw);
      if (guard(value)) return value;
      problem = 'has the wrong shape';
    } catch {
      problem = 'is not JSON';
    }
  }
  const message = `<${el.localName}> ${attribute(key)} ${problem}`;
  if (fallback === undefined) throw new Error(message);
  if (raw !== undefined) console.warn(message);
  return fallback;
}
