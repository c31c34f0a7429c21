/**
 * The contract between a page's markup (an .astro file) and the element that brings it to life: the parts the
 * element needs (`part`) and the JSON the page hands it in data- attributes (`dataAttributes` writes them at build
 * time, `readData` reads them in the browser). Markup and script are written apart, so a renamed class must fail
 * here, at once and by name, rather than as "cannot read properties of null" somewhere later; and an attribute's
 * shape is declared once, in the element's own `PageData` interface, so the type checker holds the page that
 * writes it and the script that reads it to the same shape.
 *
 * Why the data has no runtime shape guards: the same build writes both sides from typed values, so a guard could
 * only catch a mismatch the type checker (`npm test`'s first step) already rejects, and the guards cost every
 * figure page ~0.3 KB of gzip (measured, issue 17). Data from anywhere else (saved work, links, files) is read
 * through the guards in src/lib/json-guards.ts. Browser-safe; tested in jsdom (tests/lib/page-contract.test.ts).
 * A chunk of its own, page-kit (astro.config.mjs): the case library and search load it without the figures' app-kit.
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

/**
 * An element whose page hands it `D`: each key of `D` is a data- attribute holding its value as JSON. An element
 * class says so with `declare readonly pageData?: D` (a type only: nothing is stored). Keys are one lower-case
 * word, so `key` is both the dataset key and the attribute's name after `data-`, with no conversion to ship.
 */
export interface DataHost<D> extends HTMLElement {
  readonly pageData?: D;
}

/** A key of `D` that names an attribute as it is (`data-params`); a camel-case key would not. */
type DataKey<D> = keyof D & Lowercase<string>;

/**
 * The value the page wrote into `el`'s attribute `data-<key>`. An attribute the page always writes is read without
 * a fallback; an optional one (`observed`, `band`) with `undefined`. Without a fallback the attribute is required: a
 * missing one, or one that is not JSON, throws an Error naming the attribute and the element. With a fallback, a
 * missing attribute gives it quietly, and an unparsable one gives it with that Error as a warning (a page and
 * a script from two builds, or a hand-edited page).
 */
export function readData<D, K extends DataKey<D>>(el: DataHost<D>, key: K): Exclude<D[K], undefined>;
export function readData<D, K extends DataKey<D>>(el: DataHost<D>, key: K, fallback: D[K]): D[K];
export function readData(el: HTMLElement, key: string, ...fallback: unknown[]): unknown {
  const raw = el.dataset[key];
  try {
    // A missing attribute fails here too: "undefined" is not JSON.
    return JSON.parse(String(raw)) as unknown;
  } catch {
    const error = new Error(
      `<${el.localName}> data-${key} is ${raw === undefined ? 'missing' : 'unparsable'}`,
    );
    if (!fallback.length) throw error;
    if (raw !== undefined) console.warn(error);
    return fallback[0];
  }
}

/**
 * The data- attributes that hand an element `data`, to spread into its tag at build time
 * (`<wom-library {...dataAttributes<LibraryData>({ items, offered })}>`). An undefined value writes no attribute.
 */
export function dataAttributes<D extends { [K in keyof D]: K extends Lowercase<string> ? unknown : never }>(
  data: D,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(data))
    if (value !== undefined) out[`data-${key}`] = JSON.stringify(value);
  return out;
}
