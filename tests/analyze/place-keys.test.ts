import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import places from '../../src/analyze/data/place-names.json';
import { placeKey } from '../../src/analyze/other-keywords';
import { PLACE_KEYS_FILE, placeKeysOf } from '../../src/analyze/place-keys';

describe('the place names folded ahead (npm run lookup)', () => {
  it('is up to date with place-names.json and the word folding', () => {
    const stored = JSON.parse(readFileSync(PLACE_KEYS_FILE, 'utf8'));
    expect(stored, `${PLACE_KEYS_FILE} is stale: run npm run lookup`).toEqual(placeKeysOf(places.names));
  });

  it.each([
    ['São Paulo', 'sao paulo'],
    ['Zürich', 'zurich'],
    ['New  York', 'new york'],
    ['Centre', 'center'],
    ['Berlin', 'berlin'],
  ])('keys %j as %j, as the words of a text are folded', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });
});
