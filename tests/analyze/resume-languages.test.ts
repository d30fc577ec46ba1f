import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../src/index';

const languagesOf = (text: string) =>
  findConcepts(text)
    .filter((c) => c.id.endsWith('-proficiency'))
    .map((c) => c.id)
    .sort();

describe("a resume's list of spoken languages", () => {
  it('names each language its lines open with, level or not', () => {
    const europass = [
      'LANGUAGE SKILLS',
      'Mother tongue(s): ITALIAN',
      'ENGLISH',
      'Listening C1 Reading C2 Writing C1',
      'GERMAN',
      'Listening B2 Reading B2',
    ].join('\n');
    expect(languagesOf(europass)).toEqual(['english-proficiency', 'german-proficiency']);
    const sidebar = ['Languages', 'English (Native or Bilingual)', 'Dutch', 'Top Skills', 'Program Management'].join('\n');
    expect(languagesOf(sidebar)).toEqual(['dutch-proficiency', 'english-proficiency']);
  });

  it('names each item of a list on one line, after a label that may open it', () => {
    expect(languagesOf('LANGUAGE SKILLS\nMother tongue(s): GERMAN\nOther language(s): ENGLISH')).toEqual(['english-proficiency', 'german-proficiency']);
    expect(languagesOf('Languages\nPolish (native), English (C2) | Dutch (B1)')).toEqual(['dutch-proficiency', 'english-proficiency']);
  });

  it('names the language a label names, its level after the colon', () => {
    expect(languagesOf('Languages\nGerman: native speaker\nEnglish: business fluent (C1)')).toEqual(['english-proficiency', 'german-proficiency']);
  });

  it('reads no language under another heading, nor under programming languages', () => {
    expect(languagesOf('EXPERIENCE\nGerman OEM programs for Tier-1 suppliers, 2019 - 2023')).toEqual([]);
    expect(languagesOf('Programming Languages\nEnglish-like DSLs for test scripts')).toEqual([]);
  });

  it('counts a line once where a pattern named it already', () => {
    const found = findConcepts('Languages\nEnglish (native)').find((c) => c.id === 'english-proficiency');
    expect(found?.count).toBe(1);
  });
});
