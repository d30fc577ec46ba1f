import { describe, expect, it } from 'vitest';
import { brandInText, hasLegalForm, isPlaceholderCompany, PLACEHOLDER_COMPANIES, shortName, withoutCareers } from '../../src/extract/company-name';

describe('company names', () => {
  it.each([
    ['Contoso Careers', 'Contoso'],
    ['Careers at Contoso', 'Contoso'],
    ['Contoso - Jobs', 'Contoso'],
    ['Jobs at Contoso', 'Contoso'],
    ['Contoso Robotics', 'Contoso Robotics'],
  ])('withoutCareers(%s) is %s', (name, want) => expect(withoutCareers(name)).toBe(want));

  it.each([
    ['Contoso, Inc.', true],
    ['Contoso Canada Co.', true],
    ['Contoso GmbH', true],
    ['Contoso Ltd', true],
    ['Contoso Bank', false],
    ['Contoso Robotics', false],
    ['Incorporated Ideas Studio', false],
  ])('hasLegalForm(%s) is %s', (name, want) => expect(hasLegalForm(name)).toBe(want));

  it.each([
    ['Contoso, Inc.', 'Contoso', 'Contoso'],
    ['Contoso Canada Co.', 'Contoso', 'Contoso'],
    ['Contoso, Inc.', 'Contoso, Inc.', 'Contoso, Inc.'],
    ['Contoso Bank', 'Contoso', 'Contoso Bank'],
    ['Contoso, Inc.', '', 'Contoso, Inc.'],
    ['Fabrikam LLC', 'Contoso', 'Fabrikam LLC'],
  ])('shortName(%s, shown %s) is %s', (name, shown, want) => expect(shortName(name, shown)).toBe(want));

  it.each([
    ['contoso', 'At Contoso you will build. Contoso is hiring. See contoso.wd1.example.com.', 'Contoso'],
    ['contoso', 'CONTOSO and Contoso; CONTOSO leads.', 'CONTOSO'],
    ['fab-rik', 'The Fab Rik team.', 'Fab Rik'],
    ['woodgroves', "At Woodgrove's, we build. Woodgrove’s teams ship; Woodgrove's clients stay.", "Woodgrove's"], // an apostrophe an address cannot hold
    ['contoso', 'Only the URL: https://contoso.example.com/jobs', ''],
    ['contoso', 'Contosoville is a town.', ''],
    ['jj', 'JJ and more JJ.', ''],
  ])('brandInText(%s) in %j is %j', (slug, text, want) => expect(brandInText(slug, text)).toBe(want));

  it.each([
    ['Our Client', true],
    ['our client', true],
    ['Confidential', true],
    ['Confidential Company', true],
    ['Company', true],
    ['N/A', true],
    ['Stealth Startup', true],
    ['Contoso', false],
    ['Client Solutions Inc.', false],
    ['Confidential Computing Consortium', false],
    ['Company Shop Group', false],
    ['', false],
  ])('isPlaceholderCompany(%j) is %s', (name, want) => expect(isPlaceholderCompany(name)).toBe(want));

  it('documents every placeholder with an example', () => {
    for (const p of PLACEHOLDER_COMPANIES) expect(p.example.length, p.name).toBeGreaterThan(0);
  });
});
