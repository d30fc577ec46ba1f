import { describe, expect, it } from 'vitest';
import {
  CLAUSE_CUES,
  COMPANY_CUES,
  companyCues,
  compileCues,
  HEADING_CUES,
  PAGE_FIELD,
  PAGE_FIELD_LABELS,
  PAGE_FIELD_LINE,
  PAGE_FIELD_LINE_LABELS,
  propertiesBracketed,
  type ClauseCueKind,
  type Cue,
} from '../../src/analyze/cues';
import { headingKind, isCompanyText, isRecruiterText, structurePosting, type LineWeight } from '../../src/analyze/sections';

// A cue expression with a Unicode property outside a character class gets no Latin-only twin, and compiling and
// running the full Unicode expression cost a fresh CLI process ~13 ms (one cue, session 45): write [\p{Lu}], not \p{Lu}.
it.each([...HEADING_CUES, ...CLAUSE_CUES, ...COMPANY_CUES].filter((c) => c.pattern && String(c.pattern).includes('\\p{')).map((c) => [String(c.pattern)]))(
  'the cue %s writes its Unicode properties inside character classes',
  (source) => expect(propertiesBracketed(source)).toBe(true),
);

const rows = <K extends string>(cues: Cue<K>[]) => cues.map((c) => [c.example, c.kind, c.phrase ?? String(c.pattern)] as const);

/** The weight the sectioner gives a list item (or, without its bullet, a paragraph) under a heading (or under none), at a phrase of it. */
const weightUnder = (heading: string | undefined, line: string, phrase = line, bullet = '- ') => {
  const text = ['Program Manager', 'Acme Corp', ...(heading ? [heading] : []), `${bullet}${line}`].join('\n');
  const at = text.lastIndexOf(phrase);
  return structurePosting(text).lines.find((l) => !l.heading && l.start <= at && at < l.end)?.weight;
};

describe('heading cues', () => {
  it.each(rows(HEADING_CUES))('%j heads a %s section (%s)', (example, kind) => expect(headingKind(example)).toBe(kind));
});

describe('clause cues', () => {
  const lastWord = (line: string) => line.split(' ').pop()!;
  // Preferred and boilerplate cues weigh a line anywhere; required cues speak where no heading does; an adverb
  // ahead of a phrase weighs that phrase, not the requirement before it; a requirement said outright keeps its
  // own part beside a preferred cue.
  const weighs: Record<ClauseCueKind, (line: string) => [LineWeight | undefined, LineWeight][]> = {
    preferred: (line) => [[weightUnder('What you will do', line), 'preferred']],
    'not-preferred': (line) => [[weightUnder('What you will do', line), 'mentioned']],
    required: (line) => [[weightUnder(undefined, line), 'required']],
    'not-required': (line) => [[weightUnder(undefined, line), 'mentioned']],
    'stated-required': (line) => [
      [weightUnder(undefined, line), 'required'],
      [weightUnder('What you will do', line), 'required'],
    ],
    boilerplate: (line) => [[weightUnder('Requirements', line), 'boilerplate']],
    // As a paragraph under the heading it describes the role; as a list item it is one of the requirements.
    'describes-role': (line) => [
      [weightUnder('Requirements', line, line, ''), 'mentioned'],
      [weightUnder('Requirements', line), 'required'],
    ],
    // Outside the lists, a sentence that pictures the candidate is the posting's prose; a list item still asks.
    'describes-candidate': (line) => [
      [weightUnder(undefined, line, line, ''), 'mentioned'],
      [weightUnder(undefined, line), 'required'],
    ],
    'preferred-ahead': (line) => [
      [weightUnder('Requirements', line), 'required'],
      [weightUnder('Requirements', line, lastWord(line)), 'preferred'],
    ],
    'explicit-required': (line) => [
      [weightUnder(undefined, line), 'required'],
      [weightUnder(undefined, line, lastWord(line)), 'preferred'],
    ],
  };
  it.each(rows(CLAUSE_CUES))('%j weighs as a %s cue (%s)', (example, kind) => {
    for (const [actual, expected] of weighs[kind](example)) expect(actual).toBe(expected);
  });
  // Pay is an amount of dollars; the size of a budget or a project ("$500K+", "millions") is the role's own matter.
  it.each([
    ['Compensation: $130K - $160K', 'boilerplate'],
    ['$34.00 to $38.00 per hour', 'boilerplate'],
    ['Experience running programs with budgets of $500K+', 'required'],
    ['Own budgets for projects ranging from $300K to several million dollars', 'required'],
    ['Manages projects with budgets of $500K to $3M and teams of 8-25', 'required'],
    ['Base pay $150K to $180K, plus bonus', 'boilerplate'],
    // A table's row whose last cell marks it; not a word that ends a sentence.
    ['| SAFe | 3 | Nice to have |', 'preferred'],
    ['Confluence\tOptional', 'preferred'],
    ['Experience with Jira and a travel plan that is optional', 'required'],
    ['Kanban experience is a distinct advantage', 'preferred'],
  ])('%j weighs %s among requirements', (line, weight) => expect(weightUnder('Requirements', line)).toBe(weight));
  // Outside the lists: "required" that asks nothing leaves another cue of the sentence its say; "require" asks only
  // where it opens the item, not where something else requires a thing.
  it.each([
    ['Must be able to travel to client sites as required', 'required'],
    ['Coordinate training sessions, including scheduling participants and the required resources', 'mentioned'],
    ['Requires 5+ years of delivery in payments', 'required'],
    ['Our hybrid schedule requires everyone in the office on Tuesdays to plan sprints', 'mentioned'],
  ])('%j weighs %s under no heading', (line, weight) => expect(weightUnder(undefined, line, line, '')).toBe(weight));
});

