// British and American spellings of one word meet (and a few words written short meet the word: SHORT_FORMS):
// "organised" = "organized", "programme" = "program",
// "user-centred" = "user-centered", "modelling" = "modeling". About one English posting in eight spells the
// British way, and the taxonomy is written in American spelling. Data, not logic: each rule names its words.

/** Whole words spelled differently (with their plural or verb forms). Example: "programmes" -> "programs". */
const WORDS = new Map<string, string>(
  Object.entries({
    programme: 'program',
    programmes: 'programs',
    catalogue: 'catalog',
    catalogues: 'catalogs',
    analogue: 'analog',
    licence: 'license',
    licences: 'licenses',
    defence: 'defense',
    offence: 'offense',
    practise: 'practice',
    practised: 'practiced',
    practising: 'practicing',
    judgement: 'judgment',
    judgements: 'judgments',
    acknowledgement: 'acknowledgment',
    ageing: 'aging',
    enquiry: 'inquiry',
    enquiries: 'inquiries',
    sceptical: 'skeptical',
    grey: 'gray',
    aluminium: 'aluminum',
    fulfil: 'fulfill',
    fulfilment: 'fulfillment',
    enrol: 'enroll',
    enrolment: 'enrollment',
    instalment: 'installment',
    skilful: 'skillful',
    learnt: 'learned',
    centre: 'center',
    centres: 'centers',
    centred: 'centered',
    fibre: 'fiber',
    theatre: 'theater',
    litre: 'liter',
    metre: 'meter',
    metres: 'meters',
  }),
);

/** Roots spelled "-our" in British English, in any derived form. Example: "behavioural" -> "behavioral". */
const OUR_ROOTS = [
  'behaviour',
  'colour',
  'favour',
  'honour',
  'labour',
  'neighbour',
  'rumour',
  'humour',
  'endeavour',
  'harbour',
  'flavour',
  'vigour',
  'rigour',
  'armour',
  'savour',
  'saviour',
  'odour',
  'candour',
  'tumour',
  'vapour',
];

/** Verbs that double their final l in British English. Example: "modelling" -> "modeling", "labelled" -> "labeled". */
const DOUBLED_L_ROOTS = [
  'model',
  'travel',
  'label',
  'cancel',
  'counsel',
  'level',
  'signal',
  'channel',
  'fuel',
  'tunnel',
  'total',
  'dial',
  'marshal',
  'funnel',
  'shovel',
  'jewel',
  'marvel',
  'pencil',
  'rival',
  'equal',
];

/**
 * Words that end in "-ise" in every spelling, so "-ise" -> "-ize" must leave them alone.
 * Example: "supervised", "expertise", "enterprises" stay as they are.
 */
const ISE_WORDS = new Set([
  'advertise',
  'advise',
  'apprise',
  'arise',
  'chastise',
  'circumcise',
  'comprise',
  'compromise',
  'concise',
  'demise',
  'despise',
  'devise',
  'disguise',
  'enterprise',
  'excise',
  'exercise',
  'expertise',
  'franchise',
  'improvise',
  'incise',
  'merchandise',
  'otherwise',
  'likewise',
  'clockwise',
  'paradise',
  'precise',
  'premise',
  'promise',
  'raise',
  'praise',
  'appraise',
  'revise',
  'rise',
  'sunrise',
  'supervise',
  'surmise',
  'surprise',
  'televise',
  'treatise',
  'wise',
  'noise',
  'poise',
  'cruise',
  'bruise',
  'reprise',
  'valise',
  'liaise',
  'guise',
  'mortise',
  'porpoise',
  'tortoise',
  'concise',
  'upraise',
]);

/** "-ise" verbs and their family: organise, organised, organising, organiser(s), organisation(s), organisational. */
const ISE_ENDINGS = 'is(e|es|ed|ing|er|ers|ation|ations|ational|ationally)$';
/** analyse, paralyse, catalyse and their forms. */
const YSE_ENDINGS = 'ys(e|ed|ing|er|ers)$';
/**
 * An ASCII word's letters are [A-Za-z]: the \p{L} forms (costly to compile in a fresh process) are built only
 * for a word with other characters.
 */
const ASCII_ISE_FAMILY = new RegExp(`^([A-Za-z]{3,})${ISE_ENDINGS}`);
const ASCII_YSE_FAMILY = new RegExp(`^([A-Za-z]{3,})${YSE_ENDINGS}`);
let iseFamily: RegExp | undefined;
let yseFamily: RegExp | undefined;
const NOT_ASCII = /[^\0-\u007F]/;
const familyOf = (word: string, family: 'ise' | 'yse'): RegExp => {
  if (!NOT_ASCII.test(word)) return family === 'ise' ? ASCII_ISE_FAMILY : ASCII_YSE_FAMILY;
  if (family === 'ise') return (iseFamily ??= new RegExp(`^(\\p{L}{3,})${ISE_ENDINGS}`, 'u'));
  return (yseFamily ??= new RegExp(`^(\\p{L}{3,})${YSE_ENDINGS}`, 'u'));
};
const OUR = new RegExp(`^(.*?)(${OUR_ROOTS.join('|')})(.*)$`);
const DOUBLED_L = new RegExp(`^(${DOUBLED_L_ROOTS.join('|')})l(ing|ed|er|ers)$`);

/**
 * Whole words written short, as terse postings and resumes write them: "release mgmt", "Project Mgmt". Only
 * abbreviations that stand for one word whatever the context ("exp." may be experience or expert: not here).
 */
const SHORT_FORMS = new Map<string, string>(Object.entries({ mgmt: 'management', mgt: 'management' }));

/** One lowercase word as the taxonomy spells it: written out in full, in American spelling. */
export const standardSpelling = (word: string): string => SHORT_FORMS.get(word) ?? americanSpelling(word);

/** The American spelling of one lowercase word; any other word comes back unchanged. */
export function americanSpelling(word: string): string {
  const whole = WORDS.get(word);
  if (whole) return whole;
  // Cheap substring checks first: this runs on every word of every text.
  const ise = word.includes('is') && word.match(familyOf(word, 'ise'));
  if (ise && !ISE_WORDS.has(`${ise[1]}ise`)) return `${ise[1]}iz${ise[2]}`;
  const yse = word.includes('ys') && word.match(familyOf(word, 'yse'));
  if (yse) return `${yse[1]}yz${yse[2]}`;
  const our = word.includes('our') && word.match(OUR);
  if (our) return `${our[1]}${our[2].slice(0, -2)}r${our[3]}`;
  const doubled = word.includes('ll') && word.match(DOUBLED_L);
  if (doubled) return `${doubled[1]}${doubled[2]}`;
  return word;
}
