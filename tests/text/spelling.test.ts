import { describe, expect, it } from 'vitest';
import { americanSpelling, standardSpelling } from '../../src/text/spelling';
import { normalizeTerm } from '../../src/text/normalize';

describe('words written short meet the words written out', () => {
  it.each([
    ['mgmt', 'management'],
    ['mgt', 'management'],
    ['organised', 'organized'],
  ])('%s -> %s', (short, full) => expect(standardSpelling(short)).toBe(full));
  it('reads "release mgmt" as the name it abbreviates', () => expect(normalizeTerm('Release Mgmt')).toBe(normalizeTerm('release management')));
});

describe('British and American spellings meet', () => {
  it.each([
    ['organised', 'organized'],
    ['prioritisation', 'prioritization'],
    ['organisational', 'organizational'],
    ['standardising', 'standardizing'],
    ['analysed', 'analyzed'],
    ['programme', 'program'],
    ['programmes', 'programs'],
    ['behavioural', 'behavioral'],
    ['favourite', 'favorite'],
    ['modelling', 'modeling'],
    ['labelled', 'labeled'],
    ['centred', 'centered'],
    ['licence', 'license'],
    ['judgement', 'judgment'],
  ])('%s -> %s', (british, american) => expect(americanSpelling(british)).toBe(american));

  it.each([
    'supervised',
    'expertise',
    'enterprises',
    'exercise',
    'advertisers',
    'premises',
    'raised',
    'promise',
    'analysis',
    'our',
    'hour',
    'your',
    'four',
    'tour',
    'controlling',
    'programming',
    'installed',
    'crisis',
    'constructor',
    'toString',
  ])('%s stays as it is', (word) => expect(americanSpelling(word)).toBe(word));

  it.each([
    ['user-centred design', 'user-centered design'],
    ['Programme Management', 'program management'],
    ['super organised', 'super organized'],
  ])('%s is the same term as %s', (a, b) => expect(normalizeTerm(a)).toBe(normalizeTerm(b)));
});

describe('americanSpelling beyond ASCII', () => {
  // ASCII words take [A-Za-z] forms of the -ise/-yse families; other words the exact \p{L} ones.
  it.each([
    ['organised', 'organized'],
    ['analysing', 'analyzing'],
    ['démoralised', 'démoralized'],
    ['ñorganisation', 'ñorganization'],
    ['paralysé', 'paralysé'],
    ['exercise', 'exercise'],
    ['1a2ised', '1a2ised'],
    ['организed', 'организed'],
  ])('%j -> %j', (word, american) => {
    expect(americanSpelling(word)).toBe(american);
  });
});
