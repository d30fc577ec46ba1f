import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { htmlToText } from '../../src/extract/html-to-text';
import { sectionsOf } from '../../src/extract/compose-text';
import { nodesToLines, nodesToText } from '../../src/extract/nodes-to-text';

const textOf = (html: string) => {
  const doc = parseHtml(`<html><body>${html}</body></html>`);
  return nodesToText([doc.body]);
};

describe('nodesToText', () => {
  it.each([
    ['paragraphs on their own lines', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['list items after "- "', '<ul><li>Jira</li><li><p>Confluence</p></li></ul>', '- Jira\n- Confluence'],
    ['nested lists', '<ul><li>Tools<ul><li>Jira</li></ul></li></ul>', '- Tools\n- Jira'],
    ['headings alone', 'Intro<h2>Requirements</h2>Five years', 'Intro\nRequirements\nFive years'],
    ['<br> as a line break', 'a<br>b<br><br>c', 'a\nb\nc'],
    ['inline elements joined', '<p><strong>Go</strong>lang and <em>Rust</em></p>', 'Golang and Rust'],
    ['whitespace collapsed', '<p>  lots \n\t of   space&nbsp;&nbsp;here </p>', 'lots of space here'],
    ['zero-width characters removed', '<p>Scr\u200Bum\u200D mas\uFEFFter</p>', 'Scrum master'],
    ['entities decoded', '<p>R&amp;D &lt;team&gt; &#8211; ok</p>', 'R&D <team> – ok'],
    [
      'a bold label before a list is a heading',
      '<p>Text.<strong>Minimum qualifications:<br></strong></p><ul><li>SQL</li></ul>',
      'Text.\nMinimum qualifications:\n- SQL',
    ],
    ['a bold label inside a sentence is not', '<p><strong>Note:</strong> remote is fine</p>', 'Note: remote is fine'],
    [
      'scripts, styles, buttons and hidden parts skipped',
      '<p>Keep</p><script>x()</script><style>p{}</style><button>Apply</button><p hidden>no</p><span class="sr-only">no</span><p style="display:none">no</p>',
      'Keep',
    ],
    [
      "labels for screen readers only, in NAVER's and LINE's class",
      '<dl class="card_info"><dt class="blind">Team</dt><dd>Labs</dd></dl><p>Keep</p><p class="blinder">Shown</p>',
      'Labs\nKeep\nShown',
    ],
    ['table cells spaced', '<table><tr><td>Level</td><td>Senior</td></tr></table>', 'Level Senior'],
    ['existing bullets not doubled', '<ul><li>• Jira</li></ul>', '• Jira'],
  ])('%s', (_, html, text) => expect(textOf(html)).toBe(text));

  it('leaves out parts matched by the skip selector', () => {
    const doc = parseHtml('<div id="d"><p>Keep</p><div class="more">Show more</div></div>');
    expect(nodesToText([doc.querySelector('#d')!], '.more')).toBe('Keep');
  });
});

describe('nodesToLines', () => {
  const linesOf = (html: string) => nodesToLines([parseHtml(`<html><body>${html}</body></html>`).body]);
  it('names the lines the page marks as headings, in order', () => {
    const { text, headings } = linesOf('<p>We build rockets.</p><h2>Life at <em>Acme</em></h2><p>Ping-pong</p><h3>What you bring</h3><ul><li>Jira</li></ul>');
    expect(text).toBe('We build rockets.\nLife at Acme\nPing-pong\nWhat you bring\n- Jira');
    expect(headings).toEqual(['Life at Acme', 'What you bring']);
  });

  it.each([
    ['bold paragraphs', '<p><strong>Requirements</strong></p><p>Jira</p>'],
    ['list items', '<ul><li><h4>Jira</h4></li></ul>'],
    ['plain text', 'Requirements<br>Jira'],
  ])('marks no heading in %s', (_, html) => expect(linesOf(html).headings).toEqual([]));
});

describe('sectionsOf', () => {
  it('cuts the text at the headings, in order, a heading repeated in the text only where the page marks it', () => {
    const text = 'TPM\nAcme\nIntro line\nSkills\n- Jira\nBenefits\nSkills matter\n- Dental';
    expect(sectionsOf(text, ['Skills', 'Benefits'])).toEqual([
      { heading: '', text: 'TPM\nAcme\nIntro line' },
      { heading: 'Skills', text: '- Jira' },
      { heading: 'Benefits', text: 'Skills matter\n- Dental' },
    ]);
  });

  it('gives no sections where the page marks no heading', () => expect(sectionsOf('TPM\nJira', [])).toBeUndefined());
});

describe('htmlToText', () => {
  const doc = parseHtml('<html><body></body></html>');
  it.each([
    ['HTML', '<p>About</p><ul><li>Jira</li></ul>', 'About\n- Jira'],
    ['HTML escaped once more (LinkedIn, Eightfold)', '&lt;p&gt;It&amp;#39;s&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Jira&lt;/li&gt;&lt;/ul&gt;', "It's\n- Jira"],
    ['plain text with newlines', 'Line one\nLine two & more', 'Line one\nLine two & more'],
    ['nothing', '', ''],
  ])('%s', (_, html, text) => expect(htmlToText(doc, html)).toBe(text));

  it('runs no script and loads nothing from the description (an inert template)', () => {
    const text = htmlToText(doc, '<img src="x" onerror="globalThis.pwned = 1"><p>Safe</p><script>globalThis.pwned = 2</script>');
    expect(text).toBe('Safe');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
    expect(doc.body.childNodes.length).toBe(0);
  });
});
