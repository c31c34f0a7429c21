/**
 * Test helpers shared by the model tests.
 */

/**
 * Paths of every NaN or ±Infinity inside a value: objects, arrays and typed arrays are walked, strings are
 * checked for the words "NaN", "Infinity" and "undefined" (a summary that printed one of them is broken too).
 */
export function findNonFinite(
  value: unknown,
  path = '$',
  found: string[] = [],
  seen = new Set<object>(),
): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) found.push(`${path} = ${value}`);
    return found;
  }
  if (typeof value === 'string') {
    if (/NaN|Infinity|undefined/.test(value)) found.push(`${path} = "${value}"`);
    return found;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const view = value as unknown as ArrayLike<number>;
    for (let i = 0; i < view.length; i++) {
      if (!Number.isFinite(view[i])) found.push(`${path}[${i}] = ${view[i]}`);
    }
    return found;
  }
  for (const [key, child] of Object.entries(value)) findNonFinite(child, `${path}.${key}`, found, seen);
  return found;
}

/** Mean and standard error of a list of numbers. */
export function meanAndStandardError(values: ArrayLike<number>): { mean: number; se: number } {
  const n = values.length;
  let sum = 0;
  for (let i = 0; i < n; i++) sum += values[i] ?? 0;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += ((values[i] ?? 0) - mean) ** 2;
  return { mean, se: Math.sqrt(squares / (n - 1) / n) };
}
