import { describe, expect, it } from 'vitest';
import {
  BEYOND_LATIN,
  foldWord,
  hasCapital,
  hasLowercase,
  breakOfGap,
  gapMark,
  hasDigit,
  opensBracket,
  isAndOr,
  isCommaGap,
  isLettersInAnyCase,
  isSeparatorGap,
  isSpaceGap,
  isWhiteSpaceUnit,
  isWrapGap,
  LATIN_CLASSES,
  startsWithCapital,
  startsWithLowercase,
  normalizeTerm,
  normalizeText,
  stem,
  TOKENIZER_TWINS,
  tokenize,
  wordKey,
} from '../../src/text/normalize';

describe('stem', () => {
  it.each([
    ['stakeholders', 'stakeholder'],
    ['managed', 'manag'],
    ['managing', 'manag'],
    ['manage', 'manag'],
    ['planning', 'plan'],
    ['planned', 'plan'],
    ['dependencies', 'dependency'],
    ['processes', 'process'],
    ['string', 'string'],
    ['status', 'status'],
    ['c++', 'c++'],
    ['making', 'make'],
    ['make', 'make'],
    ['coded', 'code'],
    ['hiring', 'hire'],
    ['running', 'run'],
    ['getting', 'get'],
    ['mixing', 'mix'],
    ['playing', 'play'],
    // A y that became i before -ed comes back, as it does before -es: "identified" meets "identifies" and "identify".
    ['identified', 'identify'],
    ['identifies', 'identify'],
    ['tried', 'try'],
    ['died', 'died'],
  ])('%s -> %s', (word, expected) => expect(stem(word)).toBe(expected));
});

