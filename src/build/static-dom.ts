/**
 * A DOM for drawing charts at build time, so every simulation ships a static SVG of its default run
 * (the page shows a result with JavaScript off). One document is shared by the whole build.
 */
import { JSDOM } from 'jsdom';

let doc: Document | undefined;

export function staticDocument(): Document {
  doc ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return doc;
}
