import { useId, useState } from 'react';
import type { Importance, Term } from '../../analyze/analysis-schema';
import { statusAsMet } from '../../analyze/choices';
import { listedOnly } from '../../analyze/listed-only';
import { relatedLabels } from '../../analyze/related-labels';
import { CopyButton } from '../shared/CopyButton';
import { useShowOnPage } from '../shared/show-on-page';

const IMPORTANCE_LABEL = { required: 'Required', preferred: 'Preferred', mentioned: 'Mentioned' } as const;

/** How much the posting asks for a term or a named requirement, as a badge. */
export function ImportanceBadge({ importance }: { importance: Importance }) {
  return <span className={`tpmkl-badge tpmkl-badge--${importance}`}>{IMPORTANCE_LABEL[importance]}</span>;
}

/**
 * One term; a missing or partial one opens to its bullet templates, each with a Copy button. `metBy` is the label of
 * the alternative through which the resume meets the term (Term.metByAlternative), `alternatives` the labels of the
 * ones the posting offers beside it (Term.alternativesInPosting), said where the resume does not meet it.
 */
export function TermRow({ term, bullets, metBy, alternatives }: { term: Term; bullets?: string[]; metBy?: string; alternatives?: string[] }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  const expandable = Boolean(bullets?.length) || term.job.evidence.length > 0;
  // Opening a term also scrolls the page it was read from to the term's first mark (src/ui/shared/show-on-page.ts).
  const showOnPage = useShowOnPage();
  const toggle = () => {
    if (!open) showOnPage?.(term.id);
    setOpen(!open);
  };
  const summary = (
    <>
      <span className="tpmkl-term__label">{term.label}</span>
      <ImportanceBadge importance={term.job.importance} />
      {listedOnly(term) && <span className="tpmkl-badge tpmkl-badge--listed">listed only</span>}
      {metBy && (
        <span className="tpmkl-badge tpmkl-badge--either" title={`The posting takes either: your resume has ${metBy}`}>
          or {metBy}
        </span>
      )}
      <span className="tpmkl-term__category">{term.category}</span>
    </>
  );
  return (
    <li className={`tpmkl-term tpmkl-term--${statusAsMet(term) ?? 'found'}`}>
      {expandable ? (
        <button type="button" className="tpmkl-term__toggle" aria-expanded={open} aria-controls={panel} onClick={toggle}>
          {summary}
        </button>
      ) : (
        <div className="tpmkl-term__toggle">{summary}</div>
      )}
      {open && (
        <div id={panel} className="tpmkl-term__details">
          <p className="tpmkl-evidence">
            Posting says:{' '}
            {term.job.evidence
              .slice(0, 3)
              .map((e) => `“${e}”`)
              .join(', ')}
            {term.job.count > 1 ? ` (${term.job.count}×)` : ''}
          </p>
          {term.resume && term.resume.evidence.length > 0 && (
            <p className="tpmkl-evidence">
              Your resume:{' '}
              {term.resume.evidence
                .slice(0, 2)
                .map((e) => `“${e}”`)
                .join(', ')}
            </p>
          )}
          {metBy && <p className="tpmkl-evidence">The posting takes either, and your resume has {metBy}.</p>}
          {statusAsMet(term) !== 'covered' && alternatives?.length ? (
            <p className="tpmkl-evidence">Or {alternatives.join(', or ')}: the posting takes any one.</p>
          ) : null}
          {term.relatedInResume?.length && !metBy ? <p className="tpmkl-evidence">Related in your resume: {relatedLabels(term).join(', ')}</p> : null}
          {listedOnly(term) && <p className="tpmkl-hint">Only in your skills list: show it in an experience bullet, where recruiters look for proof.</p>}
          {bullets?.length ? (
            <>
              <p className="tpmkl-hint">Suggested bullets: replace the [brackets] with your own facts.</p>
              <ul className="tpmkl-bullets">
                {bullets.map((b) => (
                  <li key={b}>
                    <span>{b}</span>
                    <CopyButton text={b} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      )}
    </li>
  );
}
