/**
 * Reads the props of components in an MDX source without compiling it, so a component can find another one on
 * the same page whatever order Astro renders them in (a <Claim> that names a <Simulation> further down, a
 * <ClaimValue> that quotes a <Claim>). Only literal props are read: strings, numbers, booleans, null, arrays
 * and objects of them (`params={{ n: 10000, betaC: 0.25 }}`). A prop written as any other expression is listed
 * in `unread`, so whoever needs it can say so instead of guessing. Build-time only.
 */

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

export interface Tag {
  props: Record<string, Literal>;
  /** Props whose value is an expression this reader does not evaluate. */
  unread: string[];
  /** 1-based line of the tag in the source. */
  line: number;
}

/** Blanks fenced code, inline code and MDX comments, keeping offsets, so tags inside them are not read. */
function blankNonMdx(source: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return source
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank)
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/`[^`\n]*`/g, blank);
}

class LiteralReader {
  i = 0;
  constructor(private readonly s: string) {}

  private space() {
    for (;;) {
      while (/\s/.test(this.s[this.i] ?? '')) this.i++;
      if (this.s.startsWith('//', this.i)) {
        const end = this.s.indexOf('\n', this.i);
        this.i = end < 0 ? this.s.length : end;
      } else if (this.s.startsWith('/*', this.i)) {
        const end = this.s.indexOf('*/', this.i);
        this.i = end < 0 ? this.s.length : end + 2;
      } else return;
    }
  }

  private fail(): never {
    throw new Error(`not a literal at "${this.s.slice(this.i, this.i + 20)}"`);
  }

  value(): Literal {
    this.space();
    const c = this.s[this.i];
    if (c === '{') return this.object();
    if (c === '[') return this.array();
    if (c === '"' || c === "'") return this.string();
    const word = /^(true|false|null)\b/.exec(this.s.slice(this.i));
    if (word) {
      this.i += word[0].length;
      return word[0] === 'null' ? null : word[0] === 'true';
    }
    const number = /^[-+]?(\d[\d_]*)?\.?\d[\d_]*(e[-+]?\d+)?/i.exec(this.s.slice(this.i));
    if (number) {
      this.i += number[0].length;
      return Number(number[0].replace(/_/g, ''));
    }
    return this.fail();
  }

  private string(): string {
    const quote = this.s[this.i++];
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== quote) {
      if (this.s[this.i] === '\\') this.i++;
      out += this.s[this.i++];
    }
    this.i++;
    return out;
  }

  private array(): Literal[] {
    this.i++;
    const out: Literal[] = [];
    for (;;) {
      this.space();
      if (this.s[this.i] === ']') {
        this.i++;
        return out;
      }
      out.push(this.value());
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') this.fail();
    }
  }

  private object(): { [key: string]: Literal } {
    this.i++;
    const out: { [key: string]: Literal } = {};
    for (;;) {
      this.space();
      if (this.s[this.i] === '}') {
        this.i++;
        return out;
      }
      let key: string;
      const c = this.s[this.i];
      if (c === '"' || c === "'") key = this.string();
      else {
        const name = /^[A-Za-z_$][\w$]*/.exec(this.s.slice(this.i));
        if (!name) this.fail();
        key = name[0];
        this.i += key.length;
      }
      this.space();
      if (this.s[this.i] !== ':') this.fail();
      this.i++;
      out[key] = this.value();
      this.space();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') this.fail();
    }
  }

  end() {
    this.space();
    if (this.i < this.s.length) this.fail();
  }
}

/** The value of a JavaScript literal written as source text; throws when it is any other expression. */
export function readLiteral(text: string): Literal {
  const reader = new LiteralReader(text);
  const value = reader.value();
  reader.end();
  return value;
}

/** Index just after the brace that closes the one at `start`, skipping strings. */
function closingBrace(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return s.length;
}

/** Every `<name …>` or `<name … />` in an MDX source, in order, with its literal props. */
export function tagsIn(source: string, name: string): Tag[] {
  const s = blankNonMdx(source);
  const tags: Tag[] = [];
  const open = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  for (const match of s.matchAll(open)) {
    const tag: Tag = { props: {}, unread: [], line: s.slice(0, match.index).split('\n').length };
    let i = match.index + match[0].length;
    for (;;) {
      while (/\s/.test(s[i] ?? '')) i++;
      if (i >= s.length || s[i] === '>' || s.startsWith('/>', i)) break;
      const attr = /^[A-Za-z_][\w:-]*/.exec(s.slice(i));
      if (!attr) break;
      const key = attr[0];
      i += key.length;
      while (/\s/.test(s[i] ?? '')) i++;
      if (s[i] !== '=') {
        tag.props[key] = true;
        continue;
      }
      i++;
      while (/\s/.test(s[i] ?? '')) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const end = s.indexOf(q, i + 1);
        tag.props[key] = s.slice(i + 1, end);
        i = end + 1;
      } else if (q === '{') {
        const end = closingBrace(s, i);
        try {
          tag.props[key] = readLiteral(s.slice(i + 1, end - 1));
        } catch {
          tag.unread.push(key);
        }
        i = end;
      } else break;
    }
    tags.push(tag);
  }
  return tags;
}
