import { describe, expect, it } from 'vitest';
import { POSTING_STYLES } from '../../scripts/eval-styles';

const posting = [
  'Release Manager',
  'Northwind',
  'We ship a mobile banking app every two weeks.',
  'Responsibilities',
  '- Run the release calendar with Jira',
  '- Coordinate go/no-go meetings',
  'Nice to have',
  '- ITIL Foundation',
].join('\n');
const style = (name: string) => POSTING_STYLES.find((s) => s.name === name)!.restyle(posting);

describe('npm run eval -- --restyled: the same posting as other writers set it', () => {
  it.each(POSTING_STYLES.map((s) => [s.name]))('%s keeps the title, the company and every phrase, and changes the form', (name) => {
    const text = style(name);
    expect(text).not.toBe(posting);
    expect(text.split('\n').slice(0, 2)).toEqual(['Release Manager', 'Northwind']);
    for (const phrase of [
      'We ship a mobile banking app',
      'Run the release calendar with Jira',
      'Coordinate go/no-go meetings',
      'ITIL Foundation',
      'Nice to have',
    ])
      expect(text.toLowerCase()).toContain(phrase.toLowerCase());
  });

  it('sets lists and headings as named', () => {
    expect(style('numbered lists')).toContain('1. Run the release calendar with Jira\n2. Coordinate go/no-go meetings\nNice to have\n1. ITIL Foundation');
    expect(style('lists without marks')).toContain('Responsibilities\nRun the release calendar with Jira\nCoordinate');
    expect(style('headings in capitals')).toContain('RESPONSIBILITIES\n- Run');
    expect(style('markdown headings')).toContain('## Nice to have\n');
    expect(style('bold headings')).toContain('**Responsibilities**\n');
    expect(style('headings with a colon')).toContain('Nice to have:\n');
    expect(style('headings led by an emoji')).toContain('🚀 Responsibilities\n');
    expect(style('other list marks')).toMatch(/\n• Run the release calendar with Jira\n\* Coordinate/);
  });
});