describe('company cues', () => {
  // A company or culture cue makes a line the employer's; a role cue in it keeps it the role's.
  const ownRows = rows(COMPANY_CUES.filter((c) => c.kind !== 'recruiter' && c.kind !== 'role-opening'));
  it.each(ownRows)('%j: a %s cue (%s)', (example, kind) => expect(isCompanyText(example, 'Acme')).toBe(kind !== 'role'));
  // Under "About the team", the sentence that introduces the role by its name starts the role's own text: the
  // employer's sentence before it stays the employer's, the lines after it are the role's to the next heading.
  it.each(rows(COMPANY_CUES.filter((c) => c.kind === 'role-opening')))('%j opens the role under "About the team" (%s %s)', (example) => {
    const text = `Program Manager\nAcme Corp\n\nAbout the team\n${example}\nYou will run the weekly risk review.`;
    const sectionAt = (offset: number) => structurePosting(text).lines.find((l) => l.start <= offset && offset < l.end)?.section;
    expect(sectionAt(text.indexOf(example))).toBe('about');
    expect(sectionAt(text.lastIndexOf('you will'))).toBe('intro');
    expect(sectionAt(text.indexOf('You will run'))).toBe('intro');
  });
  it.each([
    'As a leading provider of software to engineers, we grow fast.',
    'As a leader in payments, we hire engineers.',
    'If you are looking for a team lead role, this is the place for you.',
    'We partner with clients such as a program director at a bank.',
  ])('%j introduces no role', (line) => expect(companyCues.has(line, 'role-opening')).toBe(false));

  /** The section and weight of a line standing among the role's requirements. */
  const amongRequirements = (line: string) => {
    const text = `Program Manager\nAcme Corp\n\nRequirements\n- Jira\n${line}`;
    const at = text.lastIndexOf(line);
    return structurePosting(text).lines.find((l) => l.start <= at && at < l.end);
  };
  // Its standing and history are the employer's even among the role's sections.
  it.each(rows(COMPANY_CUES.filter((c) => c.kind === 'anywhere')))('%j is the employer anywhere (%s %s)', (example) =>
    expect(amongRequirements(example)?.section).toBe('about'),
  );
  // Its mission, values and culture count nowhere, even among the role's sections; a sentence that speaks of the
  // role or asks something of the candidate stays the role's.
  it.each(rows(COMPANY_CUES.filter((c) => c.kind === 'culture' && c.example.endsWith('.'))))("%j is the employer's culture anywhere (%s %s)", (example) =>
    expect(amongRequirements(example)).toMatchObject({ section: 'about', weight: 'boilerplate' }),
  );
  // Its awards and the pedigree of its people count nowhere either, not even the industries they name.
  it.each(rows(COMPANY_CUES.filter((c) => c.kind === 'standing')))('%j is the standing of the employer anywhere (%s %s)', (example) =>
    expect(amongRequirements(example)).toMatchObject({ section: 'about', weight: 'boilerplate' }),
  );
  it.each([
    ['You will carry our mission to every customer.', 'required'],
    ['We value experience with Jira and Confluence.', 'required'],
  ])("%j stays the role's", (line, weight) => expect(amongRequirements(line)?.weight).toBe(weight));
  // A staffing firm's pitch counts nowhere, not even the industries it lists.
  it.each(rows(COMPANY_CUES.filter((c) => c.kind === 'recruiter')))('%j is a recruiter selling its service (%s %s)', (example) => {
    expect(isRecruiterText(example)).toBe(true);
    expect(amongRequirements(example)?.weight).toBe('boilerplate');
  });
});

