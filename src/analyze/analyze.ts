import type { Lookup } from '../taxonomy/compile';
import { conceptCategory, surfacesOf } from '../taxonomy/taxonomy';
import type { Category } from '../taxonomy/schema';
import type { Analysis, CoverageStatus, Importance, Strength, Term, TextSpan } from './analysis-schema';
import { type Coverage, coverageOf, inheritDemonstrated, scoreCoverage, type ResumeConcepts } from './coverage';
import { findHits, type Hit } from './match';
import { normalizeTerm, tokenize, type Token } from '../text/normalize';
import { keywordLines, otherKeywords } from './other-keywords';
import { assessPosting } from './assess-posting';
import { detectLanguage, otherLanguageNotice } from './language';
import { cutText } from './limits';
import { createColleagueListCheck, createRoleNameCheck, employerNameCheck, employersShortName } from './role-names';
import { resumeHeading, resumeStrengths } from './resume-sections';
import { languageListHits } from './resume-languages';
import { joinWrappedLines } from '../text/lines';
import { type PostingInput, readPosting } from './posting';
import { inCustomerRange, type PostingLine, statesASkill } from './sections';
import { titleGivesWay } from './title-evidence';
import { createTraitListCheck } from './everyday-adjectives';
import { spanAt } from './spans';
import { lowUnderstandingNotice, showsUnderstanding, understandingOf } from './understanding';
import { namedBeside, narrowerNamed } from './screening';
import { bulletTemplates } from './suggestions';
import { choicesIn, statusAsMet } from './choices';

/**
 * What the employer's own text may name for the reader: its industry, the technology it builds on or sells ("our
 * cloud-based platform", "a foundation for analytics with Apache Arrow") and the rules it works under ("our PCI DSS
 * compliant platform", "ISO 9001 certified"), which bind the role too, as mentioned terms. Practices and skills
 * there are its own ("our vendor management platform"), never asked of the candidate; a page field
 * ("Category: Technical Infrastructure", "Job function: Information Technology") files the posting, so only the field
 * that names the employer's industry ("Industry: Banking") counts, and only as an industry. A company's stage is no
 * industry: "a venture-backed deep-tech company", "a profitable, high-growth company" describe the employer, while
 * "experience at a high-growth startup" among the requirements asks for it (over the labelled postings, 9 such
 * phrases in labels, the employer's own descriptions never). Nor is a transformation it drives for its clients ("a
 * trusted advisor driving digital transformation for the federal government"): what it sells, not where the role works.
 */
const NOT_INDUSTRIES: ReadonlySet<string> = new Set(['startups', 'digital-transformation']);
const countsInEmployerText = (id: string, category: Category, line: PostingLine) =>
  line.pageField
    ? category === 'domain' && line.industryField === true
    : (category === 'domain' && !NOT_INDUSTRIES.has(id)) || category === 'technical' || category === 'tool' || category === 'compliance';
/** Required first: compared, not read from a table by name (a keyed load by varying names is megamorphic, and sorts ask it often). */
const rank = (importance: Importance) => (importance === 'required' ? 0 : importance === 'preferred' ? 1 : 2);
const MAX_EVIDENCE = 8;
/** The words that name a degree as one: "Bachelor's", "B.E", "MBA", "degree", "Studium". */
const NAMES_A_DEGREE = /\b(?:degree|bachelor|master|b\.?\s?[aes]|b\.?\s?tech|m\.?\s?[as]|mba|ph\.?\s?d|doctorate|diploma|studium|abschluss)\b/i;

const lineAt = (lines: PostingLine[], offset: number) => spanAt(lines, offset);

/** The text of the heading above the line at an offset ("Licenses & Certifications"), if any. */
const headingAt = (text: string, lines: PostingLine[]) => {
  let above: Map<number, string> | undefined;
  return (offset: number): string | undefined => {
    if (!above) {
      above = new Map();
      let heading: string | undefined;
      for (const line of lines) {
        if (line.heading) heading = text.slice(line.start, line.end);
        else if (heading) above.set(line.start, heading);
      }
    }
    const line = lineAt(lines, offset);
    return line && above.get(line.start);
  };
};

/** The weight of the line at an offset where the posting asks something (keywordLines), else null. */
const askedAt =
  (lines: PostingLine[], asks: (line: PostingLine | undefined) => boolean) =>
  (offset: number): Importance | null => {
    const line = lineAt(lines, offset);
    return line && asks(line) && line.weight !== 'boilerplate' ? line.weight : null;
  };

