import {
  gapMark,
  hasCapital,
  hasDigit,
  opensBracket,
  isCommaGap,
  isSeparatorGap,
  isSpaceGap,
  startsWithCapital,
  startsWithLowercase,
  type Token,
} from '../text/normalize';
import { singleSpaced } from '../text/word-count';
import type { Importance } from './analysis-schema';
import { isFunctionToken, isFunctionWord, nameAfterSeparator } from './lists';
import {
  HEAD_NOUNS,
  type HeadNouns,
  LAW_NAME_OPENERS,
  LICENCE_KINDS,
  LIST_CLOSERS,
  LIST_OPENERS,
  NAME_AFTER,
  NAME_JOINERS,
  type NamedKind,
  NOT_NAME_WORDS,
  ORGANIZATION_HEADS,
  REGULATED_FIELDS,
  STANDARD_BODIES,
} from './other-keywords-cues';

/**
 * Named requirements the taxonomy lacks: the laws, standards, certifications and tools a posting asks for by
 * name. No curated list holds them all ("Endangered Species Act", "CSTS-09", "Wrike"), so they are read by their
 * form around cue words (other-keywords-cues.ts):
 * - a Title-case name that ends in a head noun: "Freedom of Information Act", "CTS Certification";
 * - names before a lowercase head noun: "Fall Protection and Confined Space certificates", "HSE regulations",
 *   a field of rules ("labour codes") or a kind of licence ("class 5 drivers' license");
 * - names listed after a head noun: "Certifications (CSTS-09, Fall Protection)", "certification such as CITPM",
 *   "certification in Fall Protection";
 * - identifiers of standards: "ISO 45001", "ISO/IEC 27001", "NIST 800-53";
 * - a name's acronym, defined beside it or made of its initials ("ESA"), and acronyms listed beside a found law
 *   or certification ("the ESA and MMPA");
 * - unknown product names listed beside the taxonomy's tools ("Jira, Smartsheet, Wrike or similar") and the
 *   names example-lists.ts gives as examples of a known kind ("CRM, such as SugarCRM").
 * Only the lines where the posting asks count (`askedAt`), and a name the taxonomy knows is left to it.
 */

export interface KnownSpan {
  start: number;
  end: number;
  category: string;
  /** 'example': a name the taxonomy lacks, given as an example of a known kind (example-lists.ts). */
  via?: string;
}

export interface NamedContext {
  text: string;
  tokens: readonly Token[];
  /** The weight of the line at a text offset where the posting asks for something there, else null. */
  askedAt: (offset: number) => Importance | null;
  /** The taxonomy's hits in the posting. */
  known: readonly KnownSpan[];
  /** The text of the heading above the line at an offset: the lines under "Licenses & Certifications" name some. */
  headingAt?: (offset: number) => string | undefined;
}

export interface NamedRequirement {
  /** The name as the posting writes it (its first full mention). */
  text: string;
  kind: NamedKind;
  count: number;
  importance: Importance;
  /** Other ways the posting writes it: its acronym ("ESA" for "Endangered Species Act"). */
  aliases: string[];
  /** Token ranges of its mentions. */
  mentions: { from: number; to: number }[];
}

/** Required first: compared, not read from a table by name (a keyed load by varying names is megamorphic, and sorts ask it often). */
const rank = (importance: Importance) => (importance === 'required' ? 0 : importance === 'preferred' ? 1 : 2);
const HEADS = new Map<string, HeadNouns>(HEAD_NOUNS.flatMap((h) => h.words.map((w) => [w, h] as const)));
const FIELDS = REGULATED_FIELDS.phrases.map((p) => p.split(' '));
const LICENCES = LICENCE_KINDS.phrases.map((p) => p.split(' '));
/** The taxonomy's categories whose terms anchor a list of names of the same kind. */
const KIND_OF_CATEGORY: Record<string, NamedKind | undefined> = { compliance: 'regulation', certification: 'certification', tool: 'tool' };
const MAX_NAME_WORDS = 8;
const MAX_ITEM_WORDS = 4;
const MAX_ITEMS = 10;

