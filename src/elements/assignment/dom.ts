/**
 * Small DOM helpers shared by the assignment, builder and class-view elements: build an element in one
 * expression, copy text with a spoken result, announce in a live region. Text always goes in as text
 * (textContent), never as HTML, because titles and names come from links and files anyone can write.
 */
import { downloadBlob } from '../download';

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

/** `h('p', { class: 'muted' }, 'text', child)`. `true` sets an empty attribute; null/undefined/false skip it. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/** Writes a message into a live region; the same text twice is still announced (cleared first). */
export function announce(region: Element, message: string): void {
  region.textContent = '';
  // A separate task, so screen readers see a change even when the text repeats.
  window.setTimeout(() => {
    region.textContent = message;
  }, 30);
}

/** Copies `text`; falls back to selecting the field so the person can press Ctrl+C themselves. */
export async function copyText(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (field) {
      field.focus();
      field.select();
    }
    return false;
  }
}

/** Saves text as a file (see ../download.ts). */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
