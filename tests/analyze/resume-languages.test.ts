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
    expect(languagesOf(europass)).toEqual(['english-proficiency', 'german-proficiency', 'italian-proficiency']);
    const sidebar = ['Languages', 'English (Native or Bilingual)', 'Dutch', 'Top Skills', 'Program Management'].join('\n');
    expect(languagesOf(sidebar)).toEqual(['dutch-proficiency', 'english-proficiency']);
  });

  it('names each item of a list on one line, after a label that may open it', () => {
    expect(languagesOf('LANGUAGE SKILLS\nMother tongue(s): GERMAN\nOther language(s): ENGLISH')).toEqual(['english-proficiency', 'german-proficiency']);
    expect(languagesOf('Languages\nPolish (native), English (C2) | Dutch (B1)')).toEqual(['dutch-proficiency', 'english-proficiency', 'polish-proficiency']);
  });

  it('names the languages after a label of languages on their line, under any heading, as listed', () => {
    const details = 'PERSONAL DETAILS\nMarital Status : Married\nLanguages Known : English, Hindi, Malayalam\nHobbies : cricket';
    expect(languagesOf(details)).toEqual(['english-proficiency', 'hindi-proficiency', 'malayalam-proficiency']);
    expect(findConcepts(details).map((c) => c.strength)).toEqual(['listed', 'listed', 'listed']);
    expect(languagesOf('PERSONAL DETAILS\nHobbies : reading about Japanese gardens')).toEqual([]);
  });

  it('reads a label of languages alone on its line as opening a list, to the next blank line (Europass)', () => {
    const europass = [
      'PERSONAL SKILLS',
      'Mother tongue(s)',
      'Romanian',
      '',
      'Other language(s)',
      'UNDERSTANDING SPEAKING WRITING',
      'Dutch A2 A2 A1 A1 A1',
      '',
      'Polish the release notes before each sprint review',
    ].join('\n');
    expect(languagesOf(europass)).toEqual(['dutch-proficiency', 'romanian-proficiency']);
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
