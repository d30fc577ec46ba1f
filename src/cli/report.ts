import { styleText } from 'node:util';
import type { Analysis, Term } from '../analyze/analysis-schema';
import { statusAsMet } from '../analyze/choices';
import { listedOnly } from '../analyze/listed-only';
import { NAMED_KIND_LABELS } from '../analyze/other-keywords-cues';
import { relatedLabels } from '../analyze/related-labels';
import { screeningGroups } from '../analyze/screening';

type Style = Parameters<typeof styleText>[0];

/** A readable report of an analysis; colours only when the terminal wants them. */
export function formatReport(a: Analysis, color: boolean): string {
  const paint = (style: Style, s: string) => (color ? styleText(style, s) : s);
  const out: string[] = [];
  const title = a.job.title || '(untitled posting)';
  out.push(paint('bold', title) + (a.job.company ? ` at ${a.job.company}` : '') + paint('dim', ` (${a.job.words} words)`));
  for (const notice of a.notices ?? []) out.push(paint('yellow', `Note: ${notice}`));
  if (a.job.isPosting === false) return out.join('\n');
  if (a.score !== null && a.scoreExplanation) {
    const s = a.score;
    out.push(`${paint('bold', 'Coverage score')} ${paint(s >= 75 ? 'green' : s >= 50 ? 'yellow' : 'red', `${s}/100`)}: ${a.scoreExplanation.summary}`);
    const u = a.understanding;
    if (u?.share != null)
      out.push(
        paint(u.low ? 'yellow' : 'dim', `Understood ${u.linesWithKnownTerm} of ${u.requirementLines} requirement lines (${Math.round(u.share * 100)}%)`),
      );
  } else out.push(paint('dim', 'No resume given: showing what the posting asks for. Add --resume FILE for a coverage score.'));

  const labels = new Map(a.terms.map((t) => [t.id, t.label]));
  const line = (t: Term, mark: string) => {
    const where = paint('dim', `[${t.category}, ${t.job.importance}]`);
    const seen = t.job.evidence
      .slice(0, 2)
      .map((e) => `"${e}"`)
      .join(', ');
    const related = t.relatedInResume?.length && !t.metByAlternative ? paint('dim', ` (resume has: ${relatedLabels(t).join(', ')})`) : '';
    const listed = listedOnly(t) ? paint('yellow', ' (only listed: show it in an experience bullet)') : '';
    // A choice: met through an alternative, or still open, where any one of its items would do.
    const either = t.metByAlternative
      ? paint('green', ` (the posting takes either: you have ${labels.get(t.metByAlternative)})`)
      : t.alternativesInPosting && statusAsMet(t) !== 'covered'
        ? paint('dim', ` (or ${t.alternativesInPosting.map((id) => labels.get(id)).join(', or ')}: any one will do)`)
        : '';
    return `  ${mark} ${t.label} ${where} ${paint('dim', seen)}${related}${listed}${either}`;
  };
  // By what a recruiter screens for (tools first, soft skills last); a parent named through its narrower terms is left out.
  const group = (heading: string, terms: Term[], mark: string) => {
    const kinds = screeningGroups(terms);
    const shown = kinds.reduce((n, k) => n + k.terms.length, 0);
    if (!shown) return;
    out.push('', paint('bold', `${heading} (${shown})`));
    for (const kind of kinds) out.push(paint('dim', `  ${kind.label} (${kind.terms.length})`), ...kind.terms.map((t) => `  ${line(t, mark)}`));
  };
  if (a.score === null) group('Terms in the posting', a.terms, '•');
  else {
    group(
      'Missing',
      a.terms.filter((t) => statusAsMet(t) === 'missing'),
      paint('red', '✗'),
    );
    group(
      'Partial',
      a.terms.filter((t) => statusAsMet(t) === 'partial'),
      paint('yellow', '~'),
    );
    group(
      'Covered',
      a.terms.filter((t) => statusAsMet(t) === 'covered'),
      paint('green', '✓'),
    );
  }
  // Named requirements outside the taxonomy (with a kind), then the frequent phrases.
  const named = a.otherKeywords.filter((k) => k.kind);
  if (named.length) {
    out.push('', paint('bold', `Also asked, outside our vocabulary (${named.length})`) + paint('dim', ' (not in the score)'));
    for (const k of named) {
      const aliases = k.aliases?.length ? ` (${k.aliases.join(', ')})` : '';
      const resume = k.inResume === undefined ? '' : k.inResume ? paint('green', ' on your resume') : paint('dim', ' not on your resume');
      out.push(`  • ${k.text}${aliases} ${paint('dim', `[${k.kind ? NAMED_KIND_LABELS[k.kind] : ''}, ${k.importance}]`)}${resume}`);
    }
  }
  const phrases = a.otherKeywords.filter((k) => !k.kind);
  if (phrases.length) out.push('', paint('bold', 'Other keywords'), `  ${phrases.map((k) => `${k.text} (${k.count})`).join(', ')}`);
  if (a.suggestions.length) {
    out.push('', paint('bold', 'Suggested bullets') + paint('dim', ' (fill the [brackets] with your own facts)'));
    for (const s of a.suggestions.slice(0, 8)) out.push(`  ${labels.get(s.termId)}:`, ...s.bullets.map((b) => `    - ${b}`));
    if (a.suggestions.length > 8) out.push(paint('dim', `  … and ${a.suggestions.length - 8} more with --json`));
  }
  return out.join('\n');
}
