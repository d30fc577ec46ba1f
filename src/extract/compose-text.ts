import { isBoardLabel } from './board-labels';
import { cleanLine } from './nodes-to-text';

const same = (a: string, b: string) => cleanLine(a).toLowerCase() === cleanLine(b).toLowerCase();

/**
 * Title on line 1 and company on line 2 (when known), then the body. A board's label above the description
 * ("About the job") is left out. `withHeader` says the body was read from the whole page (readability), so
 * its own copies of the title and company are the page's header and are not repeated; a description element
 * that itself starts with the title keeps it (the employer wrote it there).
 */
export function composeText(title: string, company: string, body: string, withHeader = false): string {
  const lines = body.split('\n');
  if (withHeader && title && lines.length && same(lines[0], title)) lines.shift();
  if (withHeader && company && lines.length && same(lines[0], company)) lines.shift();
  while (lines.length && isBoardLabel(lines[0])) lines.shift();
  return [title, company, ...lines].filter(Boolean).join('\n');
}
