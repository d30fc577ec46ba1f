import { describe, expect, it } from 'vitest';
import { inCustomerRange } from '../../src/analyze/sections';

// inCustomerRange reads Latin text with the Latin-only twin of its expression, other text with the exact one:
// both must find the ranges the exact expression finds.
const EXACT = /(?<![\p{L}\p{N}])from\s[^.;:!?()\u2013\u2014]{1,80}?\sto\s[^.;:!?(),\u2013\u2014]{1,60}/giu;
const exactly = (line: string, offset: number) => [...line.matchAll(EXACT)].some((m) => m.index <= offset && offset < m.index + m[0].length);

describe('inCustomerRange', () => {
  it.each([
    ['from family farms to e-commerce giants, teams use Acme', 'farms', true],
    ['Customers from startups to banks rely on us', 'banks', true],
    ['Trusted by companies from Zürich to São Paulo', 'Paulo', true],
    ['Ранние клиенты: from small shops to large retailers', 'retailers', true],
    ['Manage releases from planning to launch', 'Manage', false],
    ['Moved away from it. Then to the lab', 'lab', false],
    ['Datafrom files to reports', 'reports', false],
  ])('%j at %j: %s', (line, word, inside) => {
    const offset = line.indexOf(word);
    expect(inCustomerRange(line, offset)).toBe(inside);
    expect(inCustomerRange(line, offset)).toBe(exactly(line, offset));
  });
});

describe("the employer's list of its customers", () => {
  it.each([
    ['Our clients include hedge funds, banks and asset managers', 'banks', true],
    ['Acme is used by 1,200 customers worldwide today, including industry leaders such as Initech, MongoDB and Salesforce', 'MongoDB', true],
    ['Trusted by brands like Contoso and Fabrikam', 'Fabrikam', true],
    ['Acme is used by developers at Contoso and Fabrikam', 'Fabrikam', true],
    ['Our customers love the product. We build with MongoDB and Kafka', 'MongoDB', false],
    ['Acme helps customers ship faster with Kubernetes', 'Kubernetes', false],
  ])('%j at %j: %s', (line, word, inside) => {
    expect(inCustomerRange(line, line.indexOf(word))).toBe(inside);
  });
});
