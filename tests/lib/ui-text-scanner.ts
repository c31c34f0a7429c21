/**
 * Finds interface text written outside src/strings/: string literals that read as words in TypeScript, and
 * text, literal attributes that a reader hears (aria-label, title, alt, placeholder) and literals inside
 * expressions in .astro templates. A heuristic, tuned to be strict on words and quiet on code: CSS classes,
 * selectors, ids, event names, MIME types and key names are not words.
 */
import ts from 'typescript';

export interface Finding {
  line: number;
  text: string;
}

/** Attributes and properties whose value a reader sees or hears. */
const READ_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'title',
  'alt',
  'placeholder',
]);
const READ_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'alt',
  'ariaLabel',
  'ariaDescription',
  'label',
  'message',
  'description',
  'heading',
  'caption',
  'summary',
  'help',
]);

/** Calls whose string arguments are code, never text. */
const CODE_CALLS = new Set([
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'createElement',
  'createElementNS',
  'getAttribute',
  'removeAttribute',
  'hasAttribute',
  'toggleAttribute',
  'addEventListener',
  'removeEventListener',
  'add',
  'remove',
  'toggle',
  'contains',
  'getItem',
  'setItem',
  'removeItem',
  'get',
  'has',
  'delete',
  'getPropertyValue',
  'setProperty',
  'select',
  'selectAll',
  'append',
  'insert',
  'on',
  'matchMedia',
  'postMessage',
  'import',
  'require',
  'getCollection',
  'getEntry',
  'Error',
  // Simulation.astro's prop checks: build errors for lesson writers, like `throw new Error`.
  'fail',
  'TypeError',
  'RangeError',
]);

