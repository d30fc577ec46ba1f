import { describe, expect, it } from 'vitest';
import { glossesOf, nameSpells } from '../../src/analyze/acronym-glosses';
import { findConcepts } from '../../src/index';
import { tokenize } from '../../src/text/normalize';

const names = (text: string, id: string) => findConcepts(text).some((c) => c.id === id);

describe('an acronym the text spells out for itself', () => {
  it.each([
    // spelled out as another thing: not the concept's acronym anywhere in the text
    ['Own delivery from RFQ through start of production (SOP). Hold the SOP date.', 'standard-operating-procedures', false],
    ['Own the SOP (start of production) milestones.', 'standard-operating-procedures', false],
    // spelled out as the concept, in its words or some of them
    ['Write standard operating procedures (SOPs) and keep the SOPs current.', 'standard-operating-procedures', true],
    ['Follow our SDLC (Software Delivery Life Cycle) standards.', 'sdlc', true],
    // a list in brackets names the concept's parts, no other thing
    ['Strong knowledge of data extraction, transformation, and loading (ETL).', 'etl', true],
    ['Track RAID (risks, actions, issues, & decisions) weekly.', 'raid-log', true],
    // no words of its own: the acronym is the concept's
    ['Maintain SOPs for the service desk.', 'standard-operating-procedures', true],
  ])('%j names %s: %s', (text, id, named) => expect(names(text, id)).toBe(named));
});

describe('glossesOf', () => {
  const glossed = (text: string) => {
    const tokens = tokenize(text);
    return glossesOf(text, tokens).map((g) => `${g.acronym}: ${text.slice(tokens[g.from].start, tokens[g.to].end)}`);
  };
  it.each([
    ['through start of production (SOP) and', ['SOP: start of production']],
    ['the Authority to Operate (ATO) package', ['ATO: Authority to Operate']],
    ['the SOP (start of production) date', ['SOP: start of production']],
    ['agile frameworks (SAFE) at scale', []], // an example in brackets spells nothing
    ['extraction, transformation, and loading (ETL)', []], // a list, not a name
  ])('%j', (text, expected) => expect(glossed(text)).toEqual(expected));

  it.each([
    ['standard operating procedures', 'SOP', true],
    ['Authority to Operate', 'ATO', true], // a function word may give its letter
    ['Centers of Excellence', 'CE', true], // or not
    ['start of production', 'SOP', true],
    ['statement of work', 'SOP', false],
  ])('%j spells %s: %s', (name, acronym, spells) => expect(nameSpells(name, acronym)).toBe(spells));
});
