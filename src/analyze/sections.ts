import { BULLET, normalizeText } from '../text/normalize';

export type SectionKind = 'title' | 'intro' | 'about' | 'responsibilities' | 'required' | 'preferred' | 'benefits' | 'legal' | 'other';
export type Importance = 'required' | 'preferred' | 'mentioned';
/** Where a line counts: an importance, or boilerplate that never counts as a requirement. */
export type LineWeight = Importance | 'boilerplate';

export interface PostingLine {
  start: number;
  end: number;
  section: SectionKind;
  heading: boolean;
  weight: LineWeight;
}

export interface PostingStructure {
  title: string;
  company: string;
  lines: PostingLine[];
}

// Order matters: "Preferred qualifications" is preferred before it is a qualification, "About the role" is the role.
const HEADING_KINDS: [Exclude<SectionKind, 'title' | 'intro' | 'other'>, RegExp][] = [
  ['preferred', /\b(preferred|nice[- ]to[- ]haves?|bonus|pluses|a plus|desired|desirable|good[- ]to[- ]haves?|extra credit|stand out|set you apart|additional (qualifications|skills)|even better|ideally|(considered |would be |is )?an? (asset|advantage)|assets)\b/],
  ['legal', /\b(equal (employment )?opportunit|eeo|accommodation|e-verify|privacy (notice|policy)|disclaimer|legal notice|right to work|fraud|recruiting scam|diversity|inclusion|inclusiveness|belonging)/],
  ['benefits', /\b(benefits|perks|compensation|salary|pay range|pay transparency|what we offer|we offer|total rewards|why (join|work)|what[^a-z]{0,3}s in (it )?for you|wellbeing|work environment)\b/],
  ['required', /\b(requirements?|required|qualifications?|minimum|basic|must[- ]haves?|what you('ll| will)? (need|bring)|what we('re| are)? looking for|we('re| are) looking for|you (have|bring|are|might be|may be)|who you are|about you|skills|skill[- ]?set|knowledge(,? (and|of)\b|$)|proficien\w*|experience|competenc\w*|your (background|profile|skills|experience)|ideal candidate|to be successful|you('ll| will) thrive|a fit)\b/],
  ['responsibilities', /\b(responsibilit\w*|what you('ll| will)? (do|be doing|own|work on)|the role|your role|role (overview|summary|description)|the (job|position|opportunity)|position summary|duties|tasks|day[- ]to[- ]day|impact|in this role|key (accountabilities|activities)|job (description|summary)|overview|what the job involves|how you('ll| will) contribute|your mission|the work)\b/],
  // "About Acme" names a company only when the name is capitalized; the rest holds in any case ("ABOUT US", "Company Description").
  ['about', /\b(about (us|the (company|team|organization))|who we are|our (company|mission|story|team|culture|values)|company (overview|description|profile)|life at|why we exist|additional information)|^the \S+ story$/u],
];

const PREFERRED_CUE = /\b(a plus|is a plus|are a plus|big plus|plus\b(?! years)|preferred|preferably|prefer|nice[- ]to[- ]have|bonus|desired|desirable|ideally|advantageous|an advantage|an asset|(highly|is|are) valued|would be great|not required|not necessary|not mandatory|appreciated|favou?red)\b/;
const REQUIRED_CUE = /\b(required|must have|must be|minimum of|at least \d|\d+\+? years|years of (relevant )?experience|degree in|bachelor|proficien|familiarity with|knowledge of|experience (with|in|leading|managing|working|delivering|driving|as)|strong (understanding|background|knowledge)|track record|ability to)\b/;
const BOILERPLATE_CUE = /(equal opportunity|without regard to|reasonable accommodation|e-verify|protected veteran|sexual orientation|gender identity|national origin|genetic information|background check|401\(?k\)?|paid time off|parental leave|(health|medical|dental|vision) (insurance|coverage|benefits)|stock options|pay range|salary range|base salary|\$\s?\d{2,3}[,.]?\d|privacy notice|applicants? (with|who)|we are committed to (diversity|creating)|pursuant to|fair chance)/;

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "About Acme", "ABOUT ACME": the company's own section; "about the data platform" is not. */
const ABOUT_NAME = /\b[Aa]bout [\p{Lu}\d]|^ABOUT [\p{Lu}\d]/u;

