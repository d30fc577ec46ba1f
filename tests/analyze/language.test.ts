import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectLanguage, francLanguage, otherLanguageNotice, plainlyEnglish } from '../../src/analyze/language';
import { analyze } from '../../src/index';
import { tokenize } from '../../src/text/normalize';

// Our own example postings, one per language.
const english = `Technical Program Manager
We are looking for a technical program manager to lead the migration of our billing platform to the cloud. You will plan
the work with engineering and product teams, track risks and dependencies, and keep leadership informed with a short weekly
update. Requirements: five years of experience managing software projects, a working knowledge of Jira and Confluence, and
clear written communication. Nice to have: a PMP certification or experience with Scrum. The role is remote within the
United States and includes health benefits and a yearly learning budget.`;

const german = `Projektleiter Softwareentwicklung (m/w/d)
Wir suchen zum nächstmöglichen Zeitpunkt eine erfahrene Projektleitung für unsere Abteilung in München. Sie planen und
steuern mehrere Projekte gleichzeitig, stimmen sich eng mit den Fachbereichen ab und berichten regelmäßig an die
Geschäftsführung. Ihre Aufgaben umfassen die Budgetplanung, das Risikomanagement und die Koordination externer Dienstleister.
Sie bringen ein abgeschlossenes Studium der Informatik oder eine vergleichbare Ausbildung mit, dazu mindestens fünf Jahre
Berufserfahrung mit Jira und Scrum. Gute Deutsch- und Englischkenntnisse setzen wir voraus. Wir bieten flexible Arbeitszeiten,
die Möglichkeit zum mobilen Arbeiten und ein freundliches Team.`;

const french = `Chef de projet informatique (H/F)
Nous recherchons un chef de projet pour piloter la refonte de notre plateforme de paiement. Vous serez responsable de la
planification, du suivi budgétaire et de la coordination des équipes techniques et métier. Vous animerez les comités de
pilotage et rédigerez les comptes rendus pour la direction. Profil recherché : diplôme d'ingénieur ou équivalent, au moins
cinq ans d'expérience en gestion de projet, une bonne maîtrise des méthodes agiles et un excellent sens de la communication.
Le poste est basé à Lyon, avec deux jours de télétravail par semaine.`;

const spanish = `Gerente de proyectos tecnológicos
Buscamos una persona con experiencia para dirigir proyectos de transformación digital en nuestra oficina de Madrid. Serás
responsable de definir el alcance, elaborar el cronograma, controlar el presupuesto y mantener informados a los clientes sobre
el avance del trabajo. Trabajarás junto a equipos de desarrollo, diseño y calidad. Requisitos: título universitario en
ingeniería o informática, al menos cuatro años de experiencia en la gestión de proyectos y conocimientos de metodologías
ágiles. Ofrecemos contrato indefinido, horario flexible y un plan de formación continua.`;

const words = (text: string) => tokenize(text).length;

describe('the language of a posting', () => {
  it.each([
    ['English', 'en', english],
    ['German', 'de', german],
    ['French', 'fr', french],
    ['Spanish', 'es', spanish],
    // a job board's header in another language does not outvote an English body
    ['English under a German job board header', 'en', `Einsatzort: Berlin\nVertragsart: Freiberuflich\nBeschreibung\n${english}\n\n${english}`],
  ])('%s is detected as %s', (_, code, text) => {
    expect(words(text)).toBeGreaterThanOrEqual(60);
    expect(detectLanguage(text, words(text))).toBe(code);
    expect(analyze(text).job.language).toBe(code);
  });

  it.each([
    ['a few words', 'Program manager, Berlin'],
    ['a short line in German', 'Projektleiter gesucht, ab sofort, in Berlin und remote'],
  ])('is unknown for %s', (_, text) => {
    expect(detectLanguage(text, words(text))).toBeUndefined();
    expect(analyze(text).job.language).toBeUndefined();
  });

  it.each([
    ['German', german],
    ['French', french],
    ['Spanish', spanish],
  ])('a %s posting says it is not read, instead of "not a job posting"', (name, text) => {
    const message = `This posting is in ${name}; TPM Keyword Lens reads English postings.`;
    const a = analyze(text);
    expect(a.notices).toContain(message);
    expect(a.job.notPostingReason ?? message).toBe(message);
  });

  it('says nothing of the language of an English posting', () => {
    expect(analyze(english).notices?.join(' ')).not.toMatch(/reads English postings/);
    expect(otherLanguageNotice('en')).toBeUndefined();
    expect(otherLanguageNotice(undefined)).toBeUndefined();
  });
});

