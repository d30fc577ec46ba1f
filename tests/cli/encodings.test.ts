import { describe, expect, it } from 'vitest';
import { InputError, readTextFile } from '../../src/cli/read-input';
import { readResumeArg } from '../../src/cli/read-resume-file';
import { readResumeFile } from '../../src/ui/options/read-resume-file';
import { cli, expectRefusal, scratchFiles } from './run-cli';

// One posting and one resume saved the ways real machines save text; the CLI and the options page read them all alike.
const POSTING =
  'Technical Program Manager – Zürich\nRequirements\n- 5+ years running “Agile” programs with Jira and Confluence\n- PMP® or SAFe certification\n';
const RESUME = 'Program Manager, Köln\n- Led Scrum ceremonies and PI planning for 6 teams – on time\n';
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);
const le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);
const cp1252 = (s: string) => Buffer.from([...s.replace('®', '(R)')].map((c) => ({ '–': 0x96, '“': 0x93, '”': 0x94 })[c] ?? c.charCodeAt(0)));
const encodings: [string, (s: string) => Buffer][] = [
  ['UTF-8', (s) => Buffer.from(s)],
  ['UTF-8 with BOM', (s) => Buffer.concat([BOM8, Buffer.from(s)])],
  ['UTF-16 LE with BOM', le],
  ['UTF-16 BE with BOM', be],
  ['Windows-1252', cp1252],
];
const { file } = scratchFiles('tpm-lens-encodings-');

describe('text files in every encoding', () => {
  it.each(encodings)('the CLI reads a posting saved as %s', (name, encode) => {
    const path = file(`posting-${name}.txt`, encode(POSTING));
    expect(readTextFile(path, '--job')).toBe(name === 'Windows-1252' ? POSTING.replace('®', '(R)') : POSTING);
  });

  it.each(encodings)('the CLI and the options page read a resume saved as %s', async (name, encode) => {
    const bytes = encode(RESUME);
    const want = RESUME.trim();
    expect((await readResumeArg(file(`resume-${name}.txt`, bytes), '--resume')).trim()).toBe(want);
    const picked = new File([new Uint8Array(bytes)], 'resume.txt', { type: 'text/plain' });
    expect(await readResumeFile(picked)).toEqual({ text: want, source: 'txt' });
  });

  it('a page that declares its charset is read in it when its bytes are not UTF-8', () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="iso-8859-15"></head><body><p>Salary '),
      Buffer.from([0xa4]),
      Buffer.from('90k</p></body></html>'),
    ]);
    expect(readTextFile(file('latin9.html', page), '--html', { html: true })).toContain('Salary €90k');
  });

  it.each([
    ['a PNG named .txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['UTF-16 without its byte-order mark', Buffer.from(POSTING, 'utf16le')],
  ])('refuses %s as binary, in the CLI and the options page', async (_, bytes) => {
    expect(() => readTextFile(file('binary.txt', bytes), '--job')).toThrow(
      new InputError(`--job ${file('binary.txt', bytes)} is not a text file (binary content); save it as plain text (.txt) first`),
    );
    await expect(readResumeFile(new File([new Uint8Array(bytes)], 'cv.txt'))).rejects.toThrow(/"cv\.txt" is not a text file \(binary content\)/);
  });

  it('analyzes a UTF-16 posting end to end (one process)', () => {
    const r = cli('analyze', '--job', file('notepad-unicode.txt', le(POSTING)), '--json');
    expect(r.code).toBe(0);
    const ids = JSON.parse(r.stdout).terms.map((t: { id: string }) => t.id);
    expect(ids).toEqual(expect.arrayContaining(['jira', 'confluence', 'pmp']));
  });

  it('still refuses binary with one line on stderr', () =>
    expectRefusal(cli('analyze', '--job', file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]))), /is not a text file \(binary content\)/));
});
