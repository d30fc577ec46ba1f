import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import places from '../../src/analyze/data/place-names.json';
import { parseHtml } from '../../src/cli/parse-html';
import { extractPosting } from '../../src/extract';
import { analyze } from '../../src/index';
import { defaultPagesDir, pageNames } from '../../scripts/eval-pages';

const posting = `Warehouse Systems Program Manager
Brightloom Logistics · Austin, TX, USA

About Brightloom
Brightloom moves parcels for retailers across Texas and Ohio. Brightloom Freight and the Brightloom Robotics team build our own conveyors.

Responsibilities
- Plan conveyor throughput upgrades with the Robotics team and measure conveyor throughput every week
- Run pallet wrapping trials and report pallet wrapping results to site leads in Austin, TX
- Partner closely with the Brightloom Freight group on long-term dock door sensors rollouts
- Keep dock door sensors calibrated for each site in Dallas and Columbus

Requirements
- Five years running warehouse automation programs, including pallet wrapping lines
- Experience with dock door sensors and their vendors
- Willing to work from our Austin office; we sponsor visas for this role

Pay and benefits
Base pay range: $150,000 - $180,000 USD. Base pay depends on location. Medical, dental and vision insurance.
Brightloom is an EEO employer. EEO law posters are in every office; all qualified applicants will be considered.`;

describe('other keywords', () => {
  const keywords = analyze(posting).otherKeywords.map((k) => k.text);

  it.each(['conveyor throughput', 'pallet wrapping', 'dock door sensors'])('keeps the skill-like phrase "%s"', (phrase) => expect(keywords).toContain(phrase));

  it.each([
    ['a place', /Austin|TX|USA|Texas|Dallas|Columbus|Ohio/],
    ['a legal word', /EEO|visas?|law|applicants/i],
    ['a pay word', /pay|USD|insurance|dental/i],
    ["the company's name or its units", /Brightloom|Freight|Robotics/],
    ['a half phrase', /closely|long-term/],
  ])('leaves out %s', (_, noise) => {
    expect(keywords.filter((k) => noise.test(k))).toEqual([]);
  });

  it('lists nothing from about, benefits or legal text, only from duties and qualifications', () => {
    const onlyAbout = analyze(
      `Senior Program Manager\n\nAbout us\nWe build parcel sorters. Parcel sorters ship worldwide.\n\nResponsibilities\n- Run the program\n- Keep the plan`,
    );
    expect(onlyAbout.otherKeywords.map((k) => k.text)).not.toContain('parcel sorters');
  });

  it("reads a posting without headings in its body, never in its title or the company's story", () => {
    const unsectioned = analyze(
      [
        'Parcel Sorter Program Lead',
        'About Brightloom: we build parcel sorters and our parcel sorters ship worldwide.',
        'You will plan conveyor throughput upgrades and measure conveyor throughput weekly.',
        'You will run pallet wrapping trials and report pallet wrapping results to site leads.',
      ].join('\n'),
    ).otherKeywords.map((k) => k.text);
    expect(unsectioned).toEqual(expect.arrayContaining(['conveyor throughput', 'pallet wrapping']));
    expect(unsectioned).not.toContain('parcel sorters');
  });

  it('lists nothing for a posting in another language, whose function words it does not know', () => {
    const german = analyze(
      [
        'Projektleiter Lagerlogistik (m/w/d)',
        '',
        'Ihre Aufgaben',
        '- Sie leiten die Lagerplanung unserer Standorte und stimmen die Lagerplanung mit den Werken ab',
        '- Sie steuern die Erneuerung der Förderanlagen und berichten über die Förderanlagen an die Geschäftsführung',
        '- Sie planen Budgets, Termine und Ressourcen für jedes Vorhaben und halten die Beteiligten auf dem Laufenden',
        '',
        'Ihr Profil',
        '- Mehrjährige Erfahrung in der Lagerplanung und mit Förderanlagen in einem Industrieunternehmen',
        '- Sehr gute Deutschkenntnisse und gute Englischkenntnisse in Wort und Schrift',
        '- Eine strukturierte und selbstständige Arbeitsweise sowie Freude an der Arbeit im Team',
      ].join('\n'),
    );
    expect(german.job.language).toBe('de');
    expect(german.otherKeywords).toEqual([]);
  });
});

// Written here, apart from the analyzer's own lists, so the test does not just repeat them.
const LEGAL_OR_PAY =
  /\b(eeo|eoe|equal opportunity|visas?|sponsor(ship)?|salary|base pay|pay range|compensation|benefits|401k|insurance|veterans?|disabilit(y|ies)|recruiters?|applicants?|employees?)\b/i;
const PLACE_NAMES = new Set(places.names.map((p) => p.toLowerCase()));
const PLACE_CODES = new Set(places.codes);
const namesAPlace = (phrase: string) => {
  const words = phrase.split(/[\s,]+/);
  for (let n = 1; n <= 3; n++)
    for (let i = 0; i + n <= words.length; i++)
      if (
        PLACE_NAMES.has(
          words
            .slice(i, i + n)
            .join(' ')
            .toLowerCase(),
        )
      )
        return true;
  return words.some((w) => PLACE_CODES.has(w));
};

describe.skipIf(!existsSync(defaultPagesDir))('other keywords of the saved real job pages (skipped where ../shared is absent)', () => {
  it('hold no place, legal or pay word', () => {
    const offenders: string[] = [];
    for (const name of pageNames(defaultPagesDir)) {
      const label = JSON.parse(readFileSync(`${defaultPagesDir}/${name}.json`, 'utf8')) as { url: string };
      const page = extractPosting(parseHtml(readFileSync(`${defaultPagesDir}/${name}.html`, 'utf8')), label.url);
      // A law asked for may be about employment ("EEO regulations"); a product beside known ones may share a
      // place's name ("Mysql, Postgres, Aurora").
      for (const { text, kind } of analyze(page).otherKeywords)
        if ((LEGAL_OR_PAY.test(text) && kind !== 'regulation') || (namesAPlace(text) && kind !== 'tool')) offenders.push(`${name}: ${text}`);
    }
    expect(offenders, offenders.join('\n')).toEqual([]);
  });
});