describe('tokenize', () => {
  it('keeps offsets into the original text, zero-width characters and all', () => {
    const text = 'Led Ji\u200Bra roll-out; C++ and C# and Node.js.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Led', 'Ji\u200Bra', 'roll', 'out', 'C++', 'and', 'C#', 'and', 'Node.js']);
    expect(tokens[1].key).toBe('jira');
  });

  it.each([
    ['English (min. C1) and approx. 3 years of Jira', 0],
    ['Min. 8 years, incl. Scrum', 0],
    ['Jira, Confluence, etc. Strong SQL', 1], // "etc." as often ends a sentence
  ])('reads the dot of a word shortened inside a sentence as no stop: %s', (text, stops) => {
    const tokens = tokenize(text);
    expect(tokens.at(-1)!.sentence).toBe(stops);
  });

  it.each([
    ['Strong analytical skillsExperience with Jira', ['Strong', 'analytical', 'skills', 'Experience', 'with', 'Jira'], 1],
    ['We use SharePoint daily', ['We', 'use', 'Share', 'Point', 'daily'], 0],
    ['JavaScript, GitLab and ServiceNow', ['JavaScript', 'GitLab', 'and', 'ServiceNow'], 0],
    ['iPhone apps', ['iPhone', 'apps'], 0],
    ['Strong planningÉquipe', ['Strong', 'planning', 'Équipe'], 1],
    ['Stakeholder MANAGEMENT reporting', ['Stakeholder', 'MANAGEMENT', 'reporting'], 0],
    ['managementprogram teamwork', ['managementprogram', 'teamwork'], 0],
  ])('splits words glued by lost line breaks, not names: %s', (text, words, sentences) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(words);
    expect(tokens.at(-1)!.sentence).toBe(sentences);
  });

  it("carries each token's lowercase form, glued parts too", () => {
    const tokens = tokenize('Strong analytical skillsExperience with JIRA, Équipe and AT&T');
    expect(tokens.map((t) => t.lower)).toEqual(tokens.map((t) => t.raw.toLowerCase()));
    expect(tokens.map((t) => t.lower)).toContain('experience');
  });

  it("carries each token's folded form, glued parts too", () => {
    const tokens = tokenize("Strong analytical skillsExperience with JIRA, Équipe, the team's and AT&T");
    expect(tokens.map((t) => t.folded)).toEqual(tokens.map((t) => foldWord(t.raw)));
    expect(tokens.map((t) => t.folded)).toEqual(expect.arrayContaining(['experience', 'equipe', 'team']));
  });

  // Names that must stay one name (no sentence break inside), and words that lost a break or a space between them.
  const breaksIn = (word: string) =>
    tokenize(word)
      .slice(1)
      .filter((t) => t.breakBefore === 'sentence')
      .map((t) => t.raw);
  it.each([
    'JavaScript',
    'SharePoint',
    'PowerPoint',
    'GitHub',
    'iOS',
    'macOS',
    'eBay',
    'McKinsey',
    'DevOps',
    'SaaS',
    'LinkedIn',
    'LINKEDIN',
    'ServiceNow',
    'PowerBI',
    'MongoDB',
    'PostgreSQL',
    'SuccessFactors',
    'PointClickCare',
    'CyberCoders',
    'ExpressJS',
    'RavenDB',
    'Python3',
    'PRINCE2',
    'C++',
    'environment',
    'Requirements',
  ])('keeps the name or word %s whole', (word) => expect(breaksIn(word)).toEqual([]));

  it.each([
    ['a deadline driven environmentPMP certification', ['PMP']],
    ['PMP requiredPMP', ['PMP']],
    ['5 years experienceSQL', ['SQL']],
    ['Vendor/Supplier ManagementWeb Operations', ['Web']],
    ['IT Disaster RecoveryEffectively managed', ['Effectively']],
    ['Microsoft ProjectProficient with estimating', ['Proficient']],
    ['Program ManagerWe are hiring', ['We']],
    ['Must have skillsMin 5 years', ['Min']],
    ['Requirements3+ years', ['3+']],
    ['daily standupsThis role', ['This']],
    ['Strong analytical skillsExperience with Jira', ['Experience']],
  ])('splits the glued words of %j with a sentence break', (text, after) => expect(breaksIn(text)).toEqual(after));

  // A company's name with inner capitals, which the text says again or follows with a legal form or business word.
  it.each([
    ['Delivery Manager, BrightMate (now Contoso). At BrightMate I grew the PMO', 'BrightMate'],
    ["Delivery Manager, BrightMate. BrightMate's clients ship weekly", 'BrightMate'],
    ['Project Manager | HelperPro Services | Chicago', 'HelperPro'],
    ['Recruiting for CyberCoders, Inc since 2017', 'CyberCoders'],
    ['Placed by CloudStaff Consulting GmbH', 'CloudStaff'],
    ['Contract via GlobalTech Enterprises', 'GlobalTech'],
  ])('keeps a name its text gives whole: %j', (text, name) => {
    expect(tokenize(text).map((t) => t.raw)).toContain(name);
  });

  it.each([
    // Said once, with no company word after it: read as glued words, as before.
    ['Microsoft ProjectProficient with estimating', 'Project'],
    ['IT Disaster RecoveryEffectively managed. IT Disaster Recovery', 'Recovery'],
    ['Project ManagerServices include planning', 'Manager'],
    ['Talk at DrupalCon, then ship', 'Drupal'],
    // The name again as another word ("BrightMates") or as part of one says nothing.
    ['Worked at BrightMate. BrightMates and XBrightMate', 'Bright'],
  ])('still splits glued words its text gives no name for: %j', (text, part) => {
    expect(tokenize(text).map((t) => t.raw)).toContain(part);
  });

  it.each([
    ['Vendor/Supplier ManagementWeb Operations', 'Vendor/Supplier Management'],
    ['a deadline driven environmentPMP certification', 'PMP certification'],
    ['facilitating planning meetingsand daily standups', 'facilitating planning meetings'],
    ['across teamsto deliver', 'teams to deliver'],
  ])('a glued word still reads as its words: %j', (text, phrase) => {
    expect(normalizeTerm(text)).toContain(normalizeTerm(phrase));
  });

  it.each([
    ['meetingsand', ['meetings', 'and']],
    ['brand command island thousand understand', ['brand', 'command', 'island', 'thousand', 'understand']],
  ])('a lost space before a function word breaks no sentence: %j', (text, words) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(words);
    expect(tokens.slice(1).every((t) => t.breakBefore === 'none')).toBe(true);
  });

  it.each([
    ['resolve conflict\nresolution issues', 'none'],
    ['Resolve conflicts.\nResolution matters', 'sentence'],
    ['use Jira\n- confluence', 'sentence'],
    ['our teams\n\nproduct work', 'sentence'],
  ])('a line wrapped inside a sentence is no break: %j', (text, expected) => {
    expect(tokenize(text)[2].breakBefore).toBe(expected);
  });

  it.each([
    ['program manage-\nment', 'management'],
    ['stake-\r\nholder communication', 'stakeholder'],
    ['distributed sys-  \n  tems', 'systems'],
    // joinWrappedLines gives a wrapped line's break as a space
    ['program manage- ment', 'management'],
  ])('a word hyphenated at a line end is one word where the whole is a known word: %j', (text, whole) => {
    const token = tokenize(text).find((t) => t.raw === whole)!;
    expect(token).toMatchObject({ lower: whole, key: wordKey(whole) });
    // its span is the text as written, hyphen and break included
    expect(text.slice(token.start, token.end)).toMatch(/^\S+-\s+\S+$/);
  });

  it.each([
    ['cross-\nfunctional teams', ['cross', 'functional', 'teams'], 'none'],
    ['pre- and post-sales', ['pre', 'and', 'post', 'sales'], 'none'],
    ['Skills -\nmanagement', ['Skills', 'management'], 'sentence'],
    ['use Jira-\nConfluence', ['use', 'Jira', 'Confluence'], 'sentence'],
  ])('other words around a hyphen stay apart: %j', (text, words, breakAfterHyphen) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(words);
    expect(tokens[text.startsWith('use') ? 2 : 1].breakBefore).toBe(breakAfterHyphen);
  });

  it.each([
    // the taxonomy writes these as one word ("Elasticsearch", "think-cell"): in camel case they stay one
    ['Run ElasticSearch clusters', ['Run', 'ElasticSearch', 'clusters']],
    ['Charts in ThinkCell daily', ['Charts', 'in', 'ThinkCell', 'daily']],
    // two words that lost their break still part
    ['the ManagerWe hired', ['the', 'Manager', 'We', 'hired']],
  ])('a camel-case spelling of a word the taxonomy knows whole is one word: %j', (text, words) => {
    expect(tokenize(text).map((t) => t.raw)).toEqual(words);
  });

  it.each([
    ['FDA 510(k) submissions', ['FDA', '510', 'k', 'submissions'], ['sentence', 'none', 'none', 'none'], '510(k)'],
    ['a 501(c)(3) charity', ['a', '501', 'c', '3', 'charity'], ['sentence', 'none', 'none', 'none', 'none'], '501(c)(3)'],
    // a bracket after a space, or around a longer word, parts as before
    ['English (C1) level', ['English', 'C1', 'level'], ['sentence', 'soft', 'soft'], undefined],
    ['tools(Jira) daily', ['tools', 'Jira', 'daily'], ['sentence', 'soft', 'soft'], undefined],
  ])('a letter or two in brackets glued to a word designates a part of it: %j', (text, words, breaks, designated) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.raw)).toEqual(words);
    expect(tokens.map((t) => t.breakBefore)).toEqual(breaks);
    // the designator's span takes its closing bracket
    if (designated) expect(text.slice(tokens[1].start, tokens.at(-2)!.end)).toBe(designated);
  });

  it('marks sentence and soft breaks between words', () => {
    const tokens = tokenize('Scrum, Kanban.\nJira');
    expect(tokens.map((t) => t.breakBefore)).toEqual(['sentence', 'soft', 'sentence']);
    expect(tokens.map((t) => t.sentence)).toEqual([0, 0, 1]);
  });
});

