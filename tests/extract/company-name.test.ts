import { describe, expect, it } from 'vitest';
import { brandInText, hasLegalForm, shortName, withoutCareers } from '../../src/extract/company-name';

describe('company names', () => {
  it.each([
    ['Contoso Careers', 'Contoso'],
    ['Careers at Contoso', 'Contoso'],
    ['Contoso - Jobs', 'Contoso'],
    ['Contoso Robotics', 'Contoso Robotics'],
  ])('withoutCareers(%s) is %s', (name, want) => expect(withoutCareers(name)).toBe(want));

  it.each([
    ['Contoso, Inc.', true], ['Contoso Canada Co.', true], ['Contoso GmbH', true], ['Contoso Ltd', true],
    ['Contoso Bank', false], ['Contoso Robotics', false], ['Incorporated Ideas Studio', false],
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
    ['contoso', 'Only the URL: https://contoso.example.com/jobs', ''],
    ['contoso', 'Contosoville is a town.', ''],
    ['jj', 'JJ and more JJ.', ''],
  ])('brandInText(%s) in %j is %j', (slug, text, want) => expect(brandInText(slug, text)).toBe(want));
});