const ACRONYM = /^[A-Z][A-Z0-9&]*[A-Z0-9]$/;
/** The gaps inside a name (/^(?:['’]? ?|-)$/): none, a space or a hyphen, a possessive's apostrophe before a space or not. */
const NAME_GAPS = new Set(['', ' ', '-', "'", '’', "' ", '’ ']);
/** Asked of every word of a posting: a word that does not open with a capital A-Z is settled before any expression. */
const isAcronymRaw = (raw: string) => raw.length >= 2 && raw.length <= 8 && opensWithAsciiCapital(raw) && ACRONYM.test(raw) && /[A-Z].*[A-Z]/.test(raw);
const opensWithAsciiCapital = (raw: string) => raw.charCodeAt(0) >= 0x41 && raw.charCodeAt(0) <= 0x5a;
const bare = (word: string) => unquoted(word.toLowerCase());
/** A lowercase word without its apostrophes. */
const unquoted = (lower: string) => {
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]/g, '') : lower;
};

export function namedRequirements(ctx: NamedContext): NamedRequirement[] {
  const { text, tokens } = ctx;
  const n = tokens.length;
  if (n < 2) return [];
  const lower = tokens.map((t) => unquoted(t.lower));
  // The words the posting writes in lowercase: read once, when a one-word name is first in doubt.
  let lowercaseWords: Set<string> | undefined;
  const writtenLowercase = (word: string) => (lowercaseWords ??= new Set(lower.filter((_, k) => startsWithLowercase(tokens[k].raw)))).has(word);

  // The taxonomy's category at each token; names given as examples of a kind are no known name of their own.
  const knownAt: (string | undefined)[] = new Array(n);
  const examples: KnownSpan[] = [];
  {
    const sorted = [...ctx.known].sort((a, b) => a.start - b.start);
    let t = 0;
    for (const hit of sorted) {
      if (hit.via === 'example') {
        examples.push(hit);
        continue;
      }
      while (t < n && tokens[t].end <= hit.start) t++;
      for (let k = t; k < n && tokens[k].start < hit.end; k++) knownAt[k] ??= hit.category;
    }
  }

  const gapBefore = (k: number) => text.slice(tokens[k - 1].end, tokens[k].start);
  const sameSentence = (a: number, b: number) => tokens[a].sentence === tokens[b].sentence;
  /** Token k follows the one before it inside a name: a space or a hyphen, a possessive's apostrophe ("drivers' license"). */
  const joined = (k: number) => k > 0 && sameSentence(k - 1, k) && NAME_GAPS.has(gapBefore(k));
  const isAcronym = (k: number) => isAcronymRaw(tokens[k].raw);
  const isNameWord = (k: number) => {
    const raw = tokens[k].raw;
    return (hasCapital(raw) || hasDigit(raw)) && !isFunctionToken(tokens[k]) && !LIST_CLOSERS.has(lower[k]) && !NOT_NAME_WORDS.has(lower[k]);
  };
  /**
   * A one-word name that may be an ordinary word: capitalized only as a sentence's first ("Client standards"),
   * or written in lowercase elsewhere in the posting.
   */
  const doubtful = (from: number, to: number) =>
    from === to && !isAcronym(from) && !hasDigit(tokens[from].raw) && (tokens[from].breakBefore === 'sentence' || writtenLowercase(lower[from]));

  const found = new Map<string, NamedRequirement>();
  const taken = new Set<number>();
  const add = (from: number, to: number, kind: NamedKind, options: { known?: boolean } = {}): NamedRequirement | undefined => {
    if (from > to || taken.has(from)) return undefined;
    if (!options.known) for (let k = from; k <= to; k++) if (knownAt[k]) return undefined; // the taxonomy's own term
    const importance = ctx.askedAt(tokens[from].start);
    if (!importance) return undefined;
    const written = singleSpaced(text.slice(tokens[from].start, tokens[to].end));
    const key = bare(written);
    let entry = found.get(key);
    if (!entry) found.set(key, (entry = { text: written, kind, count: 0, importance, aliases: [], mentions: [] }));
    mention(entry, from, to, importance);
    return entry;
  };
  /** One more mention of a name at tokens from..to, on a line of this weight. */
  const mention = (entry: NamedRequirement, from: number, to: number, importance: Importance) => {
    for (let k = from; k <= to; k++) taken.add(k);
    entry.count++;
    entry.mentions.push({ from, to });
    if (rank(importance) < rank(entry.importance)) entry.importance = importance;
  };

  // Items of a list: runs of name words ("Fall Protection", "Leadership for Safety Excellence"), split by
  // commas, slashes, "and", "or".
  const itemFrom = (s: number): number => {
    if (!isNameWord(s)) return -1;
    let end = s;
    for (let k = s + 1, words = 1; k < n && words < MAX_ITEM_WORDS && joined(k); k++) {
      if (isNameWord(k)) {
        end = k;
        words++;
      } else if (NAME_JOINERS.has(lower[k]) && !isConnector(k) && k + 1 < n && joined(k + 1) && isNameWord(k + 1)) continue;
      else break;
    }
    return end;
  };
  const itemTo = (e: number): number => {
    if (!isNameWord(e)) return -1;
    let start = e;
    for (let k = e - 1, words = 1; k >= 0 && words < MAX_ITEM_WORDS && joined(k + 1); k--) {
      if (isNameWord(k)) {
        start = k;
        words++;
      } else if (NAME_JOINERS.has(lower[k]) && !isConnector(k) && k > 0 && joined(k) && isNameWord(k - 1)) continue;
      else break;
    }
    return start;
  };
  const isConnector = (k: number) => lower[k] === 'and' || lower[k] === 'or';
  /** Where the item after the one ending at `e` starts, or -1 at the list's end (a bracket or a closing word too). */
  const nextItem = (e: number): number => {
    const k = nameAfterSeparator(tokens, gapBefore, e);
    return k < 0 || /[()]/.test(gapBefore(k)) || LIST_CLOSERS.has(lower[k]) ? -1 : k;
  };

  /** Where the item before the one starting at `s` ends, or -1 at the list's start. */
  const previousItem = (s: number): number => {
    let k = s - 1;
    if (k < 0 || !sameSentence(k, s)) return -1;
    const gap = gapBefore(s);
    if (isConnector(k) && isSpaceGap(gap)) {
      k--;
      if (k >= 0 && isConnector(k) && gapMark(gapBefore(k + 1)) === '/') k--; // "and/or"
      if (k < 0 || !sameSentence(k, s) || !isCommaGap(gapBefore(k + 1))) return -1;
    } else if (!isSeparatorGap(gap)) return -1;
    return k >= 0 && sameSentence(k, s) ? k : -1;
  };
  /**
   * The items of the list from token s on, as [from, to] ranges, known ones included. A list whose last name runs
   * on into a lowercase word is prose ("Green or Black belt"): no list.
   */
  const itemsFrom = (s: number) => {
    const items: [number, number][] = [];
    for (let k = s; k >= 0 && items.length < MAX_ITEMS; ) {
      const end = itemFrom(k);
      if (end < 0) break;
      items.push([k, end]);
      k = nextItem(end);
    }
    const last = items.at(-1)?.[1];
    if (
      last !== undefined &&
      last + 1 < n &&
      joined(last + 1) &&
      /^ $/.test(gapBefore(last + 1)) &&
      startsWithLowercase(tokens[last + 1].raw) &&
      !isFunctionToken(tokens[last + 1])
    )
      return [];
    return items;
  };
  const itemsTo = (e: number) => {
    const items: [number, number][] = [];
    for (let k = e; k >= 0 && items.length < MAX_ITEMS; ) {
      const start = itemTo(k);
      if (start < 0) break;
      items.unshift([start, k]);
      k = previousItem(start);
    }
    return items;
  };
  /**
   * An item fit to report: a letter in it (not "2013" of "MS Project 2013"), no half of a word pair
   * ("Audio/Visual"; acronyms stay alternatives: "CPA/CA"), and no ordinary word in doubt.
   */
  const shapedAsName = ([from, to]: [number, number]) => {
    let letter = false;
    for (let k = from; k <= to && !letter; k++) letter = /[a-z]/i.test(tokens[k].raw);
    if (!letter) return false;
    if (from === to && isAcronym(from)) return true;
    return !(from > 0 && gapBefore(from) === '/') && !(to + 1 < n && gapBefore(to + 1) === '/');
  };
  const reportable = (item: [number, number]) => shapedAsName(item) && !doubtful(...item);
  const isKnown = ([from, to]: [number, number]) => {
    for (let k = from; k <= to; k++) if (knownAt[k]) return true;
    return false;
  };

  /** Does the phrase (its words) end at token e? */
  const phraseEndsAt = (phrase: string[], e: number) =>
    e - phrase.length + 1 >= 0 && phrase.every((w, i) => lower[e - phrase.length + 1 + i] === w && (i === 0 || joined(e - phrase.length + 1 + i)));

  /** The names around a head noun at token h. */
  const readHead = (h: number, head: HeadNouns) => {
    // After it: "Certifications (CSTS-09, Fall Protection)", "certification such as CITPM", "certificates: A, B".
    const listed = listAfter(h);
    if (listed.length) {
      for (const item of listed) if (!isKnown(item) && reportable(item)) add(item[0], item[1], head.kind);
      return; // what precedes such a head is the list's kind ("Construction Safety Certifications"), no name
    }
    // "certification in Fall Protection", "licensed as a Professional Engineer"
    if (head.kind === 'certification' && h + 2 < n && NAME_AFTER.has(lower[h + 1]) && joined(h + 1)) {
      let s = h + 2;
      if (/^(a|an|the)$/.test(lower[s]) && s + 1 < n && joined(s + 1)) s++;
      if (joined(s) && !isKnown([s, s])) {
        const end = itemFrom(s);
        if (end >= 0 && !doubtful(s, end)) add(s, end, head.kind);
      }
    }
    if (h === 0 || !joined(h)) return;
    const capitalized = startsWithCapital(tokens[h].raw);
    // "Privacy Act of 1974", "Modern Slavery Act 2015": the year a law was passed ends its name.
    const year = capitalized && head.kind === 'regulation' ? yearAfter(h) : -1;
    // "Code of Conduct", "Certificate of employment", "Act Now", "Certification Manager": the head opens a name
    // or a title, it does not close one.
    const next = h + 1 < n && joined(h + 1) ? h + 1 : -1;
    if (year < 0 && next >= 0 && (lower[next] === 'of' || isNameWord(next))) return;
    if (capitalized) {
      const start = nameBefore(h, head.minNameWords, head.kind === 'regulation');
      if (start >= 0) add(start, year < 0 ? h : year, head.kind);
      return;
    }
    // A field of rules or a kind of licence: "labour codes", "class 5 drivers' license".
    for (const phrase of head.kind === 'certification' ? LICENCES : FIELDS) {
      if (!phraseEndsAt(phrase, h - 1)) continue;
      let start = h - phrase.length;
      if (head.kind === 'certification' && start >= 2 && lower[start - 2] === 'class' && /^\d/.test(lower[start - 1]) && joined(start)) start -= 2;
      add(start, h, head.kind);
      return;
    }
    // Names before it: "Fall Protection and Confined Space certificates", "FDA, BSI, EEO regulations".
    const items = itemsTo(h - 1).filter(reportable);
    if (!items.length) return;
    const [first, last] = items[items.length - 1];
    if (items.length === 1 && !isKnown([first, last])) {
      if (last - first + 1 >= Math.min(head.minNameWords, 2) || isAcronym(first)) add(first, h, head.kind);
      return;
    }
    for (const item of items) if (!isKnown(item)) add(item[0], item[1], head.kind);
  };

  /**
   * Where a Title-case name ending in the head at h starts ("Freedom of Information Act"), or -1. A law's name may
   * open with a common word before its other words ("Clean Water Act").
   */
  const nameBefore = (h: number, minWords: number, law: boolean): number => {
    let start = -1;
    let words = 0;
    for (let k = h - 1; k >= 0 && h - k <= MAX_NAME_WORDS && joined(k + 1); k--) {
      if (isNameWord(k)) {
        start = k;
        words++;
      } else if (law && start === k + 1 && LAW_NAME_OPENERS.has(lower[k]) && startsWithCapital(tokens[k].raw)) {
        start = k;
        words++;
        break;
      } else if (!(NAME_JOINERS.has(lower[k]) && k > 0 && joined(k) && isNameWord(k - 1) && lower[k] !== 'the')) break;
    }
    if (start < 0 || words < minWords || doubtful(start, h - 1)) return -1;
    return start;
  };

  /** The year after a law's head at h ("Act of 1974", "Act 2015"): its token, or -1. */
  const yearAfter = (h: number): number => {
    let k = h + 1;
    if (k < n && lower[k] === 'of' && joined(k)) k++;
    return k < n && joined(k) && /^(?:1[89]|20)\d\d$/.test(tokens[k].raw) ? k : -1;
  };

  /** The items of a list that opens right after the head at h: "(", ":" or a cue ("such as", "e.g."). */
  const listAfter = (h: number): [number, number][] => {
    let s = h + 1;
    if (s >= n) return [];
    const gap = gapBefore(s);
    const opener = LIST_OPENERS.find((cue) => cue.every((w, i) => lower[s + i] === w && sameSentence(h, s + i)));
    if (opener && /^\s*,?\s*\(?\s*$/.test(gap)) s += opener.length;
    // A parenthesis lists after a plural ("Certifications (CSTS-09, Fall Protection)"); after a singular it
    // defines ("Endangered Species Act (ESA)").
    else if (!(/^\s*[(:]\s*$/.test(gap) && (tokens[s].sentence === tokens[h].sentence || /:/.test(gap)) && (/:/.test(gap) || lower[h].endsWith('s'))))
      return [];
    if (s >= n) return [];
    // "(e.g. ISO 27001)": a cue after the parenthesis.
    const cue = LIST_OPENERS.find((c) => c.every((w, i) => lower[s + i] === w));
    if (cue && /\(/.test(gap)) s += cue.length;
    return s < n ? itemsFrom(s) : [];
  };

  // Identifiers of standards: "ISO 45001", "ISO/IEC 27001", "NIST 800-53", "MIL-STD-882".
  const readIdentifier = (k: number) => {
    let e = k;
    while (e + 1 < n && e - k < 2 && /^[/-]$/.test(gapBefore(e + 1)) && isAcronym(e + 1)) e++;
    if (e + 1 >= n || !/^[ -]$/.test(gapBefore(e + 1)) || !/^\d{3,}/.test(tokens[e + 1].raw)) return;
    e++;
    while (e + 1 < n && /^[-:.]$/.test(gapBefore(e + 1)) && /^\d/.test(tokens[e + 1].raw)) e++;
    add(k, e, 'standard');
  };

  for (let k = 0; k < n; k++) {
    const head = HEADS.get(lower[k]);
    if (head) readHead(k, head);
    else if (STANDARD_BODIES.has(tokens[k].raw)) readIdentifier(k);
  }

  // Lines under a heading of certifications or licences that are names, and nothing else: "- CSTS-09",
  // "- Fall Protection, Confined Space".
  if (ctx.headingAt) {
    const certificationHeading = new Map<string, boolean>();
    const underCertifications = (k: number) => {
      const heading = ctx.headingAt!(tokens[k].start);
      if (heading === undefined) return false;
      let is = certificationHeading.get(heading);
      if (is === undefined)
        certificationHeading.set(heading, (is = (heading.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => HEADS.get(w)?.kind === 'certification')));
      return is;
    };
    for (let k = 0; k < n; k++) {
      if (k > 0 && sameSentence(k - 1, k)) continue;
      const items = itemsFrom(k);
      const end = items.at(-1)?.[1];
      if (end === undefined || (end + 1 < n && sameSentence(end, end + 1)) || !underCertifications(k)) continue;
      for (const item of items) if (!isKnown(item) && reportable(item)) add(item[0], item[1], 'certification');
    }
  }

  // A name's acronym: defined beside it ("Endangered Species Act (ESA)") or made of its initials; its later uses count.
  const byAcronym = new Map<string, NamedRequirement>();
  for (const entry of found.values()) {
    if (entry.kind === 'tool') continue;
    const { from, to } = entry.mentions[0];
    const defined = to + 1 < n && /^\s*\($/.test(gapBefore(to + 1)) && isAcronym(to + 1) ? tokens[to + 1].raw : undefined;
    const initials = tokens
      .slice(from, to + 1)
      .filter((t) => startsWithCapital(t.raw) && !isFunctionWord(t.raw))
      .map((t) => t.raw[0])
      .join('');
    // The definition itself is no second mention.
    if (defined) {
      taken.add(to + 1);
      entry.aliases.push(defined);
    }
    for (const acronym of [defined, initials.length >= 3 ? initials : undefined]) if (acronym && !byAcronym.has(acronym)) byAcronym.set(acronym, entry);
  }
  if (byAcronym.size) {
    for (let k = 0; k < n; k++) {
      const entry = byAcronym.get(tokens[k].raw);
      const importance = entry && !taken.has(k) && !knownAt[k] ? ctx.askedAt(tokens[k].start) : null;
      if (!entry || !importance) continue;
      mention(entry, k, k, importance);
      if (!entry.aliases.includes(tokens[k].raw)) entry.aliases.push(tokens[k].raw);
    }
  }

  // Acronyms listed beside a found law or certification, or one the taxonomy knows: "the ESA and MMPA".
  const anchors: { from: number; to: number; kind: NamedKind }[] = [];
  for (const entry of found.values()) for (const m of entry.mentions) if (entry.kind !== 'tool') anchors.push({ ...m, kind: entry.kind });
  for (let k = 0; k < n; k++) {
    const kind = knownAt[k] && KIND_OF_CATEGORY[knownAt[k]!];
    if (!kind || (k > 0 && knownAt[k - 1] === knownAt[k] && joined(k))) continue;
    let to = k;
    while (to + 1 < n && knownAt[to + 1] === knownAt[k] && joined(to + 1)) to++;
    anchors.push({ from: k, to, kind });
  }
  /** A list goes on past its names into a plain noun: "across Azure, MAI, and internal engineering groups" lists no products. */
  const goesOnInProse = (list: [number, number][]) => {
    const after = nextItem(list[list.length - 1][1]);
    const before = previousItem(list[0][0]);
    return (after >= 0 && itemFrom(after) < 0) || (before >= 0 && itemTo(before) < 0);
  };
  /** Token k is a line (or sentence) of its own: "- PMP" under "- NCSO". */
  const aloneInSentence = (from: number, to: number) =>
    (from === 0 || tokens[from - 1].sentence !== tokens[from].sentence) && (to + 1 >= n || tokens[to + 1].sentence !== tokens[to].sentence);
  for (const anchor of anchors) {
    // A list of one name a line: acronyms on the lines next to a known one ("- PMP" then "- NCSO").
    if (aloneInSentence(anchor.from, anchor.to)) {
      for (const step of [1, -1]) {
        for (let k = step > 0 ? anchor.to + 1 : anchor.from - 1; k >= 0 && k < n && aloneInSentence(k, k) && isAcronym(k) && !knownAt[k]; k += step)
          add(k, k, anchor.kind);
      }
    }
    const list = [...itemsTo(anchor.from).slice(0, -1), [anchor.from, anchor.to] as [number, number], ...itemsFrom(anchor.to).slice(1)];
    if (list.length < 2 || goesOnInProse(list)) continue;
    if (anchor.kind === 'tool') {
      // A product's own name may hold a known word ("HP Agile Manager"): an item is known unless a word with a
      // letter follows its known part ("MS Project 2013" is MS Project, "MS Power BI" Power BI).
      const knownWhole = ([from, to]: [number, number]) => {
        let known = false;
        for (let k = from; k <= to; k++) {
          if (knownAt[k]) known = true;
          else if (known && /[a-z]/i.test(tokens[k].raw)) return false;
        }
        return known;
      };
      // Every known item a tool or a technology: "Jira, Smartsheet, Wrike", not "Agile, Scrum and Kanban".
      if (list.some((item) => knownWhole(item) && !['tool', 'technical'].includes(knownAt[item[0]] ?? ''))) continue;
      for (const item of list) if (!knownWhole(item) && reportable(item)) add(item[0], item[1], 'tool', { known: true });
    } else for (const [from, to] of list) if (from === to && isAcronym(from) && !knownAt[from]) add(from, to, anchor.kind);
  }

  // "CRM, such as SugarCRM": a name example-lists.ts read as an instance of a known kind of tool.
  for (const hit of examples) {
    let from = 0;
    while (from < n && tokens[from].start < hit.start) from++;
    let to = from;
    while (to + 1 < n && tokens[to + 1].end <= hit.end) to++;
    if (from >= n || tokens[from].start !== hit.start) continue;
    // "Golang (Go)", "backend-for-frontend (BFF)": a lone name in parentheses restates what precedes it;
    // "(State-of-the-Art)": a hyphenated phrase, no name.
    const alone = from > 0 && opensBracket(gapBefore(from)) && to + 1 < n && /^\s*\)/.test(gapBefore(to + 1));
    const hyphened = (from > 0 && gapBefore(from) === '-') || (to + 1 < n && gapBefore(to + 1) === '-');
    // example-lists.ts has read it as a name: only its shape is checked ("100G/400G" is half a pair).
    if (!alone && !hyphened && shapedAsName([from, to])) add(from, to, 'tool', { known: true });
  }

  return [...found.values()].sort((a, b) => rank(a.importance) - rank(b.importance) || b.count - a.count || (a.text < b.text ? -1 : 1));
}

/** Does the text name it, as a whole word or words, in any case ("ESA", "Endangered Species Act")? */
export function namesInText(text: string, names: string[]): boolean {
  const hay = text.toLowerCase().replace(/’/g, "'");
  // Lowercased: a Latin letter or digit glues; no Unicode property class (a fresh process would compile it).
  const letter = (c: string | undefined) => c !== undefined && /[a-z0-9\u00c0-\u024f]/.test(c);
  return names.some((name) => {
    const needle = name.toLowerCase().replace(/’/g, "'");
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) if (!letter(hay[i - 1]) && !letter(hay[i + needle.length])) return true;
    return false;
  });
}

const ORGANIZATION_HEAD = new Set(ORGANIZATION_HEADS.words);

/**
 * The words of organizations that a posting names with their acronym ("National Marine Fisheries Service (NMFS)",
 * "Office of Protected Resources (OPR)"): the acronym and the name's capitalized words that the posting never
 * writes in lowercase, as written. Read only where a parenthesis holds an acronym.
 */
export function organizationWords(text: string, tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (let k = 2; k < tokens.length; k++) {
    const acronym = tokens[k].raw;
    if (!isAcronymRaw(acronym) || !opensBracket(text.slice(tokens[k - 1].end, tokens[k].start))) continue;
    const last = k - 1;
    if (!startsWithCapital(tokens[last].raw)) continue;
    // The name: capitalized words (and "of", "and", "for") back from the parenthesis, within its sentence; an
    // organization's when one of them is an organization's noun ("Office of Protected Resources").
    let from = last;
    let organization = ORGANIZATION_HEAD.has(tokens[last].raw.toLowerCase());
    for (let j = last - 1; j >= 0 && last - j <= MAX_NAME_WORDS && tokens[j].sentence === tokens[last].sentence; j--) {
      const raw = tokens[j].raw;
      if (startsWithCapital(raw) && !isFunctionWord(raw)) {
        from = j;
        organization ||= ORGANIZATION_HEAD.has(raw.toLowerCase());
      } else if (!NAME_JOINERS.has(raw.toLowerCase())) break;
    }
    if (from === last || !organization) continue;
    words.add(acronym);
    for (let j = from; j <= last; j++) if (startsWithCapital(tokens[j].raw)) words.add(tokens[j].raw);
  }
  if (!words.size) return words;
  // A word the posting also writes in lowercase is an ordinary word ("Project Management Office"): it stays.
  for (const t of tokens) if (startsWithLowercase(t.raw)) words.delete(t.raw.charAt(0).toUpperCase() + t.raw.slice(1));
  return words;
}
