import { describe, expect, it } from 'vitest';
import { analysisSchema } from '../../src/analyze/analysis-schema';
import { namesInText } from '../../src/analyze/other-keywords-named';
import { analyze } from '../../src/index';

/** A posting whose requirements are the given lines, and a preferred section when asked. */
const posting = (required: string[], preferred: string[] = []) =>
  [
    'Site Program Manager',
    'Northwind Builders',
    '',
    'About us',
    'Northwind Builders has built bridges since 1950.',
    '',
    'Requirements',
    ...required.map((l) => `- ${l}`),
    ...(preferred.length ? ['', 'Nice to have', ...preferred.map((l) => `- ${l}`)] : []),
  ].join('\n');

const named = (lines: string[], preferred: string[] = [], resume?: string) => analyze(posting(lines, preferred), resume).otherKeywords.filter((k) => k.kind);

describe('named requirements outside the taxonomy', () => {
  it.each([
    ['a Title-case law and its defined acronym', 'Knowledge of the Endangered Species Act (ESA)', 'Endangered Species Act', 'regulation'],
    ['a law whose name holds "of"', 'Respond to Conservation of Wetlands Act requests', 'Conservation of Wetlands Act', 'regulation'],
    ['a law with the year it was passed', 'Knowledge of the Harbour Safety Act of 1974', 'Harbour Safety Act of 1974', 'regulation'],
    ['a law with its year after it', 'Reporting under the Companies Act 2006', 'Companies Act 2006', 'regulation'],
    ['a law whose name opens with a common word', 'Permits under the Safe Drinking Water Act', 'Safe Drinking Water Act', 'regulation'],
    ['a law named after a place', 'Compliance with New York Insurance Law', 'New York Insurance Law', 'regulation'],
    ['names before a lowercase head', 'Aerial Lift and Hot Work certificates', 'Hot Work', 'certification'],
    ['a field of rules', 'Working knowledge of DOT regulations', 'DOT regulations', 'regulation'],
    ['a lowercase field of codes', 'Applicable local and provincial labour codes', 'labour codes', 'standard'],
    ['items listed after a plural head', 'Construction Safety Certifications (ZSTS-12, Leadership for Safety Excellence)', 'ZSTS-12', 'certification'],
    ['a name after "certification in"', 'Certification in Hot Work Entry', 'Hot Work Entry', 'certification'],
    ['a name after "such as"', 'Project management certification such as CITPM or COMIT', 'COMIT', 'certification'],
    ['a Title-case certification', 'Superintendent with a Trade Certification', 'Trade Certification', 'certification'],
    ['unknown names listed beside known tools', 'Jira, Zorbplan and Quillboard or similar', 'Zorbplan', 'tool'],
    ['a product name that holds a known word', 'Reporting with Jira, Quill Agile Board and Tidewright', 'Quill Agile Board', 'tool'],
  ])('finds %s: "%s"', (_, line, text, kind) => {
    expect(named([line])).toContainEqual(expect.objectContaining({ text, kind, importance: 'required' }));
  });

  it.each([
    ['a heading-like imperative', 'Act Now to join our growing team'],
    ['a code of conduct', 'Follow our Code of Conduct at all times'],
    ['a certificate of employment', 'Provide a Certificate of employment from your last employer'],
    ['a job title', 'Report to the Certification Manager'],
    ['job titles in a list', 'Senior Construction Professional, Engineer, or Superintendent'],
    ['a generic standard', 'Use Industry Standard tools for scheduling'],
    ['software code', 'Write Clean Code and review it'],
    ['a sentence-initial common word', 'Client standards and policies must be adhered to'],
    ['unnamed rules', 'Follow applicable regulations and company standards'],
    ["the employer's own rules", 'Follow Company Regulations at all times'],
    ['an act of a body', 'Changes that need an Act of Parliament'],
    ['relevant certifications', 'Relevant certifications are a plus'],
    ['a list that goes on into prose', 'Coordinate with partner teams across Jira, Kestrel, and internal engineering groups'],
    ['names that run on into a noun', 'Six Sigma certification (Green or Black belt)'],
    ['a version number', 'Strong skills in MS Project 2013'],
    ['a vendor before a known tool', 'Reports in Tableau or MS Power BI'],
    ['half of a word pair', 'Experience in Audio/Visual and Video Conferencing design'],
  ])('reports nothing for %s: "%s"', (_, line) => {
    expect(named([line])).toEqual([]);
  });

  it("leaves a driver's licence to the taxonomy, which names it (with its class or not)", () => {
    const a = analyze(posting(["A valid class 5 driver's license"]));
    expect(a.terms.map((t) => t.id)).toContain('driving-licence');
    expect(a.otherKeywords.filter((k) => k.kind)).toEqual([]);
  });

  it("counts an acronym's later uses and lists acronyms beside a found law", () => {
    const found = named(['Knowledge of the Endangered Species Act (ESA)', 'Subject matter expertise in the ESA and MMPA']);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Endangered Species Act', count: 2, aliases: ['ESA'] }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'MMPA', kind: 'regulation' }));
  });

  it('reads acronyms on the lines next to a known certification, one name a line', () => {
    const found = named(['Project scheduling', 'PMP', 'NCSO', 'Budget tracking']);
    expect(found).toEqual([expect.objectContaining({ text: 'NCSO', kind: 'certification' })]);
  });

  it('reads the lines under a heading of certifications that are names, and nothing else', () => {
    const text = `${posting(['Plan the site schedule and budget'])}\n\nRequired certifications:\n- Zorb Site Safety Card\n- ZSTS-12, Hot Work Entry\n- PMP\n- Ability to travel to sites`;
    const found = analyze(text)
      .otherKeywords.filter((k) => k.kind)
      .map((k) => k.text);
    expect(found.sort()).toEqual(['Hot Work Entry', 'ZSTS-12', 'Zorb Site Safety Card']);
  });

  it("reads an acronym made of a law's initials", () => {
    const found = named(['Assist with Marine Mammal Protection Act consultations', 'Draft MMPA documents']);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Marine Mammal Protection Act', count: 2, aliases: ['MMPA'] }));
  });

  it("gives each its line's importance, and never reads the company's story", () => {
    const found = named(['Aerial Lift certificate'], ['Hot Work certificate']);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Aerial Lift certificate', importance: 'required' }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'Hot Work certificate', importance: 'preferred' }));
    const about = analyze(posting(['Plan the site schedule']).replace('since 1950.', 'since 1950 under the Bridge Safety Act.'));
    expect(about.otherKeywords.filter((k) => k.kind)).toEqual([]);
  });

  it('says whether the resume names it, by name or acronym, in any case', () => {
    const found = named(
      ['Aerial Lift and Hot Work certificates', 'Knowledge of the Endangered Species Act (ESA)'],
      [],
      'Certified in aerial lift operation. Wrote ESA consultations.',
    );
    const inResume = Object.fromEntries(found.map((k) => [k.text, k.inResume]));
    expect(inResume).toEqual({ 'Aerial Lift': true, 'Hot Work': false, 'Endangered Species Act': true });
    expect(named(['Aerial Lift certificate'])[0].inResume).toBeUndefined();
  });

  it('leaves the old noise out of the frequent phrases: titles, org units, lone head nouns', () => {
    const lines = [
      'Brief the Deputy Director of the Permits Division on the Endangered Species Act',
      'Prepare memos for the Deputy Director of the Permits Division',
      'Construction Safety Certifications (ZSTS-12, Aerial Lift)',
      'Other Certifications as assigned',
      'Support the Office of Coastal Permits (OCP) within the Harbour Works Agency (HWA)',
      'Track OCP taskers and HWA Harbour reviews',
      'Prepare OCP briefings for Harbour planning',
    ];
    const texts = analyze(posting(lines)).otherKeywords.map((k) => k.text);
    for (const noise of ['Director', 'Deputy', 'Division', 'Deputy Director', 'Certifications', 'Act', 'OCP', 'HWA', 'Harbour'])
      expect(texts).not.toContain(noise);
    expect(texts).toContain('Endangered Species Act');
  });

  it('keeps the analysis contract: new fields validate, and an item of the old shape still does', () => {
    const a = analyze(posting(['Aerial Lift certificate']), 'resume text');
    expect(analysisSchema.parse(a)).toEqual(a);
    const before = { ...a, otherKeywords: [{ text: 'pallet wrapping', count: 2 }] };
    expect(analysisSchema.parse(before).otherKeywords).toEqual([{ text: 'pallet wrapping', count: 2 }]);
  });
});

describe('namesInText', () => {
  it.each([
    ['ESA consultations', ['ESA'], true],
    ['fall protection', ['Fall Protection'], true],
    ['class 5 driver’s license', ["class 5 driver's license"], true],
    ['MESA', ['ESA'], false],
    ['Desa', ['ESA'], false],
  ])('"%s" names %j: %s', (text, names, expected) => expect(namesInText(text, names)).toBe(expected));
});
