import nlp from 'compromise';
import { foldWord, normalizeTerm, normalizeText, rawForm, stem, tokenize, wordKey, type Token } from '../text/normalize';
import { compileRule } from './compile-rule';
import { surfacesOf, type Taxonomy } from './taxonomy';
import { parsePattern, startKeys } from './pattern';
import { patternSlotsOf } from './pattern-slots';
import { ACTION_NOUNS, deverbalFrames } from './deverbal-frames';
import { objectsOfHandlingNames, passiveFrames } from './passive-frames';
import { ADJECTIVE_ENDING, JOINED_START, type CompiledPattern, type Entry, type Lookup, type TrieNode } from './lookup';

// The lookup's shape lives in lookup.ts, which the run time imports without compromise.
export { JOINED_START, type CompiledPattern, type CompiledRule, type Entry, type Lookup, type NearbyTerm, type NearbyTerms, type TrieNode } from './lookup';

interface CompromiseWorld {
  methods: { two: { transform: { verb: { conjugate: (w: string, m: unknown) => Record<string, string> } } } };
  model: { one: { lexicon: Record<string, string | string[]> }; two: { irregularPlurals: Record<string, string> } };
}

/**
 * Word forms compromise knows better than a suffix stemmer: led -> lead, built -> build, criteria -> criterion.
 * Irregular verbs are all in compromise's lexicon, and irregular plurals in its own list, so only those
 * words are conjugated: every other form is regular, and the stemmer already meets it.
 */
function irregularForms(words: Iterable<string>): Map<string, string> {
  const { methods, model } = nlp.world() as unknown as CompromiseWorld;
  // Irregular verbs are common words, so compromise's lexicon knows them all (run is listed as a noun).
  const isKnownWord = (w: string) => w in model.one.lexicon;
  const isPastForm = (w: string) => [model.one.lexicon[w]].flat().some((tag) => tag === 'PastTense' || tag === 'Participle');
  const baseKeys = new Set<string>();
  const folded = new Set<string>();
  for (const w of words) {
    const f = foldWord(w);
    if (/^[a-z]{2,}$/.test(f)) folded.add(f);
    baseKeys.add(stem(f));
  }
  const map = new Map<string, string>();
  for (const word of folded) {
    const forms = [...(isKnownWord(word) ? Object.values(methods.two.transform.verb.conjugate(word, model)) : []), model.two.irregularPlurals[word]];
    const base = stem(word);
    for (const form of forms) {
      if (!form || form.includes(' ')) continue;
      const key = stem(form.toLowerCase());
      // A form that another taxonomy word owns keeps its key, unless that word is this very form, a past tense
      // compromise knows as one: patterns list "run|ran" or "write|wrote" for a resume's past tense, and "ran" should
      // meet the other patterns of "run" too ("Ran weekly syncs").
      const ownPastForm = folded.has(form.toLowerCase()) && isPastForm(form.toLowerCase());
      if (key !== base && (!baseKeys.has(key) || ownPastForm) && !map.has(key)) map.set(key, base);
    }
  }
  // Nouns in -sis take -ses in the plural (analysis, analyses; diagnosis, diagnoses), which compromise's list of
  // irregular plurals leaves out: "risk analyses" names risk analysis. Keys as the matcher spells them (wordKey:
  // "analyse" is "analyz" there), and none that another word of the taxonomy owns ("bases" stays "base"); the
  // plural itself ("data analyses") owns nothing.
  const isSisPlural = (w: string) => w.endsWith('ses') && folded.has(`${w.slice(0, -2)}is`);
  const spelledKeys = new Set([...folded].filter((w) => !isSisPlural(w)).map(wordKey));
  for (const word of folded) {
    if (word.length < 6 || !word.endsWith('sis')) continue;
    const key = wordKey(`${word.slice(0, -2)}es`);
    const base = wordKey(word);
    if (key !== base && !spelledKeys.has(key) && !map.has(key)) map.set(key, base);
  }
  return map;
}

/**
 * A surface with its spaces and hyphens left out, folded and stemmed: "data center", "data-centers" and
 * "Datacenter" meet, as the matcher joins and splits such compounds; "FI/CO" and "FICO" stay apart.
 */
const joinedKey = (surface: string) =>
  stem(
    foldWord(
      normalizeText(surface)
        .trim()
        .replace(/[\s-]+/g, ''),
    ),
  );

