import { describe, expect, it } from 'vitest';
import { NAME_ENDINGS } from '../../src/analyze/role-names';
import { analyze } from '../../src/index';

const posting = (line: string) => `Technical Program Manager\nAcme\n\nResponsibilities\n- ${line}\n- Keep the roadmap current.`;
const asks = (line: string, id: string) => analyze(posting(line)).terms.some((t) => t.id === id);

describe('proper names of products, services and places are not skills', () => {
  it.each([
    // a concept's words inside a capitalized name that ends in a name noun, in an English sentence
    ['Our analysts sit in Aviation House near the station.', 'aerospace', false],
    ['You will brief the Government Digital Service on the plan.', 'government', false],
    ['Train customers on the Northwind Release Management Services portal.', 'release-management', false],
    // the same words as skills, or where capitals tell nothing
    ['Experience in the aviation industry is a plus.', 'aerospace', true],
    ['Drive Release Management and Quality Assurance for the program.', 'quality-assurance', true],
    ['Lead the Quality Assurance work for the new platform.', 'quality-assurance', true],
    ['Build the Data Platform roadmap with the team.', 'data-engineering', true],
    ['Erfahrung im Umfeld Financial Services von Vorteil', 'financial-services', true],
  ])('"%s": %s counted: %s', (line, id, counted) => {
    expect(asks(line, id)).toBe(counted);
  });

  it.each(NAME_ENDINGS.examples)('documents the name endings with an example that holds: "$line"', ({ line, concept }) => {
    expect(asks(line, concept)).toBe(false);
    expect(asks(`Own ${concept.replace(/-/g, ' ')} for the program.`, concept)).toBe(true); // the same words as a skill
  });
});
