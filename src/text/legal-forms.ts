// The legal forms that end a registered company's name ("Acme, Inc.", "Acme GmbH", "Acme Canada Co.", "Acme Sp.
// z o.o."): one list for the extractor, which tells a registered name from a brand, and for the analyzer, which
// looks for the name as the posting's own text writes it (without the form).

/** The forms, in lowercase, as written after the name (a dot after each is optional). */
const FORMS = [
  'inc',
  'incorporated',
  'llc',
  'l\\.l\\.c',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'co',
  'company',
  'gmbh',
  'ag',
  'se',
  'sa',
  's\\.a',
  'sas',
  'sarl',
  's\\.l',
  'plc',
  'b\\.?v',
  'n\\.?v',
  'oy',
  'ab',
  'pty ltd',
  'pvt ltd',
  'lp',
  'llp',
  'pl',
  'sp\\. z o\\.o',
  'kk',
  'k\\.k',
].join('|');

const AT_END = new RegExp(`(^|[\\s,])(${FORMS})\\.?$`, 'i');
const WITH_SEPARATOR_AT_END = new RegExp(`[\\s,]+(${FORMS})\\.?$`, 'i');

/** Whether a name ends with a legal form. */
export const endsWithLegalForm = (name: string) => AT_END.test(name);

/** The name without the legal form it ends with, and the comma before it: "Acme, Inc." is "Acme". */
export const withoutLegalForm = (name: string) => name.replace(WITH_SEPARATOR_AT_END, '').trim();
