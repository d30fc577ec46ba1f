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
    // a fragment reads the sentence it completes on its line, and only a fragment does
    ['Drafts go out in Excel; Word strongly preferred.', { requireNearby: ['Excel'] }, true],
    ['Drafts go out in Excel. Word preferred.', { requireNearby: ['Excel'] }, true],
    ['Drafts go out in Excel.\nWord preferred.', { requireNearby: ['Excel'] }, false],
    ['Drafts go out in Excel. Word counts in the review too.', { requireNearby: ['Excel'] }, false],
  ])('%j with %j: counted %s', (text, rule, counted) => {
    expect(counts(text, rule)).toBe(counted);
  });
});

// Skills lines of resumes nobody had tuned on (issue 9): "Python · React · Node.js", "Code: C, C++, Swift". A list's
// separators end sentences, so an item there opened a sentence of its own: its capital told nothing and no name
// beside it was near. A whole item of a list on one line reads the line.
describe('a name that is a whole item of a list on one line', () => {
  it.each([
    ['Python · Word · Excel', { requireNearby: ['Excel'], notSentenceStart: true }, true],
    ['Tools: Word | Excel | Outlook', { requireNearby: ['Excel'], notSentenceStart: true }, true],
    ['Word, Excel, Outlook', { requireNearby: ['Excel'], notSentenceStart: true }, true],
    ['• Word, Excel', { requireNearby: ['Excel'], notSentenceStart: true }, true],
    ['Office: Word, Excel', { requireNearby: ['Excel'], notSentenceStart: true }, true],
    // not an item: a sentence opens with the word, or it stands alone on its line
    ['Word spread fast; Excel users heard it first.', { requireNearby: ['Excel'], notSentenceStart: true }, false],
    ['Word got around | Excel', { requireNearby: ['Excel'], notSentenceStart: true }, false],
    ['• Word\n• Excel', { requireNearby: ['Excel'], notSentenceStart: true }, false],
    ['Note: Word the request politely, then Excel.', { requireNearby: ['Excel'], notSentenceStart: true }, false],
    // the line is read, not the lines around it
    ['Python · Word · Java\nExcel', { requireNearby: ['Excel'] }, false],
    // an item inside a sentence's own list has read its sentence: the line beyond it is not read
    ['Partners: Excel. We meet Legal, Word, Finance.', { requireNearby: ['Excel'] }, false],
  ])('%j with %j: counted %s', (text, rule, counted) => {
    expect(counts(text, rule)).toBe(counted);
  });
});

// Skills written one a line (issue 9): a resume's "Top Skills", a "Languages" block, a posting's tech stack. Each
// line is a sentence of its own, so the names beside it were never read. A block of at least three consecutive
// lines, each one name-like item, is one list; two bullets may be two points, and a blank line ends the block.
describe('a name that is the whole of one line in a block of names, one a line', () => {
  const rule = { requireNearby: ['Excel'], notSentenceStart: true };
  it.each([
    ['Excel\nPython\nWord\nJava', true],
    ['Languages\n  - Excel\n  - Python\n  - Word', true],
    ['Tech stack\n• Word\n• Excel\n• Google Cloud Platform', true],
    ['Excel\r\nPython\r\nWord', true],
    // two lines are no block: two bullets may be two points
    ['• Word\n• Excel', false],
    // a blank line ends the block
    ['Excel\n\nPython\nJava\nWord', false],
    // a sentence, a line with list or sentence punctuation, or a phrase with a verb is no item and breaks the block
    ['Excel\nPython\nWord the request politely', false],
    ['Excel.\nPython.\nWord.', false],
    ['Excel\nLed the launch\nPython\nWord', false],
    ['Excel, Java\nPython\nWord', false],
    // an item of more than three words is a sentence, not a name
    ['Excel\nWe shipped it weekly\nPython\nWord', false],
  ])('%j: counted %s', (text, counted) => {
    expect(counts(text, rule)).toBe(counted);
  });
});

// A list under a label ("License/Certification:", as Indeed prints a posting's asks): the label says what its items
// are, so an item that opens its line reads it as its context, however few the lines and whatever follows the item.
describe('an item that opens its line under a label reads the label', () => {
  const rule = { requireNearby: ['office'] };
  it.each([
    ['Office tools:\n- Word (Required)\n- Teams (Preferred)', true],
    ['Office suite:\nWord', true],
    ['Office software:\n- Excel (Required)\n- Outlook\n- Word (Preferred)', true],
    // the label's list ends at a blank line, and an item that does not open its line reads its own sentence only
    ['Office tools:\n\n- Word (Required)', false],
    ['Office tools:\n- We use Word daily', false],
    // no label: a line that ends without a colon heads nothing
    ['Office tools\n- Word (Required)', false],
  ])('%j: counted %s', (text, counted) => {
    expect(counts(text, rule)).toBe(counted);
  });
});
