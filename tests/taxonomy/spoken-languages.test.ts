import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index';
import derived from '../../keywords/derived-soft-skills.json';

const languagesIn = (text: string) =>
  analyze(`Technical Program Manager\nAcme\n${text}`)
    .terms.filter((t) => t.id.endsWith('-proficiency'))
    .map((t) => [t.id, t.job?.importance]);

describe('spoken languages derived from CLDR names (npm run spoken-languages)', () => {
  it('finds a language a posting asks for in the phrasings of a level, with its weight', () => {
    expect(languagesIn('Requirements:\n- Proficiency in Spanish\n- Fluent Japanese is a plus')).toEqual([
      ['spanish-proficiency', 'required'],
      ['japanese-proficiency', 'preferred'],
    ]);
    expect(languagesIn('Requirements:\n- Persian (Farsi) speakers welcome; fluent Farsi preferred')).toEqual([['persian-proficiency', 'preferred']]);
    // A level before a list of languages gives each of them.
    expect(languagesIn('Requirements:\n- Fluent in English, French and Italian')).toEqual([
      ['english-proficiency', 'required'],
      ['french-proficiency', 'required'],
      ['italian-proficiency', 'required'],
    ]);
  });

  it('reads no bare language name in a posting: a verb, a market or a nationality', () => {
    expect(languagesIn('Responsibilities:\n- Polish the steering committee deck\n- Grow our Irish and Korean markets')).toEqual([]);
  });

  it('leaves out the languages the hand-typed taxonomy has', () => {
    const ids = derived.map((c) => c.id);
    expect(ids).toContain('japanese-proficiency');
    for (const handTyped of ['english-proficiency', 'german-proficiency', 'dutch-proficiency', 'mandarin-proficiency']) expect(ids).not.toContain(handTyped);
  });
});
