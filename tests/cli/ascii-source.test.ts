import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/build-cli';

// The CLI's bundle is written in ASCII where that keeps its meaning (bin/run-bundle.js then reads it one byte a
// character): the characters esbuild leaves in regular expression literals and comments become \u escapes.
describe('asciiSource', () => {
  it.each([
    ['a quote in a pattern', "const quote = /['’]s$/u;", "const quote = /['\\u2019]s$/u;"],
    ['bullets in a class, without the u flag', 'const bullet = /^[•▪]\\s/;', 'const bullet = /^[\\u2022\\u25AA]\\s/;'],
    ['a comment', '// “Acme is …”\nconst a = 1;', '// \\u201CAcme is \\u2026\\u201D\nconst a = 1;'],
    ['a comment after code', 'const a = 1; // ★ rating\n', 'const a = 1; // \\u2605 rating\n'],
    ['ASCII already', 'const a = /x/;', 'const a = /x/;'],
  ])('escapes %s', (_, source, expected) => {
    expect(asciiSource(source)).toBe(expected);
  });

  it.each([
    ['a String.raw template, whose text would change', 'const s = String.raw`[’]`;'],
    ['a character escaped by a backslash', 'const r = /\\’/;'],
  ])('leaves the source as it is for %s', (_, source) => {
    expect(asciiSource(source)).toBe(source);
  });

  it('keeps what the patterns match', () => {
    // Strings as esbuild writes them (escaped); the patterns as written.
    const source = String.raw`result = ['Master\u2019s', '\u2022 Jira', 'it\u2019s'].map((s) => [/['’]s$/u.test(s), /^[•▪]\s/.test(s), s.replace(/’/g, "'")]);`;
    const run = (code: string) => runInNewContext(code, {});
    expect(asciiSource(source)).not.toMatch(/[^\x00-\x7f]/);
    expect(run(asciiSource(source))).toEqual(run(source));
  });
});
