import { foldWord, type Token } from '../text/normalize';

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
 * Frequent phrases of the posting that the taxonomy does not know: word n-grams (up to 3) inside runs
 * of content words, seen at least twice, a phrase hidden inside a longer one as frequent dropped.
 * Single words count only as names (capitalized mid-sentence).
 */
export function otherKeywords(text: string, tokens: Token[], isCounted: (t: Token) => boolean, excluded: Set<string>, limit = 15): OtherKeyword[] {
  const grams = new Map<string, { count: number; forms: Map<string, number>; n: number; name: boolean }>();
  const count = (run: Token[]) => {
    for (let n = 1; n <= 3; n++) {
      for (let i = 0; i + n <= run.length; i++) {
        const words = run.slice(i, i + n);
        const key = words.map((t) => t.key).join(' ');
        if (excluded.has(key) || words.some((t) => /^\d/.test(t.raw))) continue;
        const form = text.slice(words[0].start, words[n - 1].end).replace(/\s+/g, ' ');
        const g = grams.get(key) ?? { count: 0, forms: new Map<string, number>(), n, name: n === 1 };
        g.count++;
        g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
        if (n === 1 && (!/^\p{Lu}/u.test(words[0].raw) || words[0].breakBefore === 'sentence')) g.name = false;
        grams.set(key, g);
      }
    }
  };
  let run: Token[] = [];
  for (const t of tokens) {
    const stop = STOP.has(foldWord(t.raw)) || t.raw.length < 2 || !isCounted(t);
    if (stop || t.breakBefore !== 'none') {
      count(run);
      run = [];
    }
    if (!stop) run.push(t);
  }
  count(run);

  const frequent = [...grams].filter(([, g]) => g.count >= 2 && (g.n > 1 || g.name));
  const hidden = (key: string, c: number) => frequent.some(([other, g]) => other !== key && g.count >= c && ` ${other} `.includes(` ${key} `));
  // Ties go to the lowercase form: a phrase that opens a bullet is not a name.
  const bestForm = (forms: Map<string, number>) => [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0][0];
  return frequent
    .filter(([key, g]) => !hidden(key, g.count))
    .map(([, g]) => ({ text: bestForm(g.forms), count: g.count }))
    .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1))
    .slice(0, limit);
}
