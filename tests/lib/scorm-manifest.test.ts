import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildManifest, xmlId } from '../../src/lib/scorm/manifest';
import { ensureXmllint } from '../../scripts/ensure-xmllint.mjs';

const dir = mkdtempSync(join(tmpdir(), 'scorm-manifest-'));
const schema = (v: string) => join(import.meta.dirname, '../fixtures/scorm-xsd', v, 'package.xsd');

/** xmllint's verdict on a manifest against the version's schemas: ok, and what it said. */
function validate(version: '1.2' | '2004', xml: string): { ok: boolean; out: string } {
  const file = join(dir, `m-${version}-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  try {
    const out = execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema(version), file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, out };
  } catch (error) {
    return { ok: false, out: String((error as { stderr?: string }).stderr ?? error) };
  }
}

const input = {
  identifier: 'wom-1x2y3z',
  title: 'Week 3 — “fizzle” & <break even>?',
  files: ['index.html', '_astro/a.B1.js', 'exercises/ubg-fizzle/index.html', '_astro/KaTeX font.woff2'],
};

beforeAll(() => ensureXmllint());

describe('imsmanifest.xml', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`validates against the SCORM ${version} schemas`, () => {
      const result = validate(version, buildManifest(version, input));
      expect(result.ok, result.out).toBe(true);
    });

    it(`is refused by the SCORM ${version} schemas when it breaks them (the check can fail)`, () => {
      // A resource without its required identifier, and an unknown ADL attribute value.
      const broken = buildManifest(version, input)
        .replace(' identifier="RES-1"', '')
        .replace(/scorm[tT]ype="sco"/, (m) => m.replace('sco', 'lesson'));
      expect(validate(version, broken).ok).toBe(false);
    });
  }

  it('names the version, launches index.html as a SCO and lists every file once, escaped', () => {
    const v12 = buildManifest('1.2', input);
    expect(v12).toContain('<schemaversion>1.2</schemaversion>');
    expect(v12).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(v12).toContain('<title>Week 3 — “fizzle” &amp; &lt;break even&gt;?</title>');
    expect(v12.match(/<file href="index.html"\/>/g)).toHaveLength(1);
    expect(v12).toContain('<file href="_astro/KaTeX%20font.woff2"/>');
    const v2004 = buildManifest('2004', input);
    expect(v2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(v2004).toContain('adlcp:scormType="sco" href="index.html"');
  });

  it('makes an xsd:ID of any identifier', () => {
    expect(xmlId('wom-abc')).toBe('wom-abc');
    expect(xmlId('9 lives')).toBe('id-9-lives');
  });
});
