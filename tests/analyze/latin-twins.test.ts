import { describe, expect, it } from 'vitest';
import { twinFor } from '../../src/analyze/cues';
import { LETTER } from '../../src/analyze/example-lists';
import { employerNameCheck } from '../../src/analyze/role-names';
import { headingKind, SECTION_TWINS } from '../../src/analyze/sections';
import { VERSION_GLUED } from '../../src/analyze/words';
import { BEYOND_LATIN, OUTSIDE_LATIN_BLOCK } from '../../src/text/normalize';

// The analyzer's \p{} expressions run through Latin-only twins on text with nothing beyond Latin (a fresh process
// then compiles no Unicode property class): on such text each twin must answer as its exact expression.
const LINES = [
  'Experience with Jira and Confluence',
  'EXPERIENCE IN SAFe',
  'Kenntnisse in SAP',
  'Résumé experience with Zürich teams',
  'Relevant experience',
  'Xexperience with nothing',
  'ÉCOLE Experience of Ørsted',
  'Location: Berlin',
  'Standort Köln: vor Ort',
  'ÀB',
  'aB',
  'Ab',
  'A',
  '3M',
  '(AWS preferred)',
  '(an asset)',
  'iſ experience with ſomething',
  '',
];

const sameMatch = (a: RegExp, b: RegExp, text: string) => expect(a.exec(text)?.slice(), `${a.source.slice(0, 40)} on ${text}`).toEqual(b.exec(text)?.slice());

describe('Latin-only twins of the analyzer', () => {
  it.each(Object.entries(SECTION_TWINS))('%s reads Latin lines as the exact expression', (_, twins) => {
    for (const line of LINES.filter((l) => !BEYOND_LATIN.test(l))) sameMatch(twinFor(twins, line), twins.exact(), line);
  });

  it("reads a listed name's letters as the exact expression (example-lists.ts)", () => {
    const words = [...LINES, 'n8n', '3M', '1,2', 'Ørsted', 'ſ', '-', '(x)'].flatMap((l) => l.split(/\s+/));
    for (const word of words.filter((w) => !OUTSIDE_LATIN_BLOCK.test(w))) expect(LETTER.latin.test(word), word).toBe(LETTER.exact().test(word));
  });

  it('takes the exact expression for a line beyond Latin, and for ſ under case folding only', () => {
    const { STATES_A_SKILL, TWO_LETTERS } = SECTION_TWINS;
    expect(twinFor(STATES_A_SKILL, 'Experience with Ωmega')).toBe(STATES_A_SKILL.exact());
    expect(twinFor(STATES_A_SKILL, 'experienſe with')).toBe(STATES_A_SKILL.exact());
    expect(twinFor(STATES_A_SKILL, 'Experience with Jira')).toBe(STATES_A_SKILL.latin);
    expect(twinFor(TWO_LETTERS, 'ſſ')).toBe(TWO_LETTERS.latin);
  });

  it.each(['Python3', 'Java17', 'C99', 'Node.js20', 'Über2', 'v2', '2024', 'ES6+', 'Ωmega3'])(
    'a version glued to %s: the twin reads it as the exact',
    (word) => {
      if (!/[^\0-\u024F]/.test(word)) sameMatch(VERSION_GLUED.latin, VERSION_GLUED.exact(), word);
      expect(VERSION_GLUED.exact().exec(word)?.[1] ?? null).toBe(/^(\p{L}[\p{L}.+#]*?)v?\d+(?:\.\d+)*\+?$/u.exec(word)?.[1] ?? null);
    },
  );

  it.each([
    ['Northwind Robotics builds arms. Join Northwind Robotics!', true],
    ['ÉNorthwind Robotics and Northwind Roboticsé are other words', false],
    ['3Northwind Robotics or Northwind Robotics2', false],
    ['At Northwind Robotics, Ωmega teams', true],
    ['Ωnorthwind Robotics', false],
  ])('the employer named in %j: %s', (text, named) => {
    const inName = employerNameCheck(text, 'Northwind Robotics Inc.');
    const exact = [...text.matchAll(/(?<![\p{L}\p{N}])Northwind Robotics(?![\p{L}\p{N}])/gu)];
    expect(exact.length > 0).toBe(named);
    for (let at = 0; at < text.length; at++) expect(inName(at, at + 1)).toBe(exact.some((m) => m.index! <= at && at < m.index! + m[0].length));
  });

  it.each([
    ['🚀 What you will do', 'responsibilities'],
    ['**Requirements**', 'required'],
    ['## Benefits', 'benefits'],
    ['✅ Requirements', 'required'],
    ['- Requirements of the role are many', undefined],
    ['© Acme Benefits', 'benefits'],
  ])('a decorated heading %j: %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});
