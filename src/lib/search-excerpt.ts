/**
 * A Pagefind excerpt, read as text: Pagefind escapes the page's words and marks the matches with <mark>.
 * The excerpt is never handed to an HTML parser on a live page; this reads it as a string, keeps the text
 * (entities decoded) and which parts were marked, and drops any other tag. Pure, tested in Node.
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity: string, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    const key = body.toLowerCase();
    return Object.hasOwn(named, key) ? named[key] : entity;
  });
}

/** The excerpt's text in order, each part saying whether Pagefind marked it as a match. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of excerpt.split(/(<[^<>]*>)/)) {
    if (!token) continue;
    if (token.startsWith('<') && token.endsWith('>')) {
      const tag = token.slice(1, -1).trim().toLowerCase();
      if (tag === 'mark') mark = true;
      else if (tag === '/mark') mark = false;
      continue;
    }
    const text = decode(token);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
