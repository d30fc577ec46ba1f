import { describe, expect, it } from 'vitest';
import { LINE_TWINS, lineSpans, lostBreakCuts } from '../../src/text/lines';
import { BUNDLED_KEYWORD_FILES } from '../../src/taxonomy/bundled';
import type { Concept } from '../../src/taxonomy/schema';
import { surfacesOf } from '../../src/taxonomy/taxonomy';
import { BEYOND_LATIN } from '../../src/text/normalize';

const pad = (s: string) => `${s} ${'Plain words that fill the line out to the length of a whole posting copied without breaks. '.repeat(3)}`;
const pieces = (text: string) => lineSpans(text).map((s) => text.slice(s.start, s.end).trim());

describe('lineSpans', () => {
  it('keeps ordinary lines as they are and leaves out blank ones', () => {
    const text = 'Senior TPM\n\nRequirements:\n- Jira and Confluence\r\n';
    expect(pieces(text)).toEqual(['Senior TPM', 'Requirements:', '- Jira and Confluence']);
    expect(lineSpans(text).every((s) => !s.glued && !s.continues)).toBe(true);
  });

  it('never splits a short line, however it is glued', () => {
    expect(pieces('Track the plansCreate reports')).toEqual(['Track the plansCreate reports']);
  });

  it.each([
    ['a lowercase word glued to a capitalized one', 'keep the budget across all unitsCreate and maintain the plan', 'Create and maintain the plan'],
    ['a word glued to a sentence opener', 'What You Will Be DoingThe program manager leads releases', 'The program manager leads releases'],
    ['a label with no space after its colon', 'Duties Include:Oversee vendor contracts', 'Oversee vendor contracts'],
    ['a short label after a sentence end', 'We ship weekly. Primary Responsibilities: plan the work', 'Primary Responsibilities: plan the work'],
    ['a sentence end with no space', 'status reports, etc.Maintain the schedule', 'Maintain the schedule'],
    ['a dash bullet glued to the item before', 'Agile experience- Strong written communication', '- Strong written communication'],
    ['a numbered item glued to the line before', 'Reasons to join us1. Remote work', '1. Remote work'],
    ['a section name glued to the next word', 'an offshore team RequirementsPragmatic planner', 'Pragmatic planner'],
    ['a section name glued to a number', 'the release train Requirements3+ years in delivery', '3+ years in delivery'],
    ['a capitalized word glued to the next', 'IT Disaster RecoveryEffectively managed projects', 'Effectively managed projects'],
    ['a list item glued to the next', 'Consulting or Similar EnvironmentsVendor/Supplier ManagementWeb Operations', 'Web Operations'],
    ['a word glued to an acronym', 'a deadline driven environmentPMP certification is a plus', 'PMP certification is a plus'],
    ['a word glued to a short capitalized word', 'communication skillsMin 5 years of delivery', 'Min 5 years of delivery'],
    ['a name glued to a label', 'Hands-on experience with JiraPreferred Qualifications: PMP', 'Preferred Qualifications: PMP'],
    ['an acronym glued to a label', 'Location: Gardena CADuration: 6 months', 'Duration: 6 months'],
    ['a heading after a sentence end, a space before its first line', 'We support our teams. Qualifications A minimum of 7 years', 'A minimum of 7 years'],
    [
      'a heading glued to the word before, a count after it',
      'conflict resolution skillsAdditional Qualifications 5+ years in delivery',
      '5+ years in delivery',
    ],
    [
      'a heading after a sentence end, a requirement after it',
      'for the team.Required Skills Excellent written communication',
      'Excellent written communication',
    ],
    ['a heading after a sentence end, a sentence after it', 'at the team level.Knowledge Have both formal and informal education', 'Have both formal'],
    ['a sentence end before a word in capitals', 'aspects of the role.PRINCIPAL DUTIES AND RESPONSIBILITIES', 'PRINCIPAL DUTIES'],
    ['a section name in capitals glued to a count', 'continuous learning.QUALIFICATIONS5 years of delivery', '5 years of delivery'],
    ['an item run on by a space', 'Experience with Jira and Confluence a plus Strong written and verbal communication', 'Strong written and verbal'],
    ['an item run on after a closing parenthesis', 'Kanban and Scrum (a plus) Experience developing training materials', 'Experience developing training'],
    [
      'an item that opens with a number of years',
      'Prefer a degree in computer science or a related field 2+ years of release management',
      '2+ years of release',
    ],
    ['an item run on after a share', 'Travel requirement is up to 10% Ability to manage multiple initiatives at once', 'Ability to manage'],
  ])('splits a long line at %s', (_, glued, part) => {
    const text = pad(glued);
    expect(pieces(text).some((piece) => piece.startsWith(part))).toBe(true);
    expect(pieces(text)[0]).not.toContain(part);
    const spans = lineSpans(text);
    expect(spans.every((s) => s.glued)).toBe(true);
    expect(spans.slice(1).every((s) => s.continues)).toBe(true);
  });

  it.each([
    ['names that start with a capital', 'We use JavaScript, SharePoint, ServiceNow and LinkedIn daily'],
    ['short lowercase prefixes', 'Support iPhone and macOS users with eBay integrations'],
    ['known names and names with short parts', 'PointClickCare, CyberCoders, PowerBI, MongoDB, SuccessFactors and LinkedIN'],
    ['an acronym before a name with no colon', 'SQLServer and MSProject, IBMCloud'],
    ['abbreviations and versions', 'A B.S. or Ph.D. degree, e.g. in CS, and Node.js or ASP.NET'],
    ['a dash between spaced words', 'Agile - Scrum and Kanban, self-managed teams, well- organized'],
    ['a name the text says twice', 'the BrightMate collective achieves its targets; BrightMate North America leads'],
    ['a name before a business word', 'Recruiting at HelperPro Services for a delivery lead'],
    ['a section name that starts a name of a thing', 'We ship weekly. Requirements Management and Knowledge Base upkeep. Education Technology firms'],
    ['a section name before a lowercase word', 'We ship weekly. Responsibilities include planning. Skills such as Jira'],
    ['a section name before a year or a version', 'We ship weekly. Benefits 2024 and Skills 2.0 programs'],
    ['short capitals after a dot', 'Node.JS, Vue.JS and Socket.IO with ASP.NET'],
    [
      'a sentence that names the role before a colon',
      'We ship weekly. This is a servant-leadership role: you guide; It’s a hybrid role: two days in the office',
    ],
    [
      'a requirement word inside a name or after a word that goes on',
      'our Customer Experience team and an Experience Delivery Network; you must have Strong skills',
    ],
    [
      'a number of years that a word weighs or bounds',
      'a degree in computer science, ideally 5+ years of delivery, at least 7+ years in all or more than 10+ years in the field',
    ],
  ])('does not split %s', (_, words) => {
    expect(pieces(pad(words))).toHaveLength(1);
  });

  it.each([
    ['We support our teams. Qualifications A minimum of 7 years', 'Qualifications'],
    ['conflict resolution skillsAdditional Qualifications 5+ years in delivery', 'Additional Qualifications'],
    ['for the team.Required Skills Excellent written communication', 'Required Skills'],
    ['sponsor visas at this time.Job Description The program lead plans releases', 'Job Description'],
  ])('makes the heading in %j a line of its own', (glued, heading) => {
    expect(pieces(pad(glued))).toContain(heading);
  });

  it('cuts no surface of the taxonomy where a heading or an item would run on, whatever precedes it', () => {
    const titled = (surface: string) => surface.replace(/(^|[\s/(-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
    const cut: string[] = [];
    for (const file of BUNDLED_KEYWORD_FILES)
      for (const concept of file.data as Concept[])
        for (const { text } of surfacesOf(concept))
          for (const surface of new Set([text, titled(text)])) {
            // "Anlagen- Und Maschinenbau": a dash before a capital is a bullet glued to the item before (its own row above).
            if (/-\s/.test(surface)) continue;
            for (const before of ['We ship weekly. ', 'We ship weekly. Required ', 'with our skills ']) {
              const line = pad(`${before}${surface} is key`);
              const [from, to] = [before.length, before.length + surface.length];
              if (lineSpans(line).some((s) => s.start > from && s.start < to)) cut.push(`${concept.id}: ${before}${surface}`);
            }
          }
    expect(cut).toEqual([]);
  });
});

describe('lines: Latin-only expressions beside the exact Unicode ones', () => {
  // Text with no letter beyond Latin is split and joined with plain-range twins (latinTwins in normalize.ts).
  it.each([
    'unitsCreate and maintain; What You Will Be DoingThe role; IndustryIf you are',
    'Include:Oversee Skills:Project Management. Primary Responsibilities: plan',
    'team RequirementsPragmatic and personable, Requirements3+ years, etc.Maintain',
    'office.What you need today!Applicants team)So experience- Strong Position- 3-5 years',
    'work with Us1. Casual dress; JavaScript SharePoint iPhone macOS LinkedIn',
    'with JiraPreferred Qualifications: PMP; ManagerWe; environmentPMP; RecoveryEffectively; Gardena CADuration: 6 months',
    'our teams. Qualifications A minimum; skillsAdditional Qualifications 5+ years; level.Knowledge Have; Skills 3-5 years',
    'team a plus Strong written; analyst) Experience developing; Customer Experience team; field 2+ years of; to 10% Ability to',
    'the role.PRINCIPAL DUTIES; learning.QUALIFICATIONS5 years; Node.JS',
    'Über naïveÉquipe ĸraŁódź ǅemal Ørsted ½ ² (PMP), 2020',
    'Power',
    'BI dashboards',
    'DevOps',
    'AWS',
  ])('finds the same matches with both forms in %j', (text) => {
    expect(BEYOND_LATIN.test(text)).toBe(false);
    for (const [name, twins] of Object.entries(LINE_TWINS)) {
      const run = (re: RegExp) => (re.global ? [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`) : text.match(re)?.[0]);
      expect(run(twins.latin), name).toEqual(run(twins.exact()));
    }
  });

  // Negative rows: a lost break between letters beyond Latin is found only by the exact expressions.
  it.each([
    ['проектыУправление и задачи '.repeat(10), true],
    ['managementProgram and delivery '.repeat(10), false],
  ])('splits %j where a break was lost, beyond Latin too', (text, beyond) => {
    expect(BEYOND_LATIN.test(text)).toBe(beyond);
    expect(lineSpans(text).length).toBeGreaterThan(1);
  });
});

describe('lostBreakCuts', () => {
  // Made of the pieces the junctions read: words that open sentences, labels and sections, punctuation, digits, dashes,
  // letters beyond ASCII and beyond the Basic Multilingual Plane (an uppercase 𝐀 is two units).
  const parts = [
    'The',
    'We',
    'This is a role:',
    'It’s',
    'Requirements',
    'SKILLS',
    'Preferred',
    'Skills:',
    'team',
    'units',
    'PMP',
    'CA',
    'etc.',
    ' ',
    '  ',
    '. ',
    '! ',
    ':',
    ')',
    '-',
    '- ',
    '3',
    '12. ',
    'a',
    'É',
    'é',
    'Ωx',
    'проекты',
    'Управление',
    '𝐀',
    '𝐚',
    '\uDC00',
  ];
  let seed = 11;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  // The generator's high bits: its low bits repeat with a short period, which a count of parts may fall in step with.
  const pick = (n: number) => Math.floor((next() / 2147483648) * n);
  const texts = Array.from({ length: 400 }, () => Array.from({ length: 20 + pick(60) }, () => parts[pick(parts.length)]).join(''));
  // Where the expression matches, but for a sentence that opens as "This is …:" after a space (tested apart from it).
  const cleftAfterSpace = (text: string, at: number) => /\s$/.test(text.slice(0, at)) && /^(?:This|That|It)(?:\s+is|['’]s)\s/.test(text.slice(at));
  it('finds where the expression run over the whole line matches, with both forms', () => {
    for (const text of texts) {
      const latinOnly = !BEYOND_LATIN.test(text);
      const forms: [boolean, RegExp][] = [[true, LINE_TWINS.LOST_BREAK.exact()]];
      if (latinOnly) forms.push([false, LINE_TWINS.LOST_BREAK.latin]);
      for (const [exact, re] of forms)
        expect(lostBreakCuts(text, exact), text).toEqual([...text.matchAll(re)].map((m) => m.index!).filter((at) => !cleftAfterSpace(text, at)));
    }
    expect(texts.filter((text) => lostBreakCuts(text, true).length > 0).length).toBeGreaterThan(200);
  });
});
