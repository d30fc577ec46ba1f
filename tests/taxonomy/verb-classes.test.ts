import { describe, expect, it } from 'vitest';
import { findHits } from '../../src/analyze/match';
import { findConcepts } from '../../src/index';
import { compileTaxonomy } from '../../src/taxonomy/compile';
import { loadTaxonomy, TaxonomyError } from '../../src/taxonomy/load';
import { expandVerbClasses, VERB_CLASSES } from '../../src/taxonomy/verb-classes';
import { practiceConcept } from './practice-concept';

const manage = VERB_CLASSES.find((c) => c.name === 'manage')!.verbs.map((v) => v.verb);

describe('expandVerbClasses', () => {
  it('writes a class out in its slot, beside the slot’s own words and without repeating them', () => {
    expect(expandVerbClasses('@manage|develop .. budget|budgets')).toBe(`${manage.join('|')}|develop .. budget|budgets`);
    expect(expandVerbClasses('review|@manage|track .. risks')).toBe(`review|${manage.join('|')} .. risks`);
    expect(expandVerbClasses('@manage? release|releases')).toBe(`${manage.join('|')}? release|releases`);
  });

  it('leaves a pattern without a class as it is, and names a class that does not exist', () => {
    expect(expandVerbClasses('manage|track .. budget')).toBe('manage|track .. budget');
    expect(() => expandVerbClasses('@steer .. budget')).toThrow(/no verb class "@steer"/);
  });
});

describe('a verb class in the keyword files', () => {
  const bullets = ['Delivered [project] for [number] users with [tool]', 'Introduced [practice] across [number] teams'];
  const entry = (patterns: string[]) => ({ id: 'budget-care', label: 'Budget care', category: 'practice', bullets, patterns });

  it('is written out when the files load', () => {
    const taxonomy = loadTaxonomy([{ name: 'keywords/practices.json', data: [entry(['@manage|develop .. budget|budgets'])] }]);
    expect(taxonomy.concepts[0].patterns).toEqual([`${manage.join('|')}|develop .. budget|budgets`]);
  });

  it('that does not exist is a problem of its file and entry', () => {
    try {
      loadTaxonomy([{ name: 'keywords/practices.json', data: [entry(['@steer .. budget|budgets'])] }]);
      expect.unreachable('the class @steer does not exist');
    } catch (e) {
      expect(e).toBeInstanceOf(TaxonomyError);
      expect((e as TaxonomyError).problems).toEqual([expect.stringMatching(/^keywords\/practices\.json, budget-care: .*no verb class "@steer"/)]);
    }
  });
});

describe('each class says it in its duty lines', () => {
  const objects =
    'budget|schedule|contracts|vendors|process|requests|releases|launches|calendar|plan|report|charter|runbooks|documentation|estimates|reports|metrics|roles|priorities|goals|requirements|kpis|strategy|workshops|reviews|meeting|meetings|sessions|discovery|training|risks|issues|blockers|dependencies|gaps';
  /** One lookup per class, its verbs before the objects of every class's duty lines. */
  const lookups = new Map(
    VERB_CLASSES.map(({ name }) => {
      const concept = practiceConcept('x', 'Zz unused label', { patterns: [expandVerbClasses(`@${name} .. ${objects}`)] });
      return [name, compileTaxonomy({ concepts: [concept], byId: new Map([[concept.id, concept]]), narrower: new Map() }, { deverbalFrames: false })];
    }),
  );
  const verbs = VERB_CLASSES.flatMap((c) => c.verbs.map((v) => [c.name, v.verb, v.example] as const));

  it.each(verbs)('@%s: %s says it in %j', (name, verb, example) => {
    expect(example.toLowerCase().startsWith(verb)).toBe(true);
    expect(findHits(example, lookups.get(name)!).map((h) => h.conceptId)).toContain('x');
  });
});

describe('the class of being in charge', () => {
  // Verbs that the patterns of these concepts did not write before the class: each line named nothing of it.
  it.each([
    ['Govern the budget of the transformation', 'budget-management'],
    ['Supervise vendors during the installation', 'vendor-management'],
    ['Shepherd launches from beta to general availability', 'launch-management'],
    ['Track multiple projects at once', 'multi-project-management'],
  ])('%j names %s', (text, id) => {
    expect(findConcepts(text).map((c) => c.id)).toContain(id);
  });

  // The verbs left out of the class, for the other sense each has in postings.
  it.each([
    ['Maintain expertise and knowledge in multiple products', 'multi-project-management'],
    ['The lead consultant joins in March', 'vendor-management'],
    ['Direct experience with budgets is a plus', 'budget-management'],
  ])('%j does not name %s', (text, id) => {
    expect(findConcepts(text).map((c) => c.id)).not.toContain(id);
  });
});

describe('the classes of making, settling, bringing together and dealing with problems', () => {
  // Verbs that the patterns of these concepts did not write before their class: each line named nothing of it.
  it.each([
    ['@produce', 'Develop agendas for the weekly reviews', 'meeting-minutes'],
    ['@produce', 'Draft and submit budget proposals', 'technical-proposals'],
    ['@produce', 'Compile estimates from the workstreams', 'estimation'],
    ['@produce', 'Author the project charter with the sponsor', 'project-charter'],
    ['@produce', 'Draft contracts with suppliers', 'contract-management'],
    ['@produce', 'Author acceptance criteria with the product owner', 'acceptance-criteria'],
    ['@define', 'Shape the requirements with the business', 'requirements-gathering'],
    ['@define', 'Set clear outcomes for each release', 'success-metrics'],
    ['@define', 'Articulate the strategy to the teams', 'strategic-planning'],
    ['@define', 'Clarify the scope with the sponsor', 'scope-management'],
    ['@define', 'Shape the governance of the program', 'program-governance'],
    ['@facilitate', 'Moderate workshops with the specialist departments', 'workshop-facilitation'],
    ['@facilitate', 'Host training sessions for new users', 'training-and-enablement'],
    ['@facilitate', 'Chair design reviews with the architects', 'technical-design-review'],
    ['@surface', 'Raise issues early and often', 'issue-management'],
    ['@surface', 'Anticipate issues before each launch', 'issue-management'],
    ['@resolve', 'Tackle blockers with the partner teams', 'remove-blockers'],
    ['@resolve', 'Remediate defects found in testing', 'defect-tracking'],
    ['@surface', 'Uncover process gaps with the business', 'gap-analysis'],
  ])('%s: %j names %s', (_name, text, id) => {
    expect(findConcepts(text).map((c) => c.id)).toContain(id);
  });

  // The verbs left out, for the other sense each has.
  it.each([
    ['The build finishes in ten minutes.', 'meeting-minutes'],
    ['Wrote weekly status reports and sat on the steering committee.', 'dashboard-reporting'],
    ['Hold your own in technical discussions.', 'meeting-facilitation'],
  ])('%j does not name %s', (text, id) => {
    expect(findConcepts(text).map((c) => c.id)).not.toContain(id);
  });
});