interface Found {
  count: number;
  evidence: string[];
  /** Where each hit is in the text read, in text order: one per counted hit. */
  spans: TextSpan[];
  importance: Importance;
  strength?: Strength;
}

function collect(text: string, hits: Hit[], importanceOf: (hit: Hit) => Importance | null, strengthAt?: (offset: number) => Strength): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const hit of hits) {
    const importance = importanceOf(hit);
    if (!importance) continue;
    const f = found.get(hit.conceptId) ?? { count: 0, evidence: [], spans: [], importance };
    f.count++;
    f.spans.push({ start: hit.start, end: hit.end });
    if (strengthAt && f.strength !== 'demonstrated') f.strength = strengthAt(hit.start);
    const span = text.slice(hit.start, hit.end);
    if (f.evidence.length < MAX_EVIDENCE && !f.evidence.includes(span)) f.evidence.push(span);
    if (rank(importance) < rank(f.importance)) f.importance = importance;
    found.set(hit.conceptId, f);
  }
  // Most concepts have one piece of evidence: nothing to order, and no set of the names as written to make.
  let viaSurface: Set<string> | undefined;
  for (const f of found.values())
    if (f.evidence.length > 1)
      f.evidence = clearestFirst(f.evidence, (viaSurface ??= new Set(hits.filter((h) => h.via === 'surface').map((h) => text.slice(h.start, h.end)))));
  return found;
}

/**
 * The name itself before a phrasing, and short before long: the popup shows the first two or three, and a
 * pattern's span ("Stakeholder Management, Executive Communication") says less than "Managed stakeholders".
 */
const clearestFirst = (evidence: string[], viaSurface: Set<string>) =>
  evidence
    .map((span, order) => ({ span, order, words: viaSurface.has(span) ? 0 : span.split(/\s+/).length }))
    .sort((a, b) => a.words - b.words || a.order - b.order)
    .map((e) => e.span);

export interface FoundConcept {
  id: string;
  label: string;
  category: Term['category'];
  aliases: string[];
  count: number;
  evidence: string[];
  /** Where each hit is in the text, in text order. */
  spans: TextSpan[];
  /** Demonstrated in an experience bullet or job title, or only listed (summary, skills, education, certifications). */
  strength: Strength;
}

/**
 * A resume is read with its wrapped lines joined (a PDF's "managing cross-team\ndependencies"); the joined text
 * has the same length, so evidence is quoted from the resume as written. `asResume`: what the resume covers leaves
 * out the disciplines named as the teams worked with (createColleagueListCheck); `conceptsIn` names every concept
 * of any text, so its rule examples (written as posting lines) read as they always did.
 */
function resumeFindings(text: string, lookup: Lookup, asResume = false) {
  const joined = joinWrappedLines(text, { isHeading: (line) => resumeHeading(line) !== undefined });
  const tokens = tokenize(joined, lookup.keyOf);
  const colleagues = asResume ? createColleagueListCheck(tokens) : undefined;
  const hits = findHits(joined, lookup, tokens);
  // A language's name in a list of spoken languages, unless its line already named it ("English (native)").
  const languages = languageListHits(joined, lookup);
  const listed = languages.filter((l) => !hits.some((h) => h.conceptId === l.conceptId && h.start < l.end && h.end > l.start));
  // A language in such a list is listed, whatever the section ("PERSONAL DETAILS / Languages Known : English, Hindi").
  const strengthOf = resumeStrengths(joined);
  const inLanguageList = new Set(languages.map((l) => l.start));
  const found = collect(
    text,
    listed.length ? [...hits, ...listed] : hits,
    (hit) => (colleagues?.(hit, conceptCategory(lookup.taxonomy, hit.conceptId)!) ? null : 'mentioned'),
    inLanguageList.size ? (at) => (inLanguageList.has(at) ? 'listed' : strengthOf(at)) : strengthOf,
  );
  inheritDemonstrated(found, lookup.taxonomy);
  return found;
}

/** Every taxonomy concept named in a text (a resume, or any text), with its evidence spans. */
export function conceptsIn(text: string, lookup: Lookup): FoundConcept[] {
  return [...resumeFindings(text, lookup)].map(([id, f]) => {
    const concept = lookup.taxonomy.byId.get(id)!;
    return {
      id,
      label: concept.label,
      category: concept.category,
      aliases: aliasesOf(id, lookup),
      count: f.count,
      evidence: f.evidence,
      spans: f.spans,
      strength: f.strength ?? 'listed',
    };
  });
}