describe('cue phrases', () => {
  const cues = compileCues<'x'>([
    { kind: 'x', phrase: 'what you will? need', example: '' },
    { kind: 'x', phrase: 'nice to have*', example: '' },
    { kind: 'x', phrase: 'at least #', example: '' },
    { kind: 'x', phrase: 'responsibilit*', example: '' },
    { kind: 'x', phrase: 'a|the leading', example: '' },
    { kind: 'x', phrase: '^you will', example: '' },
    { kind: 'x', phrase: 'knowledge$', example: '' },
    { kind: 'x', phrase: 'über uns', example: '' },
  ]);
  it.each([
    ["What you'll need", true],
    ['What You’ll Need', true],
    ['what you will need', true],
    ['What you need', true],
    ['Nice-to-haves', true],
    ['NICE TO HAVE', true],
    ['at least 5+ years', true],
    ['Key Responsibilities', true],
    ['The leading bank', true],
    ['You will:', true],
    ['Technical knowledge', true],
    ['What you needed', false],
    ['nice to', false],
    ['at least three', false],
    ['irresponsible', false],
    ['misleading', false],
    ['Then you will', false],
    ['Knowledge of SQL', false],
    // Letters of any script end or continue a word as Latin ones do (each stands as one letter the phrases never spell).
    ['ÜBER UNS', true],
    ['Über unsere Werte', false],
    ['The leading 😀 bank', true],
    ['The leadingβ bank', false],
    ['The leading𝐀', false],
    ['The leading㐀', false],
    ['The leading-ж', false],
    ['Responsibilitiesжж:', true],
    ['жthe leading bank', false],
  ])('%j matches: %s', (text, matches) => expect(cues.has(text, 'x')).toBe(matches));

  it('gives offsets into the text as written', () => {
    expect(cues.find('Our leading bank', 'x')).toBeUndefined();
    expect(cues.find('It is the leading bank', 'x')).toEqual({ start: 6, end: 17 });
    expect(cues.find('𝐀ж the leading bank', 'x')).toEqual({ start: 4, end: 15 });
    expect(cues.find('Responsibilitiesжж𝐀 now', 'x')).toEqual({ start: 0, end: 20 });
  });

  it('refuses a phrase that spells a letter beyond the Latin alphabets, naming it', () => {
    expect(() => compileCues([{ kind: 'x', phrase: 'о нас', example: '' }])).toThrow('"о" is outside the letters a phrase may spell');
  });
});

describe('page fields', () => {
  it.each(PAGE_FIELD_LABELS.map((f) => [f.example]))('%j is a field the board files the posting under', (line) => {
    expect(PAGE_FIELD.test(line)).toBe(true);
    const text = `Program Manager\nAcme Corp\n\nRequirements\n- Jira\n${line}`;
    const at = text.lastIndexOf(line);
    expect(structurePosting(text).lines.find((l) => l.start <= at && at < l.end)?.section).toBe('about');
  });

  it.each(['Requirements: Jira and Confluence', 'Nice to have: Scrum', 'Category management experience', 'Locations of our offices'])(
    '%j is not a page field',
    (line) => expect(PAGE_FIELD.test(line)).toBe(false),
  );

  it.each<[string, boolean]>([
    ...PAGE_FIELD_LINE_LABELS.map((label): [string, boolean] => [label, true]),
    ['Industries:', true],
    ['Job Function', true],
    // a label with its value, a heading of the posting's own, a label that may head a paragraph
    ['Industry: Banking', false],
    ['Requirements', false],
    ['Team', false],
    ['Location of the role and travel', false],
  ])('%j alone on its line is a field label: %s', (line, label) => {
    expect(PAGE_FIELD_LINE.test(line)).toBe(label);
  });
});
