import { describe, expect, it } from 'vitest';
import { MAX_RESUME_NAME_CHARS } from '../../../src/storage/schema';
import { nameFromFile } from '../../../src/ui/options/NameField';

describe("a file's name as a resume's name", () => {
  it.each([
    ['resume.pdf', 'resume', false],
    ['Alex Morgan - TPM.docx', 'Alex Morgan - TPM', false],
    ['.pdf', 'My resume', false],
    [`${'a'.repeat(MAX_RESUME_NAME_CHARS)}.pdf`, 'a'.repeat(MAX_RESUME_NAME_CHARS), false],
  ])('%s -> %s', (file, name, cut) => {
    expect(nameFromFile(file)).toEqual({ name, cut });
  });

  it('shortens a longer one to the limit, with an ellipsis, and says so', () => {
    const { name, cut } = nameFromFile(`${'Resume for platform roles '.repeat(8)}.docx`);
    expect(cut).toBe(true);
    expect(name.length).toBeLessThanOrEqual(MAX_RESUME_NAME_CHARS);
    expect(name.endsWith('…')).toBe(true);
  });
});
