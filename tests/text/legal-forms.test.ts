import { describe, expect, it } from 'vitest';
import { endsWithLegalForm, withoutLegalForm } from '../../src/text/legal-forms';

describe('legal forms at the end of a company name', () => {
  it.each([
    ['Acme, Inc.', 'Acme'],
    ['Acme Inc', 'Acme'],
    ['Acme Holdings Limited', 'Acme Holdings'],
    ['Acme Canada Co.', 'Acme Canada'],
    ['Acme GmbH', 'Acme'],
    ['Acme Pty Ltd', 'Acme'],
    ['Acme Sp. z o.o.', 'Acme'],
    ['Acme Incorporated', 'Acme'],
    ['Procore Technologies', 'Procore Technologies'],
    ['Visa', 'Visa'],
    ['Inc', 'Inc'],
  ])('%s without its legal form is %s', (name, short) => {
    expect(withoutLegalForm(name)).toBe(short);
  });

  it.each([
    ['Acme, Inc.', true],
    ['Acme Corporation', true],
    ['Acme SE', true],
    ['Inc', true],
    ['Visa', false],
    ['Nasa', false],
    ['Acme Labs', false],
  ])('%s ends with a legal form: %s', (name, ends) => {
    expect(endsWithLegalForm(name)).toBe(ends);
  });
});
