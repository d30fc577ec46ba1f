// Lines of a posting or resume, with the line breaks that copying lost put back. Job-board exports and
// scraped datasets often keep a whole posting on one line: "…across all business unitsCreate and maintain
// the schedule…Requirements:Jira experience- PMP certification". Headings and list items hide inside such a
// line, so sections and requirement cues would never be seen. The text itself is never changed: lines are
// spans of it.

export interface LineSpan {
  start: number;
  end: number;
  /** Part of a line that had lost its breaks: a label may still hide at its end ("…efforts Preferred skills:"). */
  glued: boolean;
  /** Not the first part of its line: what a label at the line's start says still holds here. */
  continues: boolean;
}

/** Shorter lines are written as they were meant; a lost break shows only in a long run of text. */
const LONG_LINE = 200;

/** Names of sections that, glued to the next word, still show where a line ended. */
const SECTION_WORDS = ['Requirements', 'Qualifications', 'Responsibilities', 'Skills', 'Duties', 'Benefits', 'Description', 'Overview', 'Education'];

/**
 * Where a break was lost, each with an example. Every junction is one no writer types on purpose:
 * - "unitsCreate and maintain": a lowercase word glued to a capitalized one (names that start with a capital,
 *   JavaScript or SharePoint, and short prefixes, iPhone or macOS, stay whole);
 * - "What You Will Be DoingThe role…", "IndustryIf you are": any word glued to a word that opens sentences
 *   (a name such as LinkedIn ends in no such word followed by a space);
 * - "Include:Oversee", "Skills:Project Management": a label's colon with no space after it;
 * - "…to the team. Primary Responsibilities:": a short label after a sentence's end starts a line of its own;
 * - "team RequirementsPragmatic and personable", "Requirements3+ years": a section's name glued to the next word
 *   (SECTION_WORDS);
 * - "etc.Maintain", "office.What you need", "today!Applicants", "team)So": a sentence's end with no space;
 * - "experience- Strong communication", "Position- 3-5 years": a dash bullet glued to the previous item;
 * - "work with Us1. Casual dress": a numbered item glued to the previous line.
 */
const LOST_BREAK = new RegExp(
  [
    String.raw`(?<=(?<![\p{L}\p{N}])\p{Ll}{4,})(?=\p{Lu}\p{Ll}{3})`,
    String.raw`(?<=\p{Ll}{3})(?=(?:The|We|Our|You|Your|This|If|As|All|Are)\s)`,
    String.raw`(?<=\p{L}{3}:)(?=\p{Lu})`,
    String.raw`(?<=[.!?]\s+)(?=\p{Lu}[\p{L} &/-]{2,40}:)`,
    String.raw`(?<=(?<!\p{L})(?:${SECTION_WORDS.join('|')}))(?=\p{Lu}\p{Ll}|\d)`,
    String.raw`(?<=\S\s)(?=(?:${SECTION_WORDS.join('|')})\p{Lu}\p{Ll})`,
    String.raw`(?<=\p{Ll}{2}[.!?]|\p{Ll}\))(?=\p{Lu}\p{Ll})`,
    String.raw`(?<=[\p{L})])(?=-\s+[\p{Lu}\p{N}])`,
    String.raw`(?<=\p{L}{2})(?=\d{1,2}\.\s+\p{L})`,
  ].join('|'),
  'gu',
);

/** The text's lines (blank ones left out), long lines split where a break was lost. */
export function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  for (const m of text.matchAll(/[^\n\r]+/g)) {
    if (!m[0].trim()) continue;
    const start = m.index!;
    if (m[0].length < LONG_LINE) {
      spans.push({ start, end: start + m[0].length, glued: false, continues: false });
      continue;
    }
    const cuts = [...m[0].matchAll(LOST_BREAK)].map((cut) => cut.index!);
    let from = 0;
    let first = true;
    for (const to of [...cuts, m[0].length]) {
      if (to > from && m[0].slice(from, to).trim()) {
        spans.push({ start: start + from, end: start + to, glued: cuts.length > 0, continues: !first });
        first = false;
      }
      from = to;
    }
  }
  return spans;
}