describe('normalizeTerm and normalizeText', () => {
  it.each([
    ['CI/CD', 'CI-CD'],
    ['A/B testing', 'a b tests'],
    ['Master’s degree', "master's degrees"],
    ['Résumé', 'resume'],
  ])('%s equals %s', (a, b) => expect(normalizeTerm(a)).toBe(normalizeTerm(b)));

  it('straightens quotes and dashes and drops zero-width characters', () => {
    expect(normalizeText('“Don’t” — go\u200B\u00A0now')).toBe('"Don\'t" - go now');
  });
});

describe('tokenize: Latin-only expressions beside the exact Unicode ones', () => {
  it.each(Object.entries(LATIN_CLASSES))('the plain ranges of \\p{%s} are the engine’s own over U+0000-U+024F', (name, ranges) => {
    const plain = ranges ? new RegExp(`[${ranges}]`) : /(?!)/;
    const exact = new RegExp(`\\p{${name}}`, 'u');
    const differing = [];
    for (let code = 0; code <= 0x24f; code++) {
      const c = String.fromCharCode(code);
      if (plain.test(c) !== exact.test(c)) differing.push(c);
    }
    expect(differing).toEqual([]);
  });

  it('lets through no letter, digit or mark beyond Latin', () => {
    const wordChar = /[\p{L}\p{N}\p{M}]/u;
    const letThrough = [];
    for (let code = 0x250; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (!BEYOND_LATIN.test(c) && wordChar.test(c)) letThrough.push(c);
    }
    expect(letThrough).toEqual([]);
    // Punctuation and bullets of English postings stay on the Latin path.
    expect(BEYOND_LATIN.test('Master’s — “Agile” • ✓ Scrum → Jira\u200B\uFEFF')).toBe(false);
  });

  const latinTexts = [
    'Node.js, U.S. and ASP.NET 2.0 with C++, C# and F#; people.The end',
    'skillsExtra detailDemonstrated SharePoint JavaScript managementProgram',
    'environmentPMP ManagerWe skillsMin Requirements3+ RecoveryEffectively PointClickCare LinkedIn PowerBI',
    'Über café naïve Æsir ǅemal Łódź Ørsted ĸra ŉ ß ª º µ',
    'B.S. in Business; Ph.D. level, e.g. Jira; a.b.c',
    'AT&T Master’s ½ ² ³ ¹ soft\u00ADhyphen zero\u200Bwidth',
    'coach our\nproduct delivery teams\n  Next line',
  ];
  it.each(latinTexts)('finds the same matches with both forms in %j', (text) => {
    expect(BEYOND_LATIN.test(text)).toBe(false);
    const words = [...text.matchAll(TOKENIZER_TWINS.WORD.exact())].map((m) => m[0]);
    for (const [name, twins] of Object.entries(TOKENIZER_TWINS)) {
      const sites = [text, ...words];
      const run = (re: RegExp) => sites.map((s) => (re.global ? [...s.matchAll(re)].map((m) => `${m.index}:${m[0]}`) : re.test(s)));
      expect(run(twins.latin), name).toEqual(run(twins.exact()));
    }
  });

  // Negative rows: text with a letter, digit or mark beyond Latin takes the exact path and its tokens.
  it.each([
    ['Москва проектыУправление', ['Москва', 'проекты', 'Управление']],
    ['e\u0301quipe cafe\u0301s', ['e\u0301quipe', 'cafe\u0301s']],
    ['東京 チーム Jira', ['東京', 'チーム', 'Jira']],
    ['Ελλάδα managementProgram', ['Ελλάδα', 'management', 'Program']],
    ['①② item', ['①②', 'item']],
  ])('tokenizes %j with the exact expressions', (text, raws) => {
    expect(BEYOND_LATIN.test(text)).toBe(true);
    expect(tokenize(text).map((t) => t.raw)).toEqual(raws);
  });
});

