import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'react';
import type { MarketConcept } from '../../analyze/market';

const IMPORTANCES = ['required', 'preferred', 'mentioned'] as const;
/** Darker is more important: the bar of a concept reads from required (solid) to mentioned (faint). */
const OPACITY: Record<(typeof IMPORTANCES)[number], number> = { required: 1, preferred: 0.55, mentioned: 0.25 };
const COVERAGE = ['covered', 'partial', 'missing', 'not compared'] as const;

const cssColor = (name: string, fallback: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/**
 * The top concepts as horizontal bars: the share of postings that name each, split by importance (required,
 * preferred, mentioned; darker is more important), coloured by the resume's coverage. SVG from Observable Plot.
 */
export function MarketChart({ concepts, postings }: { concepts: readonly MarketConcept[]; postings: number }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const rows = concepts.flatMap((c) =>
      IMPORTANCES.filter((i) => c[i] > 0).map((importance) => ({
        label: c.label,
        importance,
        share: c[importance] / postings,
        coverage: c.covered ?? 'not compared',
        opacity: OPACITY[importance],
      })),
    );
    const chart = Plot.plot({
      width: 760,
      height: 28 * concepts.length + 60,
      marginLeft: 200,
      x: { label: 'Share of postings (%)', percent: true, domain: [0, 100], grid: true },
      y: { label: null, domain: concepts.map((c) => c.label) },
      color: {
        domain: [...COVERAGE],
        range: [cssColor('--tpmkl-covered', '#116329'), cssColor('--tpmkl-partial', '#7a4d00'), cssColor('--tpmkl-missing', '#a40e26'), '#8c959f'],
        legend: true,
      },
      opacity: { type: 'identity' },
      marks: [
        Plot.barX(rows, {
          y: 'label',
          x: 'share',
          fill: 'coverage',
          fillOpacity: 'opacity',
          order: [...IMPORTANCES],
          z: 'importance',
          title: (d: (typeof rows)[number]) => `${d.label}: ${d.importance} by ${Math.round(d.share * 100)}% (${d.coverage})`,
        }),
        Plot.ruleX([0]),
      ],
    });
    box.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [concepts, postings]);
  return (
    <figure className="tpmkl-chart">
      <div ref={box} role="img" aria-label={`Bar chart: the ${concepts.length} concepts most postings name, by importance and your coverage`} />
      <figcaption className="tpmkl-muted">Each bar: required (solid), preferred (lighter), mentioned (faint); colour: your coverage.</figcaption>
    </figure>
  );
}
