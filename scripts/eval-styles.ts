// The same posting as other writers and tools set it: list marks of every kind, or none; headings in capitals, in
// markdown, in bold, with a colon, led by an emoji. `npm run eval -- --restyled` scores every labelled posting so
// restyled, a measure of what an unseen posting's form does to the analysis. Only lines change: every gold span stays
// in the text (a heading's words change case at most, and the scoring rule ignores case).
import { headingKind } from '../src/analyze/sections';
import { BULLET } from '../src/text/normalize';

export interface PostingStyle {
  name: string;
  /** The posting restyled: its title and company lines as they were. */
  restyle: (text: string) => string;
}

/** Marks that word processors, boards and writers put before list items, in turn. */
const LIST_MARKS = ['• ', '* ', '· ', '▪ ', '– ', 'o ', '➢ ', '✓ '];
/** A heading has few words: a longer line that reads as one is left as it is. */
const HEADING_WORDS = 6;

/** Each line after the title and company lines, with whether it is a list item and a heading, rewritten by `line`. */
function byLine(text: string, line: (raw: string, item: { body: string } | undefined, heading: boolean, k: number) => string): string {
  let items = 0;
  return text
    .split('\n')
    .map((raw, k) => {
      if (k < 2) return raw;
      const mark = BULLET.exec(raw);
      const item = mark ? { body: raw.slice(mark.index + mark[0].length) } : undefined;
      items = item ? items + 1 : 0;
      const heading = !item && headingKind(raw) !== undefined && raw.trim().split(/\s+/).length <= HEADING_WORDS;
      return line(raw, item, heading, items);
    })
    .join('\n');
}

const bare = (heading: string) => heading.trim().replace(/:$/, '');

export const POSTING_STYLES: readonly PostingStyle[] = [
  { name: 'other list marks', restyle: (text) => byLine(text, (raw, item, _, n) => (item ? LIST_MARKS[(n - 1) % LIST_MARKS.length] + item.body : raw)) },
  { name: 'numbered lists', restyle: (text) => byLine(text, (raw, item, _, n) => (item ? `${n}. ${item.body}` : raw)) },
  { name: 'lists without marks', restyle: (text) => byLine(text, (raw, item) => item?.body ?? raw) },
  // A careers page whose items are <p> or <div> elements: the extracted text has neither marks nor blank lines.
  {
    name: 'items as paragraphs',
    restyle: (text) =>
      byLine(text, (raw, item) => item?.body ?? raw)
        .split('\n')
        .filter((line) => line.trim())
        .join('\n'),
  },
  { name: 'headings in capitals', restyle: (text) => byLine(text, (raw, _, heading) => (heading ? raw.toUpperCase() : raw)) },
  { name: 'markdown headings', restyle: (text) => byLine(text, (raw, _, heading) => (heading ? `## ${bare(raw)}` : raw)) },
  { name: 'bold headings', restyle: (text) => byLine(text, (raw, _, heading) => (heading ? `**${bare(raw)}**` : raw)) },
  // A colon after the heading's words, where it has none nor ends in a question or markup.
  { name: 'headings with a colon', restyle: (text) => byLine(text, (raw, _, heading) => (heading && !/[:?*_]/.test(raw) ? `${raw.trimEnd()}:` : raw)) },
  { name: 'headings led by an emoji', restyle: (text) => byLine(text, (raw, _, heading) => (heading ? `🚀 ${raw.trim()}` : raw)) },
];
