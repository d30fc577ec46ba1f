import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { isBoardLabel } from '../../src/extract/board-labels';
import { chromeAround } from '../../src/extract/chrome-blocks';
import { isActionLabel } from '../../src/extract/page-actions';

describe('page chrome', () => {
  it.each([
    ['About the job', true], ['Job Description:', true], ['  full job   description ', true], ['Stellenbeschreibung', true],
    ['About the role', false], ['Job description and benefits of the team', false], ['Responsibilities', false],
  ])('isBoardLabel(%j) is %s', (line, want) => expect(isBoardLabel(line)).toBe(want));

  it.each([
    ['Apply now', true], ['← Back to Careers', true], ['apply for this job', true], ['Jetzt bewerben', true], ['Share', true],
    ['Apply your skills to hard problems', false], ['Back to the roadmap', false], ['Learn more', false],
  ])('isActionLabel(%j) is %s', (text, want) => expect(isActionLabel(text)).toBe(want));

  const doc = parseHtml(`<html><body><main>
<section id="hero"><a id="back" href="/careers">← Back to Careers</a><h1>Release Manager</h1><div><p>Remote</p><p>Full time</p></div><a id="apply-top" href="#apply">Apply</a></section>
<section id="details"><div id="description"><p>You will run the release train for four product teams and keep the calendar honest.</p>
<p>Please <a id="inline" href="#apply">apply</a> with a short note about a release you are proud of.</p><a id="apply-end" href="#apply">Apply now</a></div>
<div id="side"><div><a id="apply-side" href="#apply">Apply</a></div><h3>Perks</h3><ul><li>Gear budget</li><li>Flexible hours</li></ul></div></section>
</main></body></html>`);
  const around = (id: string) => chromeAround(doc.getElementById(id)!)?.getAttribute('id') ?? chromeAround(doc.getElementById(id)!)?.tagName;

  it.each([
    ['back', 'hero', 'the hero holding the back link, the title and the job facts'],
    ['apply-top', 'hero', 'the same hero'],
    ['apply-side', 'side', 'the side box with the perks under its apply button'],
    ['apply-end', 'apply-end', 'only the button, its parent holds the posting'],
  ])('around #%s is #%s (%s)', (id, want) => expect(around(id)).toBe(want));

  it('leaves a link inside a sentence alone', () => expect(chromeAround(doc.getElementById('inline')!)).toBeUndefined());
});
