/**
 * One CSV field (RFC 4180): quoted where it holds a quote, comma or line break. A leading = + - @ (or tab, CR) is
 * escaped with ' so that a spreadsheet shows the text instead of running it as a formula (a posting's title is
 * the page's to choose).
 */
export function csvField(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