describe('foldWord', () => {
  // ASCII words skip the accent stripping; words with accents, curly apostrophes or ligatures still go through it.
  it.each([
    ['Organised', 'organized'],
    ["Manager's", 'manager'],
    ['Manager’s', 'manager'],
    ['Café', 'cafe'],
    ['Cafe\u0301', 'cafe'],
    ['ﬁnance', 'finance'],
    ['NAÏVE', 'naive'],
    ['Jira', 'jira'],
  ])('%j -> %j', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  it('strips marks only where they can be: no combining mark lies below U+0300', () => {
    // foldWord skips its \p{M} expression for a decomposed word with nothing at U+0300 or beyond.
    const marks = /\p{M}/u;
    const below: string[] = [];
    for (let code = 0; code < 0x300; code++) if (marks.test(String.fromCharCode(code))) below.push(code.toString(16));
    expect(below).toEqual([]);
    expect(marks.test('\u0300')).toBe(true);
  });
});

describe('case tests without \\p{} for Latin words', () => {
  it.each([
    'Jira',
    'jira',
    'JIRA',
    'Éclair',
    'éclair',
    'ǅemal',
    'ĸra',
    'ª',
    'ßigma',
    'Москва',
    'москва',
    'ΣΑ',
    'ǅ',
    '東京',
    '9am',
    '',
    '\u{1D400}x',
    'aÉ',
    'Éa',
    '2024',
    'x2',
    '9É',
    '9é',
    'AT&T',
    '4Москва',
  ])('%j: same answers as the \\p{} expressions', (word) => {
    expect(startsWithCapital(word)).toBe(/^\p{Lu}/u.test(word));
    expect(startsWithLowercase(word)).toBe(/^\p{Ll}/u.test(word));
    expect(hasLowercase(word)).toBe(/\p{Ll}/u.test(word));
    expect(hasCapital(word)).toBe(/\p{Lu}/u.test(word));
  });

  it('answers as the \\p{} expressions for a word that starts with any ASCII character (read without one)', () => {
    const words = Array.from({ length: 0x80 }, (_, c) => `${String.fromCharCode(c)}x`);
    expect(words.filter((word) => startsWithCapital(word) !== /^\p{Lu}/u.test(word))).toEqual([]);
    expect(words.filter((word) => startsWithLowercase(word) !== /^\p{Ll}/u.test(word))).toEqual([]);
    expect(words.filter((word) => startsWithCapital(word)).length).toBe(26);
  });

  it('answers as the \\p{} expressions for a word with any ASCII character after a digit (read without one)', () => {
    const words = Array.from({ length: 0x80 }, (_, c) => `1${String.fromCharCode(c)}`);
    expect(words.filter((word) => hasCapital(word) !== /\p{Lu}/u.test(word))).toEqual([]);
    expect(words.filter((word) => hasLowercase(word) !== /\p{Ll}/u.test(word))).toEqual([]);
  });
});

describe('isLettersInAnyCase', () => {
  it('answers as /^letters$/i for every word of up to three characters of the first 0x250 code units', () => {
    const units = Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c));
    for (const letters of ['and', 'or']) {
      const expression = new RegExp(`^${letters}$`, 'i');
      const words = [...units, ...units.map((u) => `${u}r`), ...units.map((u) => `o${u}`), ...units.map((u) => `a${u}d`), ...units.map((u) => `an${u}`)];
      expect(words.filter((word) => isLettersInAnyCase(word, letters) !== expression.test(word))).toEqual([]);
    }
    expect(['and', 'AND', 'And', 'or', 'OR', 'oR'].every((w) => isLettersInAnyCase(w, w.length === 3 ? 'and' : 'or'))).toBe(true);
  });
});

