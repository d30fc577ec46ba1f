import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import type { Concept, ContextRule } from '../../src/taxonomy/schema';

/** A lookup of one tool whose surface carries the given rule, so each row shows what the rule alone decides. */
function lookupWith(rule: Omit<ContextRule, 'surface'>) {
  const tool: Concept = {
    id: 'word-processor',
    label: 'Word',
    category: 'tool',
    context: [{ surface: 'Word', caseSensitive: true, ...rule }],
    bullets: ['Wrote [documents] in [tool]', 'Kept [templates] for [team]'],
  };
  return compileTaxonomy({ concepts: [tool], byId: new Map([[tool.id, tool]]), narrower: new Map() });
}
const counts = (text: string, rule: Omit<ContextRule, 'surface'>) => findHits(text, lookupWith(rule)).length > 0;

describe('nearby words of a context rule: names keep their capitals', () => {
  it.each([
    // a word written with a capital is a name: the text must capitalize it too
    ['Draft the minutes in Word and Excel.', { requireNearby: ['Excel'] }, true],
    ['We want a Word wizard with a desire to excel.', { requireNearby: ['Excel'] }, false],
    ['Tools: Word, Excel and Outlook.', { requireNearby: ['Excel', 'Outlook'] }, true],
    // in a line written in capitals case tells nothing
    ['SKILLS: WORD, EXCEL, OUTLOOK', { requireNearby: ['Excel'] }, true],
    // a word written in lowercase meets any case
    ['Write specs in Word and track them in jira.', { requireNearby: ['jira'] }, true],
    ['Write specs in Word and track them in Jira.', { requireNearby: ['jira'] }, true],
    ['Write specs in Word and track them by hand.', { requireNearby: ['jira'] }, false],
    // a phrase must stand as a phrase
    ['Share the Word files on Google Drive.', { requireNearby: ['Google Drive'] }, true],
    ['Google the Word shortcuts before you drive in.', { requireNearby: ['Google Drive'] }, false],
    // notNearby reads names the same way
    ['Format the Word template so the team can excel.', { notNearby: ['Excel'] }, true],
    ['Format the Word template and the Excel sheet.', { notNearby: ['Excel'] }, false],
  ])('%j with %j: counted %s', (text, rule, counted) => {
    expect(counts(text, rule)).toBe(counted);
  });
});
