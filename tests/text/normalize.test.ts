import { describe, expect, it } from 'vitest';
import { normalizeTerm, normalizeText, stem, tokenize } from '../../src/text/normalize';

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
    ['Strong analytical skillsExperience with Jira', ['Strong', 'analytical', 'skills', 'Experience', 'with', 'Jira'], 1],
    ['We use SharePoint daily', ['We', 'use', 'Share', 'Point', 'daily'], 0],
    ['JavaScript, GitLab and ServiceNow', ['JavaScript', 'GitLab', 'and', 'ServiceNow'], 0],
    ['iPhone apps', ['iPhone', 'apps'], 0],
  ])('splits words glued by lost line breaks, not names: %s', (text, words, sentences) => {
    const tokens = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(words);
    expect(tokens.at(-1)!.sentence).toBe(sentences);
  });

  it.each([
    ['resolve conflict\nresolution issues', 'none'],
    ['Resolve conflicts.\nResolution matters', 'sentence'],
    ['use Jira\n- confluence', 'sentence'],
    ['our teams\n\nproduct work', 'sentence'],
  ])('a line wrapped inside a sentence is no break: %j', (text, expected) => {
    expect(tokenize(text)[2].breakBefore).toBe(expected);
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
