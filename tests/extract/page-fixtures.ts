// The board page fixtures (tests/fixtures/pages/<board>/<case>.html beside <case>.expected.json), read the same way by
// tests/extract/fixtures.test.ts (linkedom) and tests/e2e/board-fixtures.e2e.ts (Chromium).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PageFixtureExpected {
  url: string;
  site: string;
  method: string;
  title: string;
  company: string;
  /** The start of the text after the title and company lines. */
  startsWith: string;
  /** The end of the text, when the fixture checks where the posting stops (a notice or company block after it). */
  endsWith?: string;
  mustContain: string[];
  mustNotContain: string[];
}

export const PAGE_FIXTURES = 'tests/fixtures/pages';

/** Every fixture as "<board>/<case>", of the boards `boards` keeps (all by default). */
export const pageFixtureNames = (boards: (board: string) => boolean = () => true) =>
  readdirSync(PAGE_FIXTURES)
    .filter(boards)
    .flatMap((board) =>
      readdirSync(join(PAGE_FIXTURES, board))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `${board}/${f.replace(/\.html$/, '')}`),
    );

export const readPageFixture = (name: string) => ({
  html: readFileSync(join(PAGE_FIXTURES, `${name}.html`), 'utf8'),
  expected: JSON.parse(readFileSync(join(PAGE_FIXTURES, `${name}.expected.json`), 'utf8')) as PageFixtureExpected,
});
