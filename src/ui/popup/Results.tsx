import type { Analysis, Term } from '../../analyze/analysis-schema';
import { TermRow } from './TermRow';

function Group({ title, terms, bullets, id }: { title: string; terms: Term[]; bullets: Map<string, string[]>; id: string }) {
  if (!terms.length) return null;
  return (
    <section className="tpmkl-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="tpmkl-count">{terms.length}</span>
      </h2>
      <ul className="tpmkl-terms">
        {terms.map((t) => (
          <TermRow key={t.id} term={t} bullets={bullets.get(t.id)} />
        ))}
      </ul>
    </section>
  );
}

export function Results({ analysis, resumeName, onAddResume }: { analysis: Analysis; resumeName?: string; onAddResume: () => void }) {
  const bullets = new Map(analysis.suggestions.map((s) => [s.termId, s.bullets]));
  const by = (status: Term['status']) => analysis.terms.filter((t) => t.status === status);
  const e = analysis.scoreExplanation;
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
  return (
    <>
      {analysis.notices?.map((n) => (
        <p key={n} className="tpmkl-callout" role="status">
          {n}
        </p>
      ))}
      {analysis.score !== null && e ? (
        <section className="tpmkl-score" aria-label="Coverage score">
          <div className="tpmkl-score__value" data-testid="score">
            {analysis.score}
            <small>/100</small>
          </div>
          <ul className="tpmkl-score__why">
            {tally('Required', e.required)}
            {tally('Preferred', e.preferred)}
            {tally('Other', e.mentioned)}
            <li className="tpmkl-muted">against “{resumeName}”</li>
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
          <Group id="g-missing" title="Missing" terms={by('missing')} bullets={bullets} />
          <Group id="g-partial" title="Partly covered" terms={by('partial')} bullets={bullets} />
          <Group id="g-covered" title="Covered" terms={by('covered')} bullets={bullets} />
        </>
      )}
      {analysis.otherKeywords.length > 0 && (
        <section className="tpmkl-group" aria-labelledby="g-other">
          <h2 id="g-other">Other keywords</h2>
          <p className="tpmkl-keywords">{analysis.otherKeywords.map((k) => `${k.text} (${k.count})`).join(' · ')}</p>
        </section>
      )}
    </>
  );
}
