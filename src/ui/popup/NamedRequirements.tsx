import type { Analysis, NamedKind } from '../../analyze/analysis-schema';
import { NAMED_KIND_LABELS } from '../../analyze/other-keywords-cues';
import { ImportanceBadge } from './TermRow';

type OtherKeyword = Analysis['otherKeywords'][number];

/**
 * The laws, standards, certifications and tools the posting asks for by name that the TPM vocabulary does not
 * know (analysis.otherKeywords with a kind): they do not count in the score, but a reader should see them. Each
 * says what it is, how much the posting asks for it and, with a resume, whether the resume names it.
 */
export function NamedRequirements({ keywords }: { keywords: OtherKeyword[] }) {
  const named = keywords.filter((k): k is OtherKeyword & { kind: NamedKind } => k.kind !== undefined);
  if (!named.length) return null;
  return (
    <section className="tpmkl-group" aria-labelledby="g-named" data-testid="named-requirements">
      <h2 id="g-named">
        Also asked, outside our vocabulary <span className="tpmkl-count">{named.length}</span>
      </h2>
      <p className="tpmkl-muted tpmkl-keywords-hint">Laws, certifications and tools the posting names that the score does not count:</p>
      <ul className="tpmkl-terms" aria-label="Also asked, outside our vocabulary">
        {named.map((k) => (
          <li key={`${k.kind}:${k.text}`} className="tpmkl-term tpmkl-term--named">
            <div className="tpmkl-term__toggle">
              <span className="tpmkl-term__label">
                {k.text}
                {k.aliases?.length ? ` (${k.aliases.join(', ')})` : ''}
              </span>
              {k.importance && <ImportanceBadge importance={k.importance} />}
              {k.inResume !== undefined && (
                <span className={`tpmkl-badge tpmkl-badge--${k.inResume ? 'in-resume' : 'not-in-resume'}`}>
                  {k.inResume ? 'on your resume' : 'not on your resume'}
                </span>
              )}
              <span className="tpmkl-term__category">{NAMED_KIND_LABELS[k.kind]}</span>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
