import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { adapters } from '../../src/extract/adapters';

const dir = 'src/extract/sites';
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe.each(files)('src/extract/sites/%s', (file) => {
  const id = path.parse(file).name;
  const source = readFileSync(path.join(dir, file), 'utf8');

  test('has a page fixture', () => {
    const folder = `tests/fixtures/pages/${id}`;
    expect(existsSync(folder), `add ${folder}/<case>.html with <case>.expected.json`).toBe(true);
    const pages = readdirSync(folder).filter((f) => f.endsWith('.html'));
    expect(pages.length, `add a page to ${folder}`).toBeGreaterThan(0);
    const orphans = pages.filter((f) => !existsSync(path.join(folder, f.replace(/\.html$/, '.expected.json'))));
    expect(orphans, `add the .expected.json beside each page`).toEqual([]);
  });

  test('has a "Test URLs" comment with at least one URL', () =>
    expect(source, `add a /* Test URLs: https://... */ comment to ${file}`).toMatch(/Test URLs:[\s\S]*?https:\/\//));

  test(`exports one adapter whose id is "${id}" and is listed in adapters.ts`, () => {
    expect(source, `export const ${id}: SiteAdapter = { id: '${id}', ... }`).toMatch(new RegExp(`id: '${id}'`));
    expect(
      adapters.map((a) => a.id),
      `add ${id} to src/extract/adapters.ts`,
    ).toContain(id);
  });

  test('its fixtures use URLs it matches, or show its markup embedded in another site', () => {
    const adapter = adapters.find((a) => a.id === id)!;
    const folder = `tests/fixtures/pages/${id}`;
    const fixtures = existsSync(folder)
      ? readdirSync(folder)
          .filter((f) => f.endsWith('.expected.json'))
          .map((f) => ({
            url: JSON.parse(readFileSync(path.join(folder, f), 'utf8')).url as string,
            html: () => readFileSync(path.join(folder, f.replace(/\.expected\.json$/, '.html')), 'utf8'),
          }))
      : [];
    const embedded = (html: string) => adapter.embedMark !== undefined && parseHtml(html).querySelector(adapter.embedMark) !== null;
    const unmatched = fixtures.filter((f) => !adapter.matches(new URL(f.url)) && !embedded(f.html())).map((f) => f.url);
    expect(unmatched, `${id}.matches() should accept its fixtures' URLs`).toEqual([]);
  });
});

test('no two adapters claim the same fixture URL', () => {
  const clashes = readdirSync('tests/fixtures/pages').flatMap((site) =>
    readdirSync(`tests/fixtures/pages/${site}`)
      .filter((f) => f.endsWith('.expected.json'))
      .flatMap((f) => {
        const url = new URL(JSON.parse(readFileSync(`tests/fixtures/pages/${site}/${f}`, 'utf8')).url);
        const ids = adapters.filter((a) => a.matches(url)).map((a) => a.id);
        return ids.length > 1 ? [`${site}/${f}: ${ids.join(', ')}`] : [];
      }),
  );
  expect(clashes, clashes.join('\n')).toEqual([]);
});
