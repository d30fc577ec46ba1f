import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/text/all-matches';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => `${m.index}:${m[0]}:${m.slice(1).join(',')}`);

describe('allMatches: the matches String.prototype.matchAll gives', () => {
  it.each([
    [/[.;!?]+(?=\s)/g, 'Lead programs. Own the plan; ship it!  Done'],
    [/\S+/g, '  Preferred  Qualifications:'],
    [/(\w)(\d)?/g, 'a1b c'],
    // empty matches: the search steps one code unit on, or a whole surrogate pair with the u flag
    [/(?=[A-Z])/g, 'skillsExperience DeliveryPlan'],
    [/x*/g, 'ab😀c'],
    [/x*/gu, 'ab😀c'],
    [/(?<=\p{Ll}{4})(?=\p{Lu})/gu, 'planningÉquipe managementProgram'],
    [/:(?!\S)|:(?=\p{Lu})/gu, 'Skills: Jira Requirements:Confluence 10:30'],
    // no match, empty text
    [/\d+/g, 'no digits here'],
    [/\d+/g, ''],
  ])('%s over %j', (re, text) => {
    expect(spans(allMatches(re, text))).toEqual(spans(text.matchAll(re)));
    expect(re.lastIndex).toBe(0);
  });

  it('starts at the text’s start whatever the expression was last used for, and leaves it there', () => {
    const re = /\d+/g;
    re.test('a 12 b');
    expect(re.lastIndex).toBe(4);
    expect(spans(allMatches(re, '1 22 333'))).toEqual(['0:1:', '2:22:', '5:333:']);
    expect(re.lastIndex).toBe(0);
  });

  it('refuses an expression that is not global, as matchAll does', () => {
    expect(() => allMatches(/\d+/, '1 2')).toThrow(/global/);
  });
});
