// The cue words by which other-keywords-named.ts tells a named requirement that the taxonomy lacks: a law, a
// standard, a certification or licence, a tool. Documented data, each list with what it finds and example
// lines; words are compared lowercased. The mechanism reads names by their form (capitalized words, acronyms,
// identifiers) around these cues, so no law, certificate or product is listed here by name.

/** The kinds of named requirement, as `otherKeywords[].kind` reports them. */
export const NAMED_KINDS = ['regulation', 'standard', 'certification', 'tool'] as const;
export type NamedKind = (typeof NAMED_KINDS)[number];
/** What each kind is called for a reader (the popup, the CLI's report). */
export const NAMED_KIND_LABELS: Record<NamedKind, string> = {
  regulation: 'law or regulation',
  standard: 'standard',
  certification: 'certification or licence',
  tool: 'tool',
};

export interface HeadNouns {
  kind: NamedKind;
  why: string;
  /** Lines of postings that the heads find a name in (the name first, then the line). */
  examples: string[];
  words: string[];
  /**
   * How many capitalized words a Title-case name needs before the head: "Privacy Act" is a law, "Clean Code" and
   * "Industry Standard" are not names of one.
   */
  minNameWords: number;
}

/**
 * Nouns that end the name of a requirement ("Endangered Species Act") or, lowercase, follow the names they
 * apply to ("Fall Protection and Confined Space certificates", "HSE regulations").
 */
export const HEAD_NOUNS: HeadNouns[] = [
  {
    kind: 'regulation',
    why: 'a law or a rule that binds the work',
    examples: [
      'Endangered Species Act: "Assist with Endangered Species Act consultations"',
      'General Data Protection Regulation: "Apply the General Data Protection Regulation to client data"',
      'Machinery Directive: "CE marking under the Machinery Directive"',
      'HSE regulations: "in compliance with HSE regulations and company policies"',
    ],
    words: ['act', 'acts', 'regulation', 'regulations', 'directive', 'directives', 'law', 'laws', 'ordinance', 'statute'],
    minNameWords: 1,
  },
  {
    kind: 'standard',
    why: 'a code or standard that work must meet',
    examples: [
      'National Electrical Code: "Knowledge of the National Electrical Code"',
      'Payment Card Industry Data Security Standard: "audits against the Payment Card Industry Data Security Standard"',
      'labour codes: "Applicable local and provincial labour codes"',
      'BSI standards: "compliance with BSI standards"',
    ],
    words: ['code', 'codes', 'standard', 'standards'],
    minNameWords: 2,
  },
  {
    kind: 'certification',
    why: 'a certificate, licence or ticket a person holds',
    examples: [
      'Trade Certification: "Superintendent with a Trade Certification"',
      'Fall Protection, Confined Space: "Fall Protection and Confined Space certificates"',
      'CTS Certification: "CTS Certification."',
      'drivers\' license: "Valid class 5 drivers\' license"',
    ],
    words: [
      'certification',
      'certifications',
      'certificate',
      'certificates',
      'certified',
      'license',
      'licenses',
      'licence',
      'licences',
      'licensed',
      'licensure',
      'ticket',
      'tickets',
    ],
    minNameWords: 1,
  },
];

/**
 * Lowercase fields of rules that make a kind of regulation or standard with a head noun after them: "HSE
 * regulations", "labour codes", "building codes", "health and safety regulations". An acronym needs no list
 * ("FDA regulations", "NERC CIP standards"); a lowercase word does, since "company standards", "quality
 * standards" and "applicable regulations" name no rule.
 */
export const REGULATED_FIELDS = {
  examples: ['labour codes: "Applicable local and provincial labour codes"', 'building codes: "Working knowledge of local building codes"'],
  phrases: [
    'labour',
    'labor',
    'employment',
    'building',
    'fire',
    'electrical',
    'plumbing',
    'environmental',
    'safety',
    'health and safety',
    'occupational health and safety',
    'privacy',
    'data protection',
    'export control',
    'export',
    'accessibility',
    'tax',
    'aviation',
    'maritime',
    'food safety',
    'anti-money laundering',
  ],
};

/**
 * Lowercase kinds of licence or certificate named without a capital: "a valid class 5 driver's license", "first
 * aid certificate", "forklift ticket". A "class N" before them belongs to the name.
 */
