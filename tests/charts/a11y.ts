import { expect } from 'vitest';

/** A chart names itself: role, and aria-labelledby pointing at its own <title> and <desc>. */
export function expectAccessibleSvg(node: Element, prefix: string, role: 'img' | 'group' = 'img'): void {
  expect(node.tagName.toLowerCase()).toBe('svg');
  expect(node.getAttribute('role')).toBe(role);
  expect(node.getAttribute('aria-labelledby')).toBe(`${prefix}-title ${prefix}-desc`);
  expect(node.querySelector(':scope > title')?.id).toBe(`${prefix}-title`);
  expect(node.querySelector(':scope > desc')?.id).toBe(`${prefix}-desc`);
  expect(node.querySelector(':scope > title')?.textContent).not.toBe('');
  expect(node.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  expect(node.getAttribute('width')).toBe('100%');
}
