/**
 * The questions of a lesson's prediction boxes and self-checks, read from its MDX at build time, so My work
 * can show each saved prediction and answer with the question it answers (the saved work keeps only the
 * box's id). Plain text: tags and expressions inside a question are dropped, spaces collapsed.
 */

/** `<Check …>question</Check>` and `<Predict …>question</Predict>`; attribute values may hold `>` in quotes. */
const BOX = /<(Check|Predict)\b((?:[^>"{]|"[^"]*"|\{[^}]*\})*)>([\s\S]*?)<\/\1>/g;
const ID = /\bid="([^"]+)"/;

/** Each box's id with its question as plain text, in page order. */
export function lessonQuestions(mdx: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of mdx.matchAll(BOX)) {
    const id = ID.exec(m[2])?.[1];
    if (!id) continue;
    const text = m[3]
      .replace(/<[^>]*>/g, ' ')
      .replace(/\{[^}]*\}/g, ' ')
      .replace(/[*_`]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s([?.!,;:])/g, '$1')
      .trim();
    if (text) out[id] = text;
  }
  return out;
}