describe('isAndOr', () => {
  it('answers as /^(?:and|or)$/i', () => {
    const words = ['and', 'AND', 'aNd', 'or', 'Or', 'an', 'ord', 'andor', '', '&', 'ſor', 'ı', 'o\u0072'];
    expect(words.filter((w) => isAndOr(w) !== /^(?:and|or)$/i.test(w))).toEqual([]);
  });
});

/** Every gap of up to three of the pieces, the empty one too: what the character readers are checked on. */
function gapsOf(pieces: string[]): string[] {
  const gaps = [''];
  for (const a of pieces) {
    gaps.push(a);
    for (const b of pieces) {
      gaps.push(a + b);
      for (const c of pieces) gaps.push(a + b + c);
    }
  }
  return gaps;
}

describe('gap readers', () => {
  const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
  it('reads white space as \\s does, over every code unit', () => {
    expect(units.filter((u) => isWhiteSpaceUnit(u.charCodeAt(0)) !== /^\s$/.test(u))).toEqual([]);
  });
  it('answers as the expressions they replace, for gaps of up to three characters', () => {
    const pieces = [' ', '\n', '\u00A0', '\u2009', ',', '/', '&', '-', '(', ')', 'a', '\u180E', '\uD83D\uDE00'];
    const all = [...gapsOf(pieces), ...units];
    expect(all.filter((g) => isSpaceGap(g) !== /^\s+$/.test(g))).toEqual([]);
    expect(all.filter((g) => isCommaGap(g) !== /^\s*,?\s*$/.test(g))).toEqual([]);
    expect(all.filter((g) => isSeparatorGap(g) !== /^\s*[,/&]\s*$/.test(g))).toEqual([]);
    expect(all.filter((g) => (gapMark(g) === '/') !== /^\s*\/\s*$/.test(g))).toEqual([]);
    expect(all.filter((g) => opensBracket(g) !== /\(\s*$/.test(g))).toEqual([]);
    expect(all.filter((g) => hasDigit(g) !== /\d/.test(g))).toEqual([]);
  });
});

describe('tokenize gap readers', () => {
  const pieces = [' ', '\t', '\n', '\r', '\u00A0', '.', ',', '(', '"', '“', '•', '·', '|', '-', '–', '—', 'a', '\uD83D\uDE00'];
  const all = [...gapsOf(pieces), ...Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c))];
  it('breakOfGap answers as the expressions it replaces', () => {
    // A dash parts clauses: an em dash always, a hyphen or an en dash with a space or tab beside it in the gap.
    const expressions = (g: string) =>
      /[\n\r.!?;:•▪●◦‣∙·|]/.test(g) ? 'sentence' : /[,()[\]{}"“”<>—]/.test(g) || (/[-–]/.test(g) && /[ \t]/.test(g)) ? 'soft' : 'none';
    expect(all.filter((g) => breakOfGap(g) !== expressions(g))).toEqual([]);
  });
  it('isWrapGap answers as /^[ \\t]*\\r?\\n[ \\t]*$/', () => {
    expect(all.filter((g) => isWrapGap(g) !== /^[ \t]*\r?\n[ \t]*$/.test(g))).toEqual([]);
  });
});
