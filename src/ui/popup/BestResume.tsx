import type { BestFit } from './best-resume';

const list = (labels: string[]) => (labels.length < 2 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`);

/** Names the saved resume that fits the posting best; the one shown stays the user's choice. */
export function BestResume({ fit, onChoose }: { fit: BestFit; onChoose: (id: string) => void }) {
  const why = fit.difference.length ? `: it covers ${list(fit.difference)}` : '';
  return (
    <section className="tpmkl-best" aria-label="Best resume for this posting">
      {fit.shownIsBest ? (
        <p>
          “{fit.best.name}” fits this posting best of your {fit.compared} resumes ({fit.best.score} vs {fit.other.score} for “{fit.other.name}”){why}.
        </p>
      ) : (
        <>
          <p>
            Best resume for this posting: <strong>“{fit.best.name}”</strong>, {fit.best.score} vs {fit.other.score}
            {why}.
          </p>
          <button type="button" onClick={() => onChoose(fit.best.id)}>
            Compare with “{fit.best.name}”
          </button>
        </>
      )}
    </section>
  );
}
