import type { MarketView } from '../../analyze/market';
import { CopyButton } from '../shared/CopyButton';
import { MarketChart } from './MarketChart';

const pct = (share: number) => `${Math.round(share * 100)}%`;
const CHART_CONCEPTS = 15;
const TABLE_CONCEPTS = 40;

/** The market view over the filtered postings: the chart, your top gaps with bullets, rare strengths, the shares. */
export function MarketPanel({ view, resumeName }: { view: MarketView; resumeName: string }) {
  if (view.postings === 0)
    return (
      <section className="tpmkl-market" aria-labelledby="market-h">
        <h2 id="market-h">Market view</h2>
        <p className="tpmkl-muted">No posting matches. Analyze postings with the toolbar button, or widen the filters.</p>
      </section>
    );
  const top = view.concepts.slice(0, CHART_CONCEPTS);
  return (
    <section className="tpmkl-market" aria-labelledby="market-h">
      <div className="tpmkl-market__summary">
        <h2 id="market-h">
          Market view <span className="tpmkl-muted">over {view.postings === 1 ? '1 posting' : `${view.postings} postings`}</span>
        </h2>
        {view.postings === 1 && <p className="tpmkl-muted">One posting: shares mean more after a few more.</p>}
        <MarketChart concepts={top} postings={view.postings} />

        <div className="tpmkl-market__cols">
          <section aria-labelledby="gaps-h">
            <h3 id="gaps-h">Your top gaps</h3>
            {!view.compared ? (
              <p className="tpmkl-muted">No resume was compared with these postings: add a resume, then analyze them again.</p>
            ) : view.topGaps.length === 0 ? (
              <p>{resumeName} covers what these postings ask for.</p>
            ) : (
              <ol className="tpmkl-gaps">
                {view.topGaps.map((g) => (
                  <li key={g.id}>
                    <strong>{g.label}</strong>{' '}
                    <span className="tpmkl-muted">
                      named by {pct(g.share)}
                      {g.required ? `, required by ${pct(g.required / view.postings)}` : ''} · {g.covered === 'partial' ? 'partly covered' : 'missing'}
                    </span>
                    {g.bullets.length > 0 && (
                      <ul className="tpmkl-bullets">
                        {g.bullets.map((b) => (
                          <li key={b}>
                            <span>{b}</span> <CopyButton text={b} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </section>
          <section aria-labelledby="rare-h">
            <h3 id="rare-h">What you have that few ask for</h3>
            {view.rareStrengths.length === 0 ? (
              <p className="tpmkl-muted">{view.compared ? 'Nothing: what you cover, most postings ask for.' : 'Compare a resume to see it.'}</p>
            ) : (
              <ul className="tpmkl-rare">
                {view.rareStrengths.map((c) => (
                  <li key={c.id}>
                    {c.label} <span className="tpmkl-muted">{c.postings ? `named by ${pct(c.share)}` : 'named by none'}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>

      <table className="tpmkl-shares">
        <caption>What these postings ask for (the {Math.min(TABLE_CONCEPTS, view.concepts.length)} most named concepts)</caption>
        <thead>
          <tr>
            <th scope="col">Concept</th>
            <th scope="col">Named by</th>
            <th scope="col">Required</th>
            <th scope="col">Preferred</th>
            <th scope="col">Mentioned</th>
            <th scope="col">Your coverage</th>
          </tr>
        </thead>
        <tbody>
          {view.concepts.slice(0, TABLE_CONCEPTS).map((c) => (
            <tr key={c.id}>
              <th scope="row">{c.label}</th>
              <td>{pct(c.share)}</td>
              <td>{pct(c.required / view.postings)}</td>
              <td>{pct(c.preferred / view.postings)}</td>
              <td>{pct(c.mentioned / view.postings)}</td>
              <td className={c.covered ? `tpmkl-cov tpmkl-cov--${c.covered}` : 'tpmkl-muted'}>{c.covered ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