/** A concept's aliases, a new array each time (analyses are the caller's to keep); each concept's read once per taxonomy. */
const aliasesOf = (id: string, lookup: Lookup) => {
  let known = aliasesByConcept.get(lookup.taxonomy);
  if (!known) aliasesByConcept.set(lookup.taxonomy, (known = new Map()));
  let aliases = known.get(id);
  if (!aliases)
    known.set(
      id,
      (aliases = surfacesOf(lookup.taxonomy.byId.get(id)!)
        .slice(1)
        .map((s) => s.text)),
    );
  return [...aliases];
};
const aliasesByConcept = new WeakMap<Lookup['taxonomy'], Map<string, readonly string[]>>();

/** What an analysis leaves out because its caller will not read it. */
export interface AnalyzerOptions {
  /**
   * False: `otherKeywords` stays empty. The phrases outside the taxonomy are for a reader of one posting; a market
   * view over thousands (`tpm-lens scan`) reads only the terms, and their search is about a tenth of an analysis.
   */
  otherKeywords?: boolean;
}

/** Builds `analyze()` over one compiled taxonomy. Pure: the same input always gives the same analysis. */
export function createAnalyzer(lookup: Lookup, options: AnalyzerOptions = {}) {
  const wantsOtherKeywords = options.otherKeywords ?? true;
  const { taxonomy } = lookup;
  // One resume is read against many postings (a batch, a market view, the CLI over saved pages): it is read once.
  let lastResume: { text: string; found: ReturnType<typeof resumeFindings>; coverage: (id: string) => Coverage } | undefined;
  const resumeOnce = (text: string) => {
    if (lastResume?.text !== text) {
      const found = resumeFindings(text, lookup, true);
      let language: { code: string | undefined } | undefined;
      const languageOf = () => (language ??= { code: detectLanguage(text, text.match(/\S+/g)?.length ?? 0) }).code;
      const read: ResumeConcepts = { concepts: found, language: languageOf };
      // Postings of a batch ask for the same terms ("Jira", "stakeholder management"): each term's coverage by
      // this resume is worked out once. Callers get their own copy of its related ids.
      const coverage = new Map<string, Coverage>();
      const coverageIn = (id: string) => {
        let known = coverage.get(id);
        if (!known) coverage.set(id, (known = coverageOf(id, read, taxonomy)));
        return known;
      };
      lastResume = { text, found, coverage: coverageIn };
    }
    return lastResume;
  };
  return function analyze(job: string | PostingInput, fullResumeText?: string): Analysis {
    const posting: PostingInput = typeof job === 'string' ? { title: '', company: '', text: job } : job;
    // Evidence stays verbatim: a cut keeps a prefix of each input.
    const { text: jobText, truncated: jobCut } = cutText(posting.text);
    const resumeCut = fullResumeText === undefined ? undefined : cutText(fullResumeText);
    const resumeText = resumeCut?.text;
    const { readText, structure } = readPosting(jobText, posting.sections?.map((s) => s.heading).filter(Boolean));
    // What the page names beats what the first lines suggest.
    const title = posting.title || structure.title;
    const companyName = posting.company || structure.company;
    const jobTokens = tokenize(readText, lookup.keyOf);
    const company = normalizeTerm(companyName);
    // The name the employer calls itself by as well ("Procore" at Procore Technologies).
    const shortName = employersShortName(companyName);
    const employerNames = shortName ? [company, normalizeTerm(shortName)] : [company];
    const jobHits = findHits(readText, lookup, jobTokens);
    const namesARole = createRoleNameCheck(jobTokens, title, readText);
    const inEmployerName = employerNameCheck(readText, companyName);
    const aTrait = createTraitListCheck(jobTokens, readText);
    const normalizedHit = (hit: Hit) => normalizedSpelling(readText.slice(hit.start, hit.end));
    const termStarts: number[] = [];
    /** The lines (by their start) where each concept counts: a parent named beside its children gives way to them. */
    const linesOf = new Map<string, Set<number>>();
    const jobFound = collect(jobText, jobHits, (hit) => {
      const weight = weighHit(hit);
      if (weight && showsUnderstanding(conceptCategory(taxonomy, hit.conceptId)!)) termStarts.push(hit.start);
      if (weight) linesOf.set(hit.conceptId, (linesOf.get(hit.conceptId) ?? new Set()).add(lineAt(structure.lines, hit.start)!.start));
      return weight;
    });
    titleGivesWay(jobFound, jobText, structure.lines, title);
    /**
     * The company by one of its names, or one of its products (the name and more words) but where a qualification asks
     * knowledge of it ("Familiarity with Google's platforms such as Google Cloud"). No new string per hit.
     */
    function employersOwn(term: string, name: string, line: PostingLine, hit: Hit): boolean {
      if (term === name) return true;
      if (term.length <= name.length || term.charCodeAt(name.length) !== 32 || !term.startsWith(name)) return false;
      return !((line.weight === 'required' || line.weight === 'preferred') && statesASkill(readText.slice(line.start, hit.end)));
    }
    function namesTheEmployer(term: string, line: PostingLine, hit: Hit): boolean {
      for (const name of employerNames) if (employersOwn(term, name, line, hit)) return true;
      return false;
    }
    function weighHit(hit: Hit): Importance | null {
      const line = lineAt(structure.lines, hit.start);
      if (!line || line.weight === 'boilerplate') return null;
      // The employer, and its own units and products ("Google Cloud" at Google), are not skills asked of anyone, but
      // a qualification may ask for knowledge of one of its products ("Familiarity with Google Cloud Platform").
      if (company && (inEmployerName(hit.start, hit.end) || namesTheEmployer(normalizedHit(hit), line, hit))) return null;
      const category = conceptCategory(taxonomy, hit.conceptId)!;
      if (namesARole(hit, category)) return null; // "the Security team" (a resume's titles do show skills)
      if (aTrait(hit)) return null; // "diligent, agile, transparent": a trait, not the method
      if (
        line.section === 'about' &&
        (!countsInEmployerText(hit.conceptId, category, line) || inCustomerRange(readText.slice(line.start, line.end), hit.start - line.start))
      )
        return null;
      // A degree is never the role's work: named as one outside the employer's text ("Education: B.E/B.Tech"), it is
      // asked; a field's name alone ("Ingenieurwesen" among a board's keywords) is not named as a degree.
      if (category === 'education' && line.weight === 'mentioned' && NAMES_A_DEGREE.test(normalizedHit(hit))) return 'required';
      return line.weight;
    }

    const resumeRead = resumeText === undefined ? undefined : resumeOnce(resumeText);
    const resumeFound = resumeRead?.found;

    const jobIds = new Set(jobFound.keys());
    const categoryOf = (id: string) => conceptCategory(taxonomy, id)!;
    const choices = choicesIn(
      readText,
      structure.lines,
      [...jobFound].map(([id, f]) => ({ id, category: categoryOf(id), spans: f.spans })),
    );
    const terms: Term[] = [...jobFound]
      .map(([id, f]) => {
        const concept = taxonomy.byId.get(id)!;
        const narrower = namedBeside(id, narrowerNamed(id, jobIds, taxonomy.narrower), linesOf, categoryOf);
        const coverage = resumeRead?.coverage(id);
        const inResume = resumeFound?.get(id);
        return {
          id,
          label: concept.label,
          category: concept.category,
          aliases: aliasesOf(id, lookup),
          job: { count: f.count, importance: f.importance, evidence: f.evidence, spans: f.spans },
          resume: resumeFound
            ? {
                count: inResume?.count ?? 0,
                evidence: [...(inResume?.evidence ?? [])],
                ...(inResume ? { spans: [...inResume.spans] } : {}),
                // What covers the term (the concept, or the narrower ones or showers that stand for it) says how it is shown.
                ...(coverage?.strength ? { strength: coverage.strength } : {}),
              }
            : null,
          status: coverage?.status ?? null,
          ...(coverage?.related.length
            ? { relatedInResume: [...coverage.related], relatedInResumeLabels: coverage.related.map((r) => taxonomy.byId.get(r)?.label ?? r) }
            : {}),
          ...(narrower.length ? { narrowerInPosting: narrower } : {}),
          // Each other item of its choices by its head: "or Information Systems degree", not the level it shares.
          ...(choices.has(id) ? { alternativesInPosting: [...new Set(choices.get(id)!.map((item) => item.at(-1)!))] } : {}),
        };
      })
      .sort((a, b) => rank(a.job.importance) - rank(b.job.importance) || b.job.count - a.job.count || (a.label < b.label ? -1 : 1));
    if (resumeFound) metByAlternatives(terms, choices);

    const scored = resumeFound ? scoreCoverage(terms.map((t) => ({ importance: t.job.importance, status: statusAsMet(t) as CoverageStatus }))) : undefined;

    const inHit = markHits(jobHits);
    const excluded = new Set([company, normalizeTerm(title)].filter(Boolean));
    const asks = keywordLines(structure.lines);
    const counted = (t: Token) => !inHit(t.start) && asks(lineAt(structure.lines, t.start));

    const language = posting.language || detectLanguage(readText, jobTokens.length);
    const verdict = assessPosting(readText, jobTokens.length, structure, terms.length);
    // A posting in another language is no "non-posting": say why it reads so little, scored or not.
    const languageNotice = otherLanguageNotice(language);
    const notPostingReason = verdict.isPosting ? undefined : (languageNotice ?? verdict.reason);
    // A posting in another language is explained by its own notice; one outside the vocabulary by this one.
    const understanding = understandingOf(
      readText,
      structure.lines,
      termStarts.sort((a, b) => a - b),
      title,
    );
    const outsideVocabulary = verdict.isPosting && !languageNotice && understanding.low;
    const notices = [
      ...(notPostingReason ? [notPostingReason] : languageNotice ? [languageNotice] : []),
      ...(outsideVocabulary ? [lowUnderstandingNotice(understanding)] : []),
      ...(jobCut
        ? [`The posting is very long: only its first ${jobText.length.toLocaleString('en-US')} characters (up to a section boundary) were analyzed.`]
        : []),
      ...(resumeCut?.truncated ? [`The resume is very long: only its first ${resumeCut.text.length.toLocaleString('en-US')} characters were analyzed.`] : []),
      ...(posting.notices ?? []),
    ];

    return {
      schemaVersion: 1,
      job: {
        title,
        company: companyName,
        ...(posting.site ? { site: posting.site } : {}),
        ...(posting.url ? { url: posting.url } : {}),
        words: jobTokens.length,
        ...(language ? { language } : {}),
        isPosting: verdict.isPosting,
        ...(notPostingReason ? { notPostingReason } : {}),
        truncated: jobCut,
      },
      notices,
      understanding,
      score: scored?.score ?? null,
      scoreExplanation: scored?.explanation ?? null,
      terms,
      // Its word lists are English: a posting in another language would list its function words.
      otherKeywords:
        !wantsOtherKeywords || (language && language !== 'en')
          ? []
          : otherKeywords(readText, jobTokens, counted, excluded, {
              company: companyName,
              named: {
                askedAt: askedAt(structure.lines, asks),
                // The fields a known span has, written out: a spread copies each hit's every field, a cost per hit.
                known: jobHits.map((h) => ({ start: h.start, end: h.end, category: categoryOf(h.conceptId), via: h.via })),
                headingAt: headingAt(readText, structure.lines),
              },
              resume: resumeText,
            }),
      suggestions: terms
        .filter((t) => statusAsMet(t) === 'missing' || statusAsMet(t) === 'partial')
        .map((t) => ({ termId: t.id, bullets: bulletTemplates(t.id, taxonomy) })),
    };
  };
}

