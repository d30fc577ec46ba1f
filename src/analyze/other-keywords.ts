import { foldWord, type Token } from './normalize';

// Function words and words every posting uses: they never make a keyword on their own.
const STOP = new Set(
  `a about above across after again against all also am an and any are as at be because been before being below between both but by can could
  did do does doing down during each etc few for from further had has have having he her here hers him his how i if in into is it its itself
  just let like may me might more most must my no nor not now of off on once only or other our ours out over own per plus same she should so
  some such than that the their theirs them then there these they this those through to too under until up upon very via was we well were what
  when where which while who whom why will with within without would you your yours able ability across strong excellent great good new
  including include includes e.g i.e ie eg using use used work working works team teams role roles year years experience experiences
  job position company candidate candidates opportunity people help make ensure etc day days time level skills skill knowledge understanding
  equivalent related relevant multiple various key other one two three first best world every need needs looking join build drive lead`
    .split(/\s+/)
    .filter(Boolean),
);

export interface OtherKeyword {
  text: string;
  count: number;
}

/**
 * Frequent phrases of the posting that the taxonomy does not know: runs of content words
 * (1-3 words) outside known terms, seen at least twice; single words only when capitalized (names).
 */
export function otherKeywords(text: string, tokens: Token[], isCounted: (t: Token) => boolean, excluded: Set<string>, limit = 15): OtherKeyword[] {
  const counts = new Map<string, { count: number; forms: Map<string, number> }>();
  const flush = (run: Token[]) => {
    if (run.length === 0 || run.length > 3) return;
    const key = run.map((t) => t.key).join(' ');
    if (excluded.has(key) || run.some((t) => /^\d/.test(t.raw))) return;
    if (run.length === 1 && !/^\p{Lu}/u.test(run[0].raw)) return;
    const form = text.slice(run[0].start, run[run.length - 1].end).replace(/\s+/g, ' ');
    const entry = counts.get(key) ?? { count: 0, forms: new Map<string, number>() };
    entry.count++;
    entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
    counts.set(key, entry);
  };
  let run: Token[] = [];
  for (const t of tokens) {
    const stop = STOP.has(foldWord(t.raw)) || t.raw.length < 2 || !isCounted(t);
    if (stop || t.breakBefore !== 'none') {
      flush(run);
      run = [];
    }
    if (!stop) run.push(t);
  }
  flush(run);
  const mostUsedForm = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
  return [...counts.values()]
    .filter((e) => e.count >= 2)
    .map((e) => ({ text: mostUsedForm(e.forms), count: e.count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
    .slice(0, limit);
}
