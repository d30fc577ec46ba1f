import type { Analysis, Term } from '../../analyze/analysis-schema';
import { statusAsMet } from '../../analyze/choices';
import { screeningGroups } from '../../analyze/screening';
import { lowUnderstandingNotice } from '../../analyze/understanding';
import { NamedRequirements } from './NamedRequirements';
import { TermRow } from './TermRow';

/**
 * Terms of one status, in the order a recruiter screens (tools, certifications, methods, technical areas, then
 * practices, then soft skills), each kind collapsible with its count. A parent the posting names through its
 * narrower terms ("Programming languages" beside Python and Go) is left out: the specific ones say more.
 */
function Group({
  title,
  terms,
  bullets,
  id,
  labels,
}: {
  title: string;
  terms: Term[];
  bullets: Map<string, string[]>;
  id: string;
  labels?: Map<string, string>;
}) {
  const kinds = screeningGroups(terms);
  if (!kinds.length) return null;
  const shown = kinds.reduce((n, k) => n + k.terms.length, 0);
  return (
    <section className="tpmkl-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="tpmkl-count">{shown}</span>
      </h2>
      {kinds.map((kind) => (
        <details key={kind.id} className="tpmkl-kind" open>
          <summary>
            {kind.label} <span className="tpmkl-count">{kind.terms.length}</span>
          </summary>
          <ul className="tpmkl-terms" aria-label={`${title}: ${kind.label}`}>
            {kind.terms.map((t) => (
              <TermRow
                key={t.id}
                term={t}
                bullets={bullets.get(t.id)}
                metBy={t.metByAlternative && labels?.get(t.metByAlternative)}
                alternatives={t.alternativesInPosting?.map((a) => labels?.get(a) ?? a)}
              />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}

/** "Understood 11 of 34 requirement lines": how much of the posting the score rests on. */
function Understanding({ analysis }: { analysis: Analysis }) {
  const u = analysis.understanding;
  if (!u || u.share === null) return null;
  return (
    <li className={u.low ? 'tpmkl-understood tpmkl-understood--low' : 'tpmkl-understood tpmkl-muted'} data-testid="understanding">
      Understood {u.linesWithKnownTerm} of {u.requirementLines} requirement lines ({Math.round(u.share * 100)}%)
    </li>
  );
}

export function Results({ analysis, resumeName, onAddResume }: { analysis: Analysis; resumeName?: string; onAddResume: () => void }) {
  const bullets = new Map(analysis.suggestions.map((s) => [s.termId, s.bullets]));
  // Named requirements (with a kind) have their own list; the rest are frequent phrases.
  const phrases = analysis.otherKeywords.filter((k) => !k.kind);
  // A term the resume meets through an alternative the posting offers beside it ("Computer Science, Engineering or
  // a related field") is covered for the reader, with the alternative named.
  const by = (status: Term['status']) => analysis.terms.filter((t) => statusAsMet(t) === status);
  const labels = new Map(analysis.terms.map((t) => [t.id, t.label]));
  const e = analysis.scoreExplanation;
  // A posting mostly outside the vocabulary gets its notice in place of a confident number; the number stays a click away.
  const outside = analysis.understanding?.low === true;
  // Its notice stands where the number would, not among the other notices.
  const outsideNotice = analysis.understanding && outside && analysis.score !== null ? lowUnderstandingNotice(analysis.understanding) : undefined;
  const tally = (name: string, t: { covered: number; partial: number; total: number }) =>
    t.total ? (
      <li>
        {name}{' '}
        <strong>
          {t.covered}/{t.total}
        </strong>{' '}
        covered{t.partial ? `, ${t.partial} partly` : ''}
      </li>
    ) : null;
  const against = (
    <li className="tpmkl-muted tpmkl-against" title={resumeName}>
      against “{resumeName}”
    </li>
  );
  return (
    <>
      {analysis.notices
        ?.filter((n) => n !== outsideNotice)
        .map((n) => (
          <p key={n} className="tpmkl-callout" role="status">
            {n}
          </p>
        ))}
      {analysis.score !== null && e && outside ? (
        <section className="tpmkl-score tpmkl-score--outside" aria-label="Coverage score">
          <p className="tpmkl-callout tpmkl-outside" data-testid="outside-vocabulary">
            {outsideNotice}
          </p>
          <details>
            <summary>
              Show the score anyway <span className="tpmkl-muted">(it rests on a few generic terms)</span>
            </summary>
            <p>
              <strong data-testid="score">
                {analysis.score}
                <small>/100</small>
              </strong>
            </p>
          </details>
          <ul className="tpmkl-score__why">
            <Understanding analysis={analysis} />
            {against}
          </ul>
        </section>
      ) : analysis.score !== null && e ? (
        <section className="tpmkl-score" aria-label="Coverage score">
          <div className="tpmkl-score__value" data-testid="score">
            {analysis.score}
            <small>/100</small>
          </div>
          <ul className="tpmkl-score__why">
            {tally('Required', e.required)}
            {tally('Preferred', e.preferred)}
            {tally('Other', e.mentioned)}
            <Understanding analysis={analysis} />
            {against}
          </ul>
        </section>
      ) : (
        <section className="tpmkl-callout" aria-label="No resume yet">
          <p>This posting asks for {analysis.terms.length} known skills and tools. Add your resume to see which ones you cover and what to add.</p>
          <button type="button" onClick={onAddResume}>
            Add your resume
          </button>
        </section>
      )}
      {analysis.score === null ? (
        <Group id="g-all" title="In this posting" terms={analysis.terms} bullets={bullets} />
      ) : (
        <>
          <Group id="g-missing" title="Missing" terms={by('missing')} bullets={bullets} labels={labels} />
          <Group id="g-partial" title="Partly covered" terms={by('partial')} bullets={bullets} labels={labels} />
          <Group id="g-covered" title="Covered" terms={by('covered')} bullets={bullets} labels={labels} />
        </>
      )}
      <NamedRequirements keywords={analysis.otherKeywords} />
      {phrases.length > 0 && (
        <section className="tpmkl-group" aria-labelledby="g-other">
          <h2 id="g-other">Other keywords</h2>
          <p className="tpmkl-muted tpmkl-keywords-hint">Phrases of the duties and qualifications that the TPM vocabulary does not know:</p>
          <p className="tpmkl-keywords">{phrases.map((k) => `${k.text} (${k.count})`).join(' · ')}</p>
        </section>
      )}
    </>
  );
}
