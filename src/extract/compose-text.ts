import { cleanLine } from './nodes-to-text';

const same = (a: string, b: string) => cleanLine(a).toLowerCase() === cleanLine(b).toLowerCase();

/** Title on line 1 and company on line 2 (when known), then the body, whose own copies of them are not repeated. */
export function composeText(title: string, company: string, body: string): string {
  const lines = body.split('\n');
  if (title && lines.length && same(lines[0], title)) lines.shift();
  if (company && lines.length && same(lines[0], company)) lines.shift();
  return [title, company, ...lines].filter(Boolean).join('\n');
}
