import type { Token } from '../text/normalize';

/**
 * An acronym a text spells out for itself means what the text says: "from RFQ through start of production (SOP)" is no
 * standard operating procedure, "Centers for Medicare & Medicaid Services (CMS)" no content management system. Where a
 * text gives an acronym its own words, in brackets after them or before them ("SOP (start of production)"), and those
 * words name nothing the acronym's concept is, the acronym's hits in that text are another thing's. Where they name it
 * ("standard operating procedures (SOPs)", "Program Increment (PI)"), the acronym stays the concept's.
 *
 * The words must spell the acronym by their initials, in order; a short function word may stand between them
 * unspelled ("start of production", "Authority to Operate"): that is what tells a definition from an example in
 * brackets ("agile frameworks (SAFE)").
 */

/** Words an acronym's letters may pass over. */
const UNSPELLED = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', '&', 'by', 'with']);
/** An acronym as written: two to eight capitals and digits, a plural "s" allowed ("SOPs"). */
const ACRONYM = /^([A-Z][A-Z0-9]{1,7})s?$/;

export interface Gloss {
  /** The acronym's letters ("SOP"). */
  acronym: string;
  /** Token range of the words that spell it out. */
  from: number;
  to: number;
}

/** Letters of the acronym matched against words from `start` on, forward or backward; the last word used, or -1. */
function spelled(tokens: Token[], letters: string, start: number, step: 1 | -1, sentence: number): number {
  let k = start;
  let at = step === 1 ? 0 : letters.length - 1;
  let last = -1;
  while (at >= 0 && at < letters.length && k >= 0 && k < tokens.length && tokens[k].sentence === sentence) {
    const word = tokens[k];
    // A name, not a list: "extraction, transformation, and loading (ETL)" names the parts of the concept.
    if (k !== start && tokens[step === 1 ? k : k + 1].breakBefore !== 'none') return -1;
    if (word.raw[0]?.toUpperCase() === letters[at]) {
      last = k;
      at += step;
    } else if (!UNSPELLED.has(word.lower)) return -1;
    k += step;
  }
  return at < 0 || at >= letters.length ? last : -1;
}

/** The acronyms the text spells out in brackets beside them. */
export function glossesOf(text: string, tokens: Token[]): Gloss[] {
  const out: Gloss[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const letters = ACRONYM.exec(tokens[k].raw)?.[1];
    if (!letters) continue;
    const { sentence } = tokens[k];
    const before = text.slice(tokens[k - 1].end, tokens[k].start);
    const after = k + 1 < tokens.length ? text.slice(tokens[k].end, tokens[k + 1].start) : '';
    // "start of production (SOP)": the words end right before the bracket the acronym stands in.
    if (/\(\s*$/.test(before) && /^\s*\)/.test(after)) {
      const first = spelled(tokens, letters, k - 1, -1, sentence);
      if (first >= 0) out.push({ acronym: letters, from: first, to: k - 1 });
    }
    // "SOP (start of production)": the words fill the bracket after it.
    if (/^\s*\(\s*$/.test(after)) {
      const last = spelled(tokens, letters, k + 1, 1, sentence);
      if (last >= 0 && /^\s*\)/.test(text.slice(tokens[last].end, tokens[last + 1]?.start ?? text.length)))
        out.push({ acronym: letters, from: k + 1, to: last });
    }
  }
  return out;
}

/**
 * Whether a name spells the acronym by its initials, as a text's words do (a short function word may or may not
 * give its letter): "standard operating procedures" spells "SOP", "Authority to Operate" "ATO".
 */
export function nameSpells(name: string, acronym: string): boolean {
  let at = 0;
  for (const word of name.split(/[\s-]+/).filter(Boolean)) {
    if (word[0].toUpperCase() === acronym[at]) at++;
    else if (!UNSPELLED.has(word.toLowerCase())) return false;
  }
  return at === acronym.length;
}

/** A word compared across spellings: lowercase, without a plural "s". */
const plainWord = (word: string) => word.toLowerCase().replace(/s$/, '');

/**
 * Hits of an acronym that the text spells out as something its concept is not. A hit counts as the acronym's when
 * its evidence is the acronym as written (or its plural), and only where the taxonomy knows what the acronym stands
 * for in the concept (`spellingsOf`: its names whose initials spell it) and the text's words share no word with any
 * of them: "Software Delivery Life Cycle (SDLC)" is a way of saying the software development life cycle, "start of
 * production (SOP)" another thing than standard operating procedures. An acronym the taxonomy knows only as
 * letters stays the concept's whatever words the text gives it.
 */
export function otherwiseGlossed<H extends { conceptId: string; start: number; end: number }>(
  text: string,
  tokens: Token[],
  hits: readonly H[],
  spellingsOf: (conceptId: string, acronym: string) => string[],
): Set<H> {
  const out = new Set<H>();
  let glosses: Gloss[] | undefined;
  for (const hit of hits) {
    const letters = ACRONYM.exec(text.slice(hit.start, hit.end))?.[1];
    if (!letters) continue;
    glosses ??= glossesOf(text, tokens);
    const own = glosses.filter((g) => g.acronym === letters);
    if (!own.length) continue;
    const spellings = spellingsOf(hit.conceptId, letters).flatMap((name) => name.split(/[\s-]+/).map(plainWord));
    if (!spellings.length) continue;
    const sameThing = (g: Gloss) =>
      tokens.slice(g.from, g.to + 1).some((t) => !UNSPELLED.has(t.lower) && spellings.includes(plainWord(t.raw))) ||
      hits.some((h) => h.conceptId === hit.conceptId && h.start < tokens[g.to].end && h.end > tokens[g.from].start);
    if (!own.some(sameThing)) out.add(hit);
  }
  return out;
}