/** Two words of two letters or more, separated by a space: "Pin this run", "answered the same day". */
const WORDS = /(^|[^\w-])[A-Za-z][a-z’']+[,.:;!?)]*\s+[("“]?[A-Za-z][a-z’']*/;
/** A capitalised word standing alone: "Reset", "Download". Only counted where a reader sees the value. */
const CAPITALISED = /^[A-Z][a-z]{2,}[.:…]?$/;
/** Code that looks like words: class lists, selectors, transforms, fonts, media queries, MIME types. */
const CODE_LIKE = [
  /^[a-z0-9]+[-_][a-z0-9_-]*( [a-z0-9]+[-_][a-z0-9_-]*)*$/, // class lists such as "sim-field sim-check"
  /^[.#[:]/, // selectors
  /^\(?(prefers|min|max)-/, // media queries
  /^(translate|rotate|scale|matrix|rgba?|hsla?|var|calc|url)\(/,
  /^\d/, // numbers with units, font shorthands
  /^(M|m)[\d\s.,-]/, // SVG paths
  /^<!doctype html>/i, // the empty document jsdom starts from
  /^<\?xml /, // the header of a downloaded SVG
  /^[a-z-]+:\s*[^;]+(;\s*[a-z-]+:\s*[^;]+)*;?$/, // inline CSS declarations
];
const looksLikeWords = (text: string): boolean => {
  const t = text.trim();
  if (!t || CODE_LIKE.some((r) => r.test(t))) return false;
  return WORDS.test(t);
};

function calleeName(node: ts.CallExpression | ts.NewExpression): string {
  const e = node.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return '';
}

/**
 * A template that writes a number the way a language does: "${n}%", "$${n}", "${n}×". How a number is shown
 * belongs with the words (a translation may write "25 %" or "25 $"), so these count as interface text.
 */
const formatsANumber = (parts: string[]): boolean =>
  parts.some((p, i) => (i > 0 && /^[%×]/.test(p)) || (i < parts.length - 1 && /\$$/.test(p)));

/** `el.style.width = \`${x}%\``: a CSS length, not text. */
const isStyle = (node: ts.Node): boolean => {
  const parent = node.parent;
  return (
    ts.isBinaryExpression(parent) &&
    ts.isPropertyAccessExpression(parent.left) &&
    ts.isPropertyAccessExpression(parent.left.expression) &&
    parent.left.expression.name.text === 'style'
  );
};

/** Scans TypeScript (or TSX, for expressions lifted out of .astro templates) for interface text. */
export function scanScript(source: string, lineOffset = 0, tsx = false): Finding[] {
  const file = ts.createSourceFile(
    tsx ? 'x.tsx' : 'x.ts',
    source,
    ts.ScriptTarget.Latest,
    true,
    tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    findings.push({
      line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1 + lineOffset,
      text: text.length > 80 ? `${text.slice(0, 77)}…` : text,
    });

  /** Looks through `a ? 'Pause' : 'Play'`, `x ?? 'None'`, `x || 'failed'` and parentheses to where a value goes. */
  const climb = (literal: ts.Node): ts.Node => {
    let node = literal;
    while (
      ts.isConditionalExpression(node.parent) ||
      ts.isParenthesizedExpression(node.parent) ||
      (ts.isBinaryExpression(node.parent) &&
        [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(
          node.parent.operatorToken.kind,
        ))
    )
      node = node.parent;
    return node;
  };

  /** Where a literal goes decides whether a lone capitalised word counts. */
  const readerSink = (literal: ts.Node): boolean => {
    const node = climb(literal);
    const parent = node.parent;
    // A capitalised word handed to a helper (`button('Reset', reset)`) is a label.
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && node !== parent.expression)
      return !CODE_CALLS.has(calleeName(parent));
    if (
      ts.isBinaryExpression(parent) &&
      parent.right === node &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken
    ) {
      const left = parent.left;
      return ts.isPropertyAccessExpression(left) && READ_PROPERTIES.has(left.name.text);
    }
    if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
      const name = parent.name;
      return (ts.isIdentifier(name) || ts.isStringLiteral(name)) && READ_PROPERTIES.has(name.text);
    }
    if (
      ts.isCallExpression(parent) &&
      calleeName(parent) === 'setAttribute' &&
      parent.arguments[1] === node
    ) {
      const attr = parent.arguments[0];
      return !!attr && ts.isStringLiteral(attr) && READ_ATTRIBUTES.has(attr.text);
    }
    return false;
  };

  /** Literals that are code by position: imports, keys, types, comparisons, arguments of DOM and d3 calls. */
  const codeByPosition = (literal: ts.Node): boolean => {
    // Comparisons are judged on the literal itself; everything else on where its value goes.
    const node = ts.isBinaryExpression(literal.parent) ? climb(literal) : literal;
    const parent = node.parent;
    if (
      ts.isImportDeclaration(parent) ||
      ts.isExportDeclaration(parent) ||
      ts.isExternalModuleReference(parent)
    )
      return true;
    if (ts.isLiteralTypeNode(parent)) return true;
    // Class names: `el.className = 'muted source'`.
    if (
      ts.isBinaryExpression(parent) &&
      ts.isPropertyAccessExpression(parent.left) &&
      ['className', 'id', 'name', 'type', 'value'].includes(parent.left.name.text)
    )
      return true;
    if (ts.isPropertyAssignment(parent) && parent.name === node) return true;
    // `{ class: 'muted chosen-meta' }` handed to an element helper.
    if (
      ts.isPropertyAssignment(parent) &&
      ['class', 'className', 'id', 'type', 'role'].includes(parent.name.getText().replace(/['"]/g, ''))
    )
      return true;
    // d3's `.attr('class', (d) => \`bar bar-${d.story}\`)`: look through the accessor to the call.
    let value: ts.Node = node;
    if (ts.isArrowFunction(parent) && parent.body === node) value = parent;
    const call = value.parent;
    if (
      ts.isCallExpression(call) &&
      call.arguments[0] !== value &&
      ['attr', 'style', 'classed'].includes(calleeName(call))
    ) {
      const attr = call.arguments[0];
      return !(attr && ts.isStringLiteral(attr) && READ_ATTRIBUTES.has(attr.text));
    }
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
    if (ts.isCaseClause(parent)) return true;
    if (
      ts.isBinaryExpression(parent) &&
      [
        ts.SyntaxKind.EqualsEqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ts.SyntaxKind.EqualsEqualsToken,
        ts.SyntaxKind.ExclamationEqualsToken,
      ].includes(parent.operatorToken.kind)
    )
      return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && node !== parent.expression) {
      const name = calleeName(parent);
      if (CODE_CALLS.has(name)) return true;
      if (name === 'setAttribute') {
        const attr = parent.arguments?.[0];
        return node === attr || !(attr && ts.isStringLiteral(attr) && READ_ATTRIBUTES.has(attr.text));
      }
    }
    // Developer errors: `throw new Error('…')` never reaches a reader through the interface.
    if (ts.isNewExpression(parent) && ts.isThrowStatement(parent.parent)) return true;
    if (ts.isJsxAttribute(parent) || (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent))) {
      const attr = ts.isJsxAttribute(parent) ? parent : (parent.parent as ts.JsxAttribute);
      return !READ_ATTRIBUTES.has(attr.name.getText());
    }
    return false;
  };

  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (!codeByPosition(node)) {
        const text = node.text;
        if (looksLikeWords(text) || (readerSink(node) && CAPITALISED.test(text.trim()))) report(node, text);
      }
    } else if (ts.isTemplateExpression(node)) {
      if (!codeByPosition(node)) {
        const parts = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
        const joined = parts.join(' x ');
        const words =
          (parts.some((p) => looksLikeWords(p)) || looksLikeWords(joined.replace(/ x /g, ' '))) &&
          parts.some((p) => /[A-Za-z]{2,}/.test(p));
        if (words || (formatsANumber(parts) && !isStyle(node))) report(node, parts.join('${…}'));
      }
    } else if (ts.isJsxText(node)) {
      const text = node.text.replace(/&[a-z]+;|&#\d+;/g, ' ').trim();
      if (/[A-Za-z]{2,}/.test(text)) report(node, text);
    } else if (ts.isJsxAttribute(node) && node.initializer && ts.isStringLiteral(node.initializer)) {
      if (READ_ATTRIBUTES.has(node.name.getText()) && /[A-Za-z]{2,}/.test(node.initializer.text))
        report(node, node.initializer.text);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return findings;
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length - 1;

/** Index just after the brace that closes the one at `start`, skipping strings, templates and comments. */
function matchBrace(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"' || c === "'" || c === '`') {
      const quote = c;
      for (i++; i < source.length && source[i] !== quote; i++) {
        if (source[i] === '\\') i++;
        else if (quote === '`' && source[i] === '$' && source[i + 1] === '{')
          i = matchBrace(source, i + 1) - 1;
      }
    } else if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) return source.length;
    } else if (c === '/' && source[i + 1] === '*') {
      i = source.indexOf('*/', i) + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return source.length;
}

/** Scans an .astro file: its frontmatter and scripts as TypeScript, its template's text and expressions. */
export function scanAstro(source: string): Finding[] {
  const findings: Finding[] = [];
  // Blank out what is not template text while keeping line numbers: styles, comments, scripts (scanned apart).
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  let template = source;
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (fm) {
    findings.push(...scanScript(fm[1], 1));
    template = blank(fm[0]) + source.slice(fm[0].length);
  }
  template = template.replace(/<style[\s\S]*?<\/style>/g, blank).replace(/<!--[\s\S]*?-->/g, blank);
  template = template.replace(
    /(<script\b[^>]*>)([\s\S]*?)<\/script>/g,
    (all, open: string, body: string, index: number) => {
      if (!/type="application\/(ld\+)?json"/.test(open))
        findings.push(...scanScript(body, lineAt(source, index + open.length)));
      return blank(all);
    },
  );
  // Expressions: scanned as TSX, then blanked so their contents are not read as text.
  for (let i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i)) {
    const end = matchBrace(template, i);
    const expression = template.slice(i + 1, end - 1);
    findings.push(...scanScript(`(${expression})`, lineAt(template, i), true));
    template = template.slice(0, i) + blank(template.slice(i, end)) + template.slice(end);
    i = end;
  }
  // Literal attributes a reader hears.
  for (const m of template.matchAll(/\s(aria-label|aria-description|title|alt|placeholder)="([^"]*)"/g)) {
    if (/[A-Za-z]{2,}/.test(m[2]))
      findings.push({ line: lineAt(template, m.index) + 1, text: `${m[1]}="${m[2]}"` });
  }
  // Text between tags.
  const text = template.replace(/<[^>]*>/g, (tag) => blank(tag)).replace(/&[a-z]+;|&#\d+;/g, '  ');
  for (const m of text.matchAll(/[^\s·|/()[\],.:;–—-][^\n]*/g)) {
    if (/[A-Za-z]{2,}/.test(m[0])) findings.push({ line: lineAt(text, m.index) + 1, text: m[0].trim() });
  }
  return findings;
}