/**
 * Marks each term that the resume leaves uncovered but meets through an alternative the posting offers beside it:
 * an item of its choices whose every term the resume covers, named by the item's last term (the field in "degree in
 * Computer Science", the most specific words).
 */
function metByAlternatives(terms: Term[], choices: ReadonlyMap<string, string[][]>): void {
  const covered = new Set(terms.filter((t) => t.status === 'covered').map((t) => t.id));
  for (const term of terms) {
    if (term.status === 'covered') continue;
    const met = choices.get(term.id)?.find((item) => item.every((id) => covered.has(id)));
    if (met) term.metByAlternative = met.at(-1);
  }
}

/**
 * A hit's spelling normalized as a term, remembered as words are (foldWord): hits repeat the taxonomy's names
 * ("Jira" ten times, and in the next posting), within a bound.
 */
function normalizedSpelling(span: string): string {
  let normalized = normalizedSpellings.get(span);
  if (normalized === undefined) {
    if (normalizedSpellings.size >= MAX_REMEMBERED_SPELLINGS) normalizedSpellings.clear();
    normalizedSpellings.set(span, (normalized = normalizeTerm(span)));
  }
  return normalized;
}
const normalizedSpellings = new Map<string, string>();
const MAX_REMEMBERED_SPELLINGS = 20_000;

/** Is an offset inside any hit? Hits are sorted by start. */
function markHits(hits: Hit[]): (offset: number) => boolean {
  const spans = hits.map((h) => [h.start, h.end] as const);
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid][0] > offset) hi = mid - 1;
      else lo = mid + 1;
    }
    // spans may nest (patterns overlap surfaces): look back a few
    for (let k = hi; k >= 0 && k > hi - 8; k--) if (spans[k][0] <= offset && offset < spans[k][1]) return true;
    return false;
  };
}