function classifyHeading(text: string): SectionKind | undefined {
  const lower = text.toLowerCase();
  for (const [kind, re] of HEADING_KINDS) if (re.test(lower) || (kind === 'about' && ABOUT_NAME.test(text))) return kind;
  return undefined;
}

/** A heading line, its kind ('other' for an unknown heading), or undefined for a content line. */
export function headingKind(rawLine: string): SectionKind | undefined {
  if (BULLET.test(rawLine)) return undefined;
  let line = normalizeText(rawLine).replace(/[*#_=]+/g, ' ').trim();
  // "Your responsibilities will include...", "You are ready, if you …": a lead-in, like a colon.
  const leadIn = /(\.\.\.|…)$/.test(line);
  if (leadIn) line = line.replace(/\s*(\.\.\.|…)$/, ':');
  // "Why work at Acme?", "Who are you?": a question can head a section, but only one the sectioner knows.
  const question = /\?$/.test(line);
  if (question) line = line.replace(/\?$/, '').trim();
  if (!line || wordCount(line) > 10 || /[.!,;]$/.test(line)) return undefined;
  const colon = line.endsWith(':');
  // A wrapped line, not a heading: "or equivalent experience", "with Jira experience". A capitalized lead-in
  // with a colon still heads a section: "To be successful in this role, you:", "In this role you will:".
  if (/^(or|and|with|in|of|to|for|including|plus|as|by|on|from)\b/i.test(line) && !(colon && /^\p{Lu}/u.test(line))) return undefined;
  // "Label: content" is an inline label (inlineKind), not a heading that would swallow the lines after it.
  if (/:\s*\S/.test(line)) return undefined;
  const text = line.replace(/:$/, '').trim();
  // "Experience with Jira and Confluence" states a requirement; "Experience" or "Required experience" heads one.
  if (!colon && /\b(experience|skills?|knowledge|background|understanding|proficiency|familiarity|expertise)\s+(with|in|of|using|across|on|at|for|building|leading|managing|running)\s+\S/i.test(text)) return undefined;
  const kind = classifyHeading(text);
  if (kind) return wordCount(text) <= 8 || colon ? kind : undefined;
  if (question) return undefined;
  const allCaps = /\p{Lu}{2}/u.test(text) && text === text.toUpperCase();
  return colon || allCaps ? 'other' : undefined;
}

/** "Nice to have: Jira, Confluence": a label and content on one line. */
function inlineKind(rawLine: string): SectionKind | undefined {
  const m = normalizeText(rawLine).replace(BULLET, '').match(/^\s*([^:]{3,45}):\s*\S/);
  if (!m || wordCount(m[1]) > 6) return undefined;
  const kind = classifyHeading(m[1].replace(/[*#_]+/g, '').trim());
  return kind === 'preferred' || kind === 'required' || kind === 'benefits' || kind === 'legal' ? kind : undefined;
}

function weightOf(section: SectionKind, line: string): LineWeight {
  const lower = normalizeText(line).toLowerCase();
  if (section === 'benefits' || section === 'legal' || BOILERPLATE_CUE.test(lower)) return 'boilerplate';
  if (section === 'preferred') return 'preferred';
  if (PREFERRED_CUE.test(lower) && !/\bnot (a )?plus\b/.test(lower)) return section === 'about' ? 'mentioned' : 'preferred';
  if (section === 'required') return 'required';
  // Postings without a requirements heading still state requirements in their own words.
  if ((section === 'intro' || section === 'other') && REQUIRED_CUE.test(lower)) return 'required';
  return 'mentioned';
}

/** Sentences of a line: a stop (. ; ! ?) followed by a space ends one; "Node.js" does not. */
function clausesOf(line: string): { offset: number; text: string }[] {
  const out: { offset: number; text: string }[] = [];
  let from = 0;
  for (const m of line.matchAll(/[.;!?]+(?=\s)/g)) {
    const to = m.index! + m[0].length;
    out.push({ offset: from, text: line.slice(from, to) });
    from = to;
  }
  out.push({ offset: from, text: line.slice(from) });
  return out.filter((c) => c.text.trim());
}

const EXPLICIT_REQUIRED = /\b(required|must)\b/;

/**
 * "PMP certification required, CSM a plus", "cloud infrastructure (AWS preferred), Kubernetes": a preferred cue
 * in parentheses weighs only its parentheses, and a clause that says both "required" and "a plus" is weighed
 * part by part between its commas. A list that ends "…, and Z is a plus" stays one clause.
 */
function splitMixedCues(clause: { offset: number; text: string }): { offset: number; text: string }[] {
  const parts: { offset: number; text: string }[] = [];
  const lower = normalizeText(clause.text).toLowerCase();
  const byCommas = PREFERRED_CUE.test(lower) && EXPLICIT_REQUIRED.test(lower.replace(/\bnot required\b/g, ''));
  const boundary = byCommas ? /\([^()]*\)|,\s*/g : /\([^()]*\)/g;
  let from = 0;
  for (const m of clause.text.matchAll(boundary)) {
    const isParen = m[0].startsWith('(');
    // "(AWS preferred)" qualifies what it names; "(an asset)", "(preferred)" qualify the whole clause.
    const inside = normalizeText(m[0]).toLowerCase();
    if (isParen && (!PREFERRED_CUE.test(inside) || !/\p{L}{2}/u.test(inside.replace(PREFERRED_CUE, '').replace(/\b(is|are|a|an|very|highly|strongly|but|not|required)\b/g, '')))) continue;
    const to = isParen ? m.index! : m.index! + m[0].length;
    if (to > from) parts.push({ offset: clause.offset + from, text: clause.text.slice(from, to) });
    if (isParen) parts.push({ offset: clause.offset + m.index!, text: m[0] });
    from = m.index! + m[0].length;
  }
  if (from < clause.text.length) parts.push({ offset: clause.offset + from, text: clause.text.slice(from) });
  return parts.filter((p) => p.text.trim());
}

/**
 * "Web delivery for enterprise clients, ideally in an agency, and preferably with WordPress": what comes before
 * "ideally"/"preferably" keeps the line's weight, what follows is preferred.
 */
function splitAtIdeally(clause: { offset: number; text: string }): { offset: number; text: string }[] {
  const m = clause.text.match(/(?:,|\(|\band|\bor)\s+(?:ideally|preferably)\b/i);
  if (!m || m.index === undefined) return [clause];
  const head = clause.text.slice(0, m.index);
  if (wordCount(head) < 2 || PREFERRED_CUE.test(normalizeText(head).toLowerCase())) return [clause];
  return [
    { offset: clause.offset, text: head },
    { offset: clause.offset + m.index, text: clause.text.slice(m.index) },
  ];
}

/** Splits a posting into lines with their section and weight; offsets point into the input text. */
export function structurePosting(text: string): PostingStructure {
  const lines: PostingLine[] = [];
  let section: SectionKind = 'intro';
  let title = '';
  let company = '';
  let contentLines = 0;
  for (const m of text.matchAll(/[^\n\r]+/g)) {
    const raw = m[0];
    if (!raw.trim()) continue;
    const start = m.index!;
    const end = start + raw.length;
    const clean = normalizeText(raw).replace(/\s+/g, ' ').trim();
    contentLines++;
    const heading = headingKind(raw);
    if (contentLines === 1 && (!heading || heading === 'other') && wordCount(clean) <= 15 && !/[.!?]$/.test(clean)) {
      title = clean;
      lines.push({ start, end, section: 'title', heading: true, weight: 'mentioned' });
      continue;
    }
    if (contentLines === 2 && title && !company && wordCount(clean) <= 6 && (!heading || heading === 'other') && !/[.!?]$/.test(clean.replace(/\b(Inc|Ltd|Co|Corp|LLC|L\.P|S\.A)\.$/, '$1'))) {
      company = clean;
      lines.push({ start, end, section: 'title', heading: true, weight: 'boilerplate' });
      continue;
    }
    if (heading) {
      section = heading;
      lines.push({ start, end, section, heading: true, weight: section === 'benefits' || section === 'legal' ? 'boilerplate' : 'mentioned' });
      continue;
    }
    const kind = inlineKind(raw) ?? section;
    // "Agile at scale; SAFe is a plus": a cue weighs its own sentence, not the whole line.
    for (const clause of clausesOf(raw).flatMap(splitAtIdeally).flatMap(splitMixedCues)) {
      const from = start + clause.offset;
      lines.push({ start: from, end: from + clause.text.length, section: kind, heading: false, weight: weightOf(kind, clause.text) });
    }
  }
  if (!company) company = text.match(/\bAbout ([\p{Lu}][\p{L}&.-]*(?: [\p{Lu}][\p{L}&.-]*){0,2})\s*[\n\r:]/u)?.[1] ?? '';
  return { title, company, lines };
}