// "PMP", "SOC 2", "CI/CD", "SAFe", "LeSS": a label spelled like an acronym (two capitals or more, and no fewer
// capitals than small letters) matches only as spelled. A name in camel case ("GitHub", "ServiceNow") is no
// acronym: postings write "Github" and "Servicenow" too.
const capitals = (word: string) => word.match(/\p{Lu}/gu)?.length ?? 0;
const looksLikeAcronym = (label: string) =>
  tokenize(label).every((t) => /^\d+$/.test(t.raw) || (capitals(t.raw) >= 2 && capitals(t.raw) >= (t.raw.match(/\p{Ll}/gu)?.length ?? 0)));

/** compromise's tags of a function word: pronouns, prepositions, conjunctions, determiners, modal and linking verbs. */
const FUNCTION_WORD_TAGS = new Set(['Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'Modal', 'Copula']);

/**
 * A surface's words that it writes in capitals and that, written in lowercase, are function words ("IT" in
 * "IT security" is "it", "US" in "US GAAP" "us"), as the entry's exact spelling: those words so written and any
 * spelling ('') of the others. Matched in any case, "IT security" was "its security" ("the company protects its
 * security"), "IT architecture" "It's designed". Undefined where the surface has no such word.
 */
function capitalsThatSpellAFunctionWord(tokens: Token[]): string[] | undefined {
  const exact = tokens.map((t) => {
    const raw = rawForm(t.raw);
    return /^[A-Z]{2,}$/.test(raw) && partsOfSpeech(raw.toLowerCase()).some((tag) => FUNCTION_WORD_TAGS.has(tag)) ? raw : '';
  });
  return exact.some(Boolean) ? exact : undefined;
}

/** The small words of an acronym's expansion whose letter may be written in lower case: "Statement of Work", SoW. */
const SMALL_WORDS = new Set(['of', 'on', 'for', 'to', 'in', 'at', 'by', 'the']);

/**
 * An acronym as it is also written, with the letter of each small word inside its expansion in lower case: SoW
 * ("statement of work"), BoM, PMBoK, DfT, FttH. Read off the concept's own expansions (a surface whose words' initials
 * spell the acronym), so no letter goes lower that a reader would not lower; undefined where none does.
 */
function smallWordsInLowerCase(acronym: string, surfaces: readonly { text: string; kind: string }[]): string | undefined {
  if (!/^[A-Z]{3,6}$/.test(acronym)) return undefined;
  for (const { text, kind } of surfaces) {
    if (kind === 'acronym') continue;
    const words = text.split(/[\s-]+/);
    if (words.length !== acronym.length || words.some((w, k) => w.charAt(0).toUpperCase() !== acronym[k])) continue;
    const letters = [...acronym].map((letter, k) => (k > 0 && k < words.length - 1 && SMALL_WORDS.has(words[k].toLowerCase()) ? letter.toLowerCase() : letter));
    const written = letters.join('');
    if (written !== acronym) return written;
  }
  return undefined;
}

export interface CompileOptions {
  /** Patterns derived from the activities' own names ("operations management" -> "oversee .. operations"); on by default. */
  deverbalFrames?: boolean;
  /** The passive of the verb-and-object patterns ("risks are surfaced": passive-frames.ts); on by default, with the frames. */
  passiveFrames?: boolean;
}

/** Builds the one lookup the matcher walks: a trie over word keys plus indexed patterns. */
export function compileTaxonomy(taxonomy: Taxonomy, options: CompileOptions = {}): Lookup & { wordsOfJoined: Map<string, string[]> } {
  const withFrames = options.deverbalFrames ?? true;
  const allWords: string[] = [];
  for (const c of taxonomy.concepts) {
    for (const s of surfacesOf(c)) allWords.push(...tokenize(s.text).map((t) => t.raw));
    for (const p of c.patterns ?? []) allWords.push(...p.split(/[\s|?]+/).flatMap((w) => tokenize(w).map((t) => t.raw)));
  }
  // The frames' verbs have their irregular forms too: "oversaw" is "oversee".
  if (withFrames) allWords.push(...ACTION_NOUNS.flatMap((n) => n.verbs));
  const irregular = irregularForms(allWords);
  const keyOf = (word: string) => {
    const key = wordKey(word);
    return irregular.get(key) ?? key;
  };

  const trie: TrieBuild = { next: new Map(), entries: [] };
  const patterns = new Map<string, CompiledPattern[]>();
  /** Parses a pattern and files it under every key it may start with. */
  const addPattern = (conceptId: string, source: string) => {
    const compiled = { conceptId, source, slots: parsePattern(source, keyOf) };
    for (const key of startKeys(compiled.slots)) patterns.set(key, [...(patterns.get(key) ?? []), compiled]);
    return compiled;
  };
  const handPatterns: CompiledPattern[] = [];
  for (const c of taxonomy.concepts) {
    const rules = (c.context ?? []).map((r) => ({
      surface: r.surface.toLowerCase(),
      key: normalizeTerm(r.surface),
      joined: joinedKey(r.surface),
      rule: compileRule(r, keyOf),
    }));
    // A rule restricts a surface however it is spelled: "datacenter" and "data center" are one surface to a
    // reader, and the matcher joins and splits compounds, so either spelling may land on either entry.
    // A rule written for this very surface first: "networking" and "network" normalize alike, yet each has its own rule.
    const ruleOf = (text: string) =>
      (
        rules.find((r) => r.surface === text.toLowerCase()) ??
        rules.find((r) => r.key === normalizeTerm(text)) ??
        rules.find((r) => r.joined === joinedKey(text))
      )?.rule;
    const acronyms = new Set(c.aliases?.acronym ?? []);
    const surfaces = surfacesOf(c);
    for (const { text, kind } of surfaces) {
      if (kind === 'label' && acronyms.has(text)) continue;
      const tokens = tokenize(text, keyOf);
      if (tokens.length === 0) continue;
      const rule = ruleOf(text);
      const caseSensitive = kind === 'acronym' || (kind === 'label' && looksLikeAcronym(text));
      const exact = rule?.exact ?? (caseSensitive ? tokens.map((t) => rawForm(t.raw)) : capitalsThatSpellAFunctionWord(tokens));
      const entry: Entry = { conceptId: c.id, kind, rule, exact };
      let node = trie;
      for (const t of tokens) {
        let child = node.next.get(t.key);
        if (!child) node.next.set(t.key, (child = { next: new Map(), entries: [] }));
        node = child;
      }
      node.entries.push(entry);
      const smallLettered = kind === 'acronym' && !rule?.exact ? smallWordsInLowerCase(text, surfaces) : undefined;
      if (smallLettered) node.entries.push({ ...entry, exact: [smallLettered] });
    }
    for (const source of c.patterns ?? []) handPatterns.push(addPattern(c.id, source));
  }
  if (withFrames) {
    const isSurface = (keys: string[]) => {
      let node: TrieNode | undefined = trie;
      for (const key of keys) node = node?.next.get(key);
      return (node?.entries.length ?? 0) > 0;
    };
    const frames = deverbalFrames(taxonomy, { keyOf, tagsOf: partsOfSpeech, handPatterns, isSurface });
    for (const frame of frames) addPattern(frame.conceptId, frame.source);
    // "risks are surfaced early": the passive of the verb-and-object patterns, hand-written and derived.
    if (options.passiveFrames ?? true) {
      // As spelled, not by key: "written" shares the key of "write" but describes ("written communication").
      const actionVerbs = new Set(ACTION_NOUNS.flatMap((n) => n.verbs));
      const handled = objectsOfHandlingNames(taxonomy, keyOf);
      const passives = passiveFrames(
        [...handPatterns, ...frames],
        (verb) => actionVerbs.has(foldWord(verb)),
        (word) => handled.has(keyOf(word)),
      );
      for (const p of passives) addPattern(p.conceptId, p.source);
    }
  }
  return { taxonomy, trie, patterns, patternSlots: patternSlotsOf(patterns), keyOf, irregularKeys: irregular, ...variantIndexes(taxonomy, keyOf, trie) };
}

// An action noun and its verb share a stem once the suffix goes: planning/plan, management/manage,
// coordination/coordinate. Only these suffixes: "lead" or "owner" name a person, not the act, and -ance
// words are rarely actions (compliance, finance, clearance).
const ACTION_SUFFIXES = ['ing', 'ment', 'ation', 'ion'];

function verbKeysOf(head: string, keyOf: (w: string) => string): string[] {
  const word = foldWord(head);
  return ACTION_SUFFIXES.filter((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 4).map((suffix) =>
    suffix === 'ing' ? keyOf(word) : keyOf(word.slice(0, -suffix.length)),
  );
}

/** Whether a head word, as the surfaces spell it, is an action noun (one whose verb verbKeysOf finds). */
const isActionHead = (spellings: Set<string> | undefined, keyOf: (w: string) => string) =>
  [...(spellings ?? [])].some((word) => verbKeysOf(word, keyOf).length > 0);

/** A trie node while the compiler builds it. */
type TrieBuild = { next: Map<string, TrieBuild>; entries: Entry[] };

/** Indexes for coordinated lists and for spelling variants, derived from the surfaces themselves. */
function variantIndexes(taxonomy: Taxonomy, keyOf: (w: string) => string, trie: TrieNode) {
  const conceptsOfHead = new Map<string, Set<string>>();
  const headWords = new Map<string, Set<string>>();
  const wordsOfJoined = new Map<string, string[]>();
  const versioned = new Set<string>();
  const numbered = new Set<string>(); // keys some surface follows with a number: "SOC 2", "ISO 27001", "Web3"
  const industryHeads = new Set<string>(); // last words of an industry's surfaces: "industry", "ecosystems", "providers"
  for (const c of taxonomy.concepts) {
    for (const { text } of surfacesOf(c)) {
      const tokens = tokenize(text, keyOf);
      tokens.forEach((t, k) => {
        const glued = /^(.*\p{L})\d+$/u.exec(t.raw);
        if (glued) numbered.add(keyOf(glued[1]));
        if (k > 0 && /^\d/.test(t.raw)) numbered.add(tokens[k - 1].key);
      });
      if (tokens.length === 1 && (c.category === 'tool' || c.category === 'technical') && /^\p{L}[\p{L}.+#]*$/u.test(tokens[0].raw))
        versioned.add(tokens[0].key);
      if (tokens.length < 2) continue;
      const head = tokens[tokens.length - 1];
      if (c.category === 'domain') industryHeads.add(head.key);
      if (!conceptsOfHead.has(head.key)) conceptsOfHead.set(head.key, new Set());
      conceptsOfHead.get(head.key)!.add(c.id);
      if (!headWords.has(head.key)) headWords.set(head.key, new Set());
      headWords.get(head.key)!.add(head.raw);
      // Folded, not stemmed: "HigherEd" must not become the word "higher".
      const joined = foldWord(tokens.map((t) => t.raw).join(''));
      if (tokens.length <= 3 && !trie.next.get(keyOf(joined))?.entries.length)
        wordsOfJoined.set(
          joined,
          tokens.map((t) => t.key),
        );
    }
  }
  for (const key of numbered) versioned.delete(key);
  // A head shared by two concepts at least ("risk management", "change management") may end a list of items; an
  // action noun of one concept ("new product introduction", "storytelling") still names it after "of" or as its
  // verb ("introduction of new products", "tell a story"): its object composes with it all the same.
  const heads = new Set([...conceptsOfHead].filter(([key, ids]) => ids.size >= 2 || isActionHead(headWords.get(key), keyOf)).map(([key]) => key));
  const headsOfVerb = new Map<string, string[]>();
  for (const head of heads) {
    for (const word of headWords.get(head) ?? []) {
      for (const verb of verbKeysOf(word, keyOf)) {
        const known = headsOfVerb.get(verb) ?? [];
        if (!known.includes(head)) headsOfVerb.set(verb, [...known, head]);
      }
    }
  }
  // An industry's head word ends a list of industries even where one concept alone ends in it: "developer and
  // creator ecosystems" names developer ecosystems (lists.ts). It names no action, so it gives no verb above.
  for (const key of industryHeads) heads.add(key);
  const joinedStarts = new Set<string>();
  const collect = (node: TrieNode) => {
    for (const [key, child] of node.next) {
      if (key.length > JOINED_START) joinedStarts.add(key.slice(0, JOINED_START));
      collect(child);
    }
  };
  collect(trie);
  return { heads, headsOfVerb, wordsOfJoined, versioned, joinedStarts, isAdjective };
}

/** compromise's tags of a word read alone: "financial" is an adjective, "operations" a plural noun. */
function partsOfSpeech(word: string): string[] {
  const [phrase] = nlp(word).json({ terms: { tags: true } }) as { terms: { tags: string[] }[] }[];
  return phrase?.terms.flatMap((t) => t.tags) ?? [];
}

let lexicon: CompromiseWorld['model']['one']['lexicon'] | undefined;

/** Every word compromise's lexicon tags as an adjective: what isAdjective reads of it, for the precompiled lookup. */
export function lexiconAdjectives(): string[] {
  lexicon ??= (nlp.world() as unknown as CompromiseWorld).model.one.lexicon;
  return Object.keys(lexicon)
    .filter((word) => isAdjectiveTag(lexicon![word]))
    .sort();
}

const isAdjectiveTag = (tags: string | string[] | undefined) => (Array.isArray(tags) ? tags : [tags]).includes('Adjective');

function isAdjective(word: string): boolean {
  lexicon ??= (nlp.world() as unknown as CompromiseWorld).model.one.lexicon;
  const folded = foldWord(word);
  return isAdjectiveTag(lexicon[folded]) || ADJECTIVE_ENDING.test(folded);
}
