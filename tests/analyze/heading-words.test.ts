import { describe, expect, it } from 'vitest';
import { headingWords } from '../../src/analyze/resume-headings';
import { normalizeText } from '../../src/text/normalize';

/** headingWords as written with Unicode property classes throughout: the Latin-only twins must read every line alike. */
function withPropertyClasses(rawLine: string): string[] {
  let line = normalizeText(rawLine).trim();
  if (/^(\p{L} ){3,}\p{L}(\s{2,}(\p{L} )+\p{L})*$/u.test(line))
    line = line
      .split(/\s{2,}/)
      .map((w) => w.replace(/ /g, ''))
      .join(' ');
  line = line
    .toLowerCase()
    .replace(/\((continued|cont\.?|cont'd)\)|\bcont(inued|'d)$/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')
    .replace(/[*#_=]+/g, ' ');
  return line
    .replace(/([,&/+]|(?<=\p{L})-(?=\p{L}))/gu, ' $1 ')
    .split(/\s+/)
    .filter(Boolean);
}

describe('headingWords', () => {
  it.each([
    ['E X P E R I E N C E', ['experience']],
    ['W O R K  H I S T O R Y', ['work', 'history']],
    ['TECHNICAL SKILLS & TOOLS:', ['technical', 'skills', '&', 'tools']],
    ['Honors-Awards', ['honors', '-', 'awards']],
    ['★ Compétences clés ★', ['compétences', 'clés']],
    ['Experience (continued)', ['experience']],
    ['— 2019 - 2021 —', ['2019', '-', '2021']],
    ['Ξ Ο Ν Ω Σ', ['ξονως']],
    ['Опыт работы:', ['опыт', 'работы']],
    ['İŞ DENEYİMİ', undefined],
    ['📌 Skills/Tools 📌', ['skills', '/', 'tools']],
    ['Education', ['education']],
    ['Ｓｋｉｌｌｓ', undefined],
  ])('%s reads as with property classes', (line, words) => {
    const expected = withPropertyClasses(line);
    expect(headingWords(line)).toEqual(expected);
    if (words) expect(expected).toEqual(words);
  });
});
