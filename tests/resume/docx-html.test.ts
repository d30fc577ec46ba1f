import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../src/resume/read-resume';

describe("a Word file's text from mammoth's HTML", () => {
  it.each([
    ['a soft line break is a line break', '<p>Managed cross-team<br />dependencies</p>', 'Managed cross-team\ndependencies\n\n'],
    ['paragraphs and headings end with a blank line', '<h1>Experience</h1><p>Led releases</p>', 'Experience\n\nLed releases\n\n'],
    ['list items too', '<ul><li>Jira</li><li>Confluence</li></ul>', 'Jira\n\nConfluence\n\n'],
    ['table cells are parted by tabs', '<table><tr><td>PMP</td><td>2021</td></tr></table>', 'PMP\t2021\t\n\n\n\n'],
    ['entities are decoded', '<p>R&amp;D &lt;team&gt; &quot;Q1&quot; &#8211; &#x2014; café</p>', 'R&D <team> "Q1" – — café\n\n'],
    // Nothing of the markup survives, not even an image's data.
    ['tags and their attributes go', '<p><img src="data:image/png;base64,AAAA" alt="logo"/>Alex <strong>Morgan</strong></p>', 'Alex Morgan\n\n'],
  ])('%s', (_, html, text) => {
    expect(docxHtmlToText(html)).toBe(text);
  });
});
