import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

// Page text reaches the popup only as text: nothing from a page is ever parsed as HTML or code there.
const FORBIDDEN = /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|\beval\(|new Function\(/;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });

const offenders = (paths: string[], forbidden: RegExp) =>
  paths.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => (forbidden.test(line) ? `${file}:${i + 1}: ${line.trim()}` : ''))
      .filter(Boolean),
  );

it('no extension page inserts HTML or evaluates code', () => {
  const found = offenders([...files('src').filter((f) => !f.startsWith(join('src', 'extract'))), ...files('entrypoints')], FORBIDDEN);
  expect(found, found.join('\n')).toEqual([]);
});

it('the extractor parses description HTML only into an inert <template>, and evaluates nothing', () => {
  const found = offenders(files(join('src', 'extract')), FORBIDDEN).filter((line) => !/template\.innerHTML = html;/.test(line));
  expect(found, found.join('\n')).toEqual([]);
});
