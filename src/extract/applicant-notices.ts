// What a job board prints under every posting it shows to warn applicants ("Be careful: don't provide your bank or
// credit card details when applying for jobs."): the board's words, not the employer's, kept by a page reader because
// they sit in the posting's box. A line is one when it holds a CAUTION word and a MONEY word (each the whole word,
// compared without case); the page reader drops such lines from the end of a posting only (page-frame.ts), so a
// posting's own "experience with payment fraud" in its middle is never touched.

export interface NoticeWord {
  word: string;
  /** A board line that holds it (documentation, not matched). */
  example: string;
}

/** Words that warn the reader. */
export const CAUTION_WORDS: readonly NoticeWord[] = [
  { word: 'careful', example: 'SEEK: "Be careful: don\'t provide your bank or credit card details when applying for jobs."' },
  { word: 'beware', example: '"Beware of recruitment scams: no employer asks you to pay a fee."' },
  { word: 'never', example: '"Never pay to apply: legitimate employers never ask for money."' },
  { word: 'scam', example: '"Report a scam: if an employer asks for payment, tell us."' },
  { word: 'scams', example: '"Protect yourself from job scams: keep your bank details private."' },
  { word: 'fraudulent', example: '"Fraudulent recruiters may ask for your passport or card details."' },
  { word: 'phishing', example: '"Phishing alert: we never ask for your bank account."' },
];

/** Words for what a scam asks an applicant for: money, bank or card details, identity papers. */
export const MONEY_WORDS: readonly NoticeWord[] = [
  { word: 'bank', example: 'SEEK: "bank or credit card details"' },
  { word: 'card', example: '"your card details"' },
  { word: 'money', example: '"never ask for money"' },
  { word: 'payment', example: '"if an employer asks for payment"' },
  { word: 'pay', example: '"Never pay to apply"' },
  { word: 'fee', example: '"asks you to pay a fee"' },
  { word: 'fees', example: '"training or visa fees"' },
  { word: 'passport', example: '"your passport or card details"' },
];

/** A board's notice is a sentence or two, never a paragraph of the posting. */
const MAX_WORDS = 45;
const caution = new Set(CAUTION_WORDS.map((w) => w.word));
const money = new Set(MONEY_WORDS.map((w) => w.word));

/** Whether a line is a board's warning to applicants: a short line with a CAUTION and a MONEY word. */
export function isApplicantNotice(line: string): boolean {
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length <= MAX_WORDS && words.some((w) => caution.has(w)) && words.some((w) => money.has(w));
}
