import { describe, expect, it } from 'vitest';
import { csvField } from '../../src/text/csv';

describe('csvField', () => {
  it.each([
    ['plain text, as it is', 'Release Manager', 'Release Manager'],
    ['a number, as it is', 0.25, '0.25'],
    ['nothing, empty', undefined, ''],
    ['a comma, quoted', 'Larkspur, Inc.', '"Larkspur, Inc."'],
    ['a quote, doubled and quoted', 'the "Cloud" team', '"the ""Cloud"" team"'],
    ['a line break, quoted', 'two\nlines', '"two\nlines"'],
    ['a formula, shown as text', '=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ['a leading @, + or -, shown as text', '@SUM(A1)', "'@SUM(A1)"],
    ['a sign inside the text, as it is', 'CI/CD - Jira + Scrum', 'CI/CD - Jira + Scrum'],
    ['C++ (no leading sign), as it is', 'C++', 'C++'],
  ])('%s', (_, value, field) => expect(csvField(value)).toBe(field));
});