describe('the English-first check (franc is asked only where it is unclear)', () => {
  const germanWithEnglishSkills = `${german}\nKenntnisse: project management, stakeholder management, risk management, Jira, Confluence and the Scrum framework.`;
  const skillList = Array.from({ length: 8 }, () => 'Jira, Confluence, AWS, Kubernetes, Scrum, SAFe, PMP, Agile, Kanban, SQL').join('\n');
  it.each([
    ['an English posting', english, true],
    ['German', german, false],
    ['French', french, false],
    ['Spanish', spanish, false],
    ['German that quotes English skills', germanWithEnglishSkills, false],
    ['a list of tool names without prose', skillList, false],
    ['an English line under 40 words', 'You will lead the work with our teams and report to the director of engineering.', false],
    // Letters beyond Latin are words too (the check reads Latin-only text with a cheaper expression).
    ['English with a name in Greek letters', `${english}\nContact: Νίκος Παπαδόπουλος.`, true],
    ['a few English words among many Cyrillic ones', `${english} ${'команда проекта '.repeat(200)}`, false],
  ])('%s: %s', (_, text, expected) => {
    expect(plainlyEnglish(text)).toBe(expected);
    if (expected) expect(francLanguage(text)).toBe('en');
  });
});

// The shared postings and resumes (eval dev folds a* and b*, unlabelled, corpus; never the check fold d*).
const sharedTexts = [
  ['../shared/eval/postings', /^[ab]\d+\.txt$/],
  ['../shared/eval/unlabelled', /^u\d+\.txt$/],
  ['../shared/corpus/postings', /^p\d+\.txt$/],
  ['../shared/eval/resumes', /^r\d+\.txt$/],
] as const;
const texts = sharedTexts.flatMap(([dir, name]) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => name.test(f))
        .map((f) => ({ file: f, text: readFileSync(`${dir}/${f}`, 'utf8') }))
    : [],
);
describe.skipIf(!texts.length)('English first, on the shared postings (skipped where ../shared is absent)', () => {
  it(`detects the same language as franc alone on every text (${texts.length})`, () => {
    const differ = texts.filter(({ text }) => detectLanguage(text, words(text)) !== detectLanguage(text, words(text), francLanguage));
    expect(differ.map((t) => t.file)).toEqual([]);
  });

  it('reads each window as the split of its lowercased text does (plainlyEnglish reads most in place)', () => {
    const windows = texts.flatMap(({ text }) => Array.from({ length: Math.ceil(text.length / 1024) }, (_, i) => text.slice(i * 1024, i * 1024 + 2048)));
    const crafted = windows.slice(0, 20).flatMap((w) => [w.replace(/e/g, '\u0130'), w.replace(/o/g, '\u0186'), `${w} \u212A`, w.replace(/ /g, '\u00C9 ')]);
    const differ = [...windows, ...crafted].filter((w) => plainlyEnglish(w) !== bySplit(w));
    expect(differ).toEqual([]);
  });

  it('lets through only windows that franc reads as English, and most English ones', () => {
    const windows = texts.flatMap(({ text }) => Array.from({ length: Math.ceil(text.length / 1024) }, (_, i) => text.slice(i * 1024, i * 1024 + 2048)));
    const read = windows.map((w) => ({ plain: plainlyEnglish(w), franc: francLanguage(w) }));
    expect(read.filter((w) => w.plain && w.franc !== 'en')).toEqual([]);
    expect(read.filter((w) => w.plain).length / read.filter((w) => w.franc === 'en').length).toBeGreaterThan(0.8);
  });
});

const corpus = '../shared/corpus';
describe.skipIf(!existsSync(`${corpus}/sources.json`))('the shared corpus (skipped where ../shared is absent)', () => {
  it('detects the labelled language of every posting', () => {
    const sources = JSON.parse(readFileSync(`${corpus}/sources.json`, 'utf8')) as { file: string; lang: string }[];
    const wrong = sources
      .map(({ file, lang }) => {
        const text = readFileSync(`${corpus}/postings/${file}`, 'utf8');
        return { file, lang, detected: detectLanguage(text, words(text)) };
      })
      .filter((s) => s.detected !== s.lang);
    expect(wrong).toEqual([]);
    expect(sources.filter((s) => s.lang === 'en').length).toBeGreaterThan(80);
  });
});

/** plainlyEnglish as first written: the window lowercased and split into runs of letters. */
function bySplit(window: string): boolean {
  const lower = window.toLowerCase();
  const words = lower.match(/[\p{L}]+/gu);
  if (!words || words.length < 40) return false;
  const english = words.filter((w) =>
    'the and to for with you your our are this that from have has who they their which can what through about would'.split(' ').includes(w),
  ).length;
  const others = new Set(
    'der die das und wir sie mit für ist von zu den dem ein eine einer auf im bei oder le la les des et vous nous une pour dans du sur avec el los las y que con para una por del e il di che het een van voor och att na się do nie'.split(
      ' ',
    ),
  );
  const other = words.filter(
    (w) =>
      !'the and to for with you your our are this that from have has who they their which can what through about would'.split(' ').includes(w) && others.has(w),
  ).length;
  return english >= 0.12 * words.length && other <= (1 / 3) * english;
}