export const LICENCE_KINDS = {
  examples: ['class 5 drivers\' license: "Valid class 5 drivers\' license"', 'first aid certificate: "Current first aid certificate"'],
  /** Compared without apostrophes: "driver's", "drivers'" and "drivers" are one word. */
  phrases: ['driver', 'drivers', 'driving', 'forklift', 'first aid', 'cpr', 'pilot', 'pilots', 'trade'],
};

/**
 * Words of NOT_NAME_WORDS that open the names of laws: "Clean Water Act", "New York Labor Law", "Low Voltage Directive",
 * "Internal Revenue Code", "General Product Safety Regulation". Part of a law's name only where a name word follows
 * them ("Company Regulations" and "Relevant Federal Regulations" name no law).
 */
export const LAW_NAME_OPENERS = new Set(['clean', 'new', 'low', 'internal', 'general', 'basic', 'open']);

/**
 * Capitalized words that are no name before a head noun: "Industry Standard tools", "a Professional Certification",
 * "Relevant Certifications", "Valid Driver's License" (the licence is found by LICENCE_KINDS, without "Valid").
 */
export const NOT_NAME_WORDS = new Set(
  `industry professional relevant valid current active applicable required preferred technical related recognized recognised
  formal advanced equivalent appropriate similar additional further other any all some one two several various relevant desired
  desirable nice bonus plus good strong solid proven project company client customer internal external general basic minimum
  source clean low no open pseudo production our their your this that these those each every new`.split(/\s+/),
);

/**
 * Bodies whose standards are written as an identifier, the body then a number: "ISO 45001", "ISO/IEC 27001",
 * "IEC 62443", "NIST 800-53", "EN 50128", "DO-178C". Written as here (capitals); the number has three digits or
 * more, so "AS 9100" is a standard and "as 20 years" is not read at all.
 */
export const STANDARD_BODIES = new Set([
  'ISO',
  'IEC',
  'EN',
  'DIN',
  'NIST',
  'ANSI',
  'IEEE',
  'ASME',
  'BS',
  'IPC',
  'SAE',
  'AS',
  'MIL',
  'DO',
  'IATF',
  'ASTM',
  'CSA',
  'UL',
  'NFPA',
  'FIPS',
  'ARP',
]);

/**
 * Words after a head noun that open a list of its names: "certifications such as CITPM, COMIT or PMI",
 * "security standards (e.g. ISO 27001, ANSSI)". A colon or an opening parenthesis does too.
 */
export const LIST_OPENERS: readonly (readonly string[])[] = [['such', 'as'], ['e.g'], ['eg'], ['including'], ['like'], ['i.e'], ['ie']];

/** Prepositions after a head noun that lead to its name: "certification in Fall Protection", "licensed as a Professional Engineer". */
export const NAME_AFTER = new Set(['in', 'as']);

/** Small words that may stand inside a name: "Freedom of Information Act", "Leadership for Safety Excellence". */
export const NAME_JOINERS = new Set(['of', 'for', 'and', '&']);

/** Words that close a list without naming anything: "(ISO 27001, ANSSI, etc.)". */
export const LIST_CLOSERS = new Set(['etc', 'others', 'other', 'similar', 'equivalent', 'more', 'alike', 'comparable']);

/**
 * Nouns that end the name of an organization written with its acronym: "National Marine Fisheries Service (NMFS)",
 * "Office of Protected Resources (OPR)", "Federal Aviation Administration (FAA)". Such a name and its acronym name
 * the employer's world, not a skill: their words leave the frequent phrases ("Fisheries", "OPR").
 */
export const ORGANIZATION_HEADS = {
  examples: ['National Marine Fisheries Service (NMFS)', 'Office of Protected Resources (OPR)'],
  words: `service services office administration agency division department bureau ministry council commission authority institute
    center centre directorate board`.split(/\s+/),
};

/**
 * Words that are titles or units of an organization, never a skill on their own: the old phrase count reported
 * "Director", "Deputy", "Division", "Manager" for a posting that names its reporting line.
 */
export const TITLE_AND_UNIT_WORDS = {
  examples: ['Director: "reports to the Deputy Director of the Division"', 'Associate: "The Associate Project Manager will lead"'],
  words: `director directors deputy associate associates assistant chief president vice vp manager managers supervisor supervisors
    superintendent superintendents officer officers coordinator head division divisions department departments branch branches
    section bureau agency ministry intern interns`.split(/\s+/),
};
