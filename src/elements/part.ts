/**
 * The one finder of the page↔element contract (dom-contract.ts reads the page's data): the part of the page's
 * markup a script needs. Markup and script are written apart, so a renamed class must fail here, at once and by
 * name, rather than as "cannot read properties of null" somewhere later. Apart from the data readers because
 * every element uses it, the figures too, and it is small enough to ride in the chunk they all load.
 */

/** An element class, such as HTMLInputElement, to check a part against. */
type ElementClass<T extends Element> = abstract new () => T;

/**
 * The element `selector` finds inside `root`, which the markup must hold: an HTMLElement, or an instance of
 * `type` when given. Throws an Error naming the element, what it needs and what it found instead.
 */
export function part(root: ParentNode, selector: string): HTMLElement;
export function part<T extends Element>(root: ParentNode, selector: string, type: ElementClass<T>): T;
export function part(root: ParentNode, selector: string, type: ElementClass<Element> = HTMLElement) {
  const found = root.querySelector(selector);
  const seen = found ? `<${found.localName}>` : 'none';
  if (found instanceof type) return found;
  const where = root instanceof Element ? `<${root.localName}>` : 'document';
  throw new Error(`${where} needs ${type.name} ${selector}, found ${seen}`);
}
