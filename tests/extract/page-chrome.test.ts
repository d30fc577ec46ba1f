import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html';
import { isBoardLabel } from '../../src/extract/board-labels';
import { chromeAround } from '../../src/extract/chrome-blocks';
import { isActionLabel } from '../../src/extract/page-actions';
import { wholeDescription } from '../../src/extract/query';
import { isApplicantNotice } from '../../src/extract/applicant-notices';
import { extractPosting } from '../../src/extract';
import { isJobCardList, isLinkMenu, readabilityText } from '../../src/extract/readability-text';

describe('page chrome', () => {
  it.each([
    ['About the job', true],
    ['Job Description:', true],
    ['  full job   description ', true],
    ['Stellenbeschreibung', true],
    ['About the role', false],
    ['Job description and benefits of the team', false],
    ['Responsibilities', false],
  ])('isBoardLabel(%j) is %s', (line, want) => expect(isBoardLabel(line)).toBe(want));

  it.each([
    ['Apply now', true],
    ['← Back to Careers', true],
    ['apply for this job', true],
    ['Jetzt bewerben', true],
    ['Share', true],
    ['Apply your skills to hard problems', false],
    ['Back to the roadmap', false],
    ['Learn more', false],
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

describe('a description the HTML parser split', () => {
  // As a browser parses "<p><span>Intro<ul>…</ul>More</span></p>" built by script and saved: the list and what follows
  // end up after the paragraph.
  const doc = parseHtml(`<html><body>
<div id="about"><h2>About the job</h2><p><span id="split">We ship weekly. You will:</span></p><ul><li>Run releases</li></ul>And report status.</div>
<div id="whole"><p><span id="kept">A description that fits in its paragraph.</span></p></div>
<div id="own"><p id="para">A paragraph of its own.</p><p>Another paragraph, not ours.</p></div>
</body></html>`);
  it.each([
    ['split', 'about', 'reads the parent that holds the rest'],
    ['kept', 'kept', 'keeps an element whose paragraph holds everything'],
  ])('%s -> %s: %s', (id, want) => expect(wholeDescription(doc.getElementById(id)!).getAttribute('id')).toBe(want));
});

describe('site menus in what the page reader reads', () => {
  const page = (menu: string) =>
    parseHtml(`<html><head><title>Release Manager</title></head><body>
<main><article><div>${menu}</div><h1>Release Manager</h1>
<p>You will run the release train for four product teams and keep the calendar honest across time zones and teams.</p>
<p>We look for someone who has shipped software on a schedule, kept stakeholders informed and learned from incidents.</p>
<ul><li>Five years of release management</li><li>Jenkins and GitHub Actions</li><li>Clear writing</li></ul>
<p>Our teams work in small groups with a lot of trust, and we value calm, careful work over heroics every single day.</p>
</article></main></body></html>`);
  const menu =
    '<ul><li><button>Features</button></li><li><a href="/t">Templates</a></li><li><a href="/i">Integrations</a></li><li><a href="/p">Pricing</a></li></ul><a href="#main">Skip to content</a>';
  it.each([
    ['<li><button>Features</button></li><li><a href="/t">Templates</a></li><li><a href="/p">Pricing</a></li>', true],
    ['<li><a href="/t">Templates</a></li><li><a href="/p">Pricing</a></li>', false], // two items make no menu
    ['<li><a href="/t">Templates</a></li><li><a href="/i">Integrations</a> we build</li><li><a href="/p">Pricing</a></li>', false],
    ['<li>Jenkins</li><li>GitHub Actions</li><li>Terraform</li>', false],
    ['<li><a href="/a">Read our engineering blog posts</a></li><li><a href="/b">Benefits</a></li><li><a href="/c">Values</a></li>', false],
  ])('isLinkMenu(<ul>%s</ul>) is %s', (items, want) => {
    const list = parseHtml(`<html><body><ul id="l">${items}</ul></body></html>`).getElementById('l')!;
    expect(isLinkMenu(list)).toBe(want);
  });

  // The menu sits inside the article, where the reader keeps what it does not know to be chrome; Chromium's DOM
  // keeps more of a page's menus than linkedom's (tests/e2e/saved-pages.e2e.ts reads real pages there).
  it('leaves out a list of short links and a skip link', () => {
    const text = readabilityText(page(menu))?.text ?? '';
    expect(text).toContain('Jenkins and GitHub Actions');
    expect(text).not.toMatch(/Templates|Integrations|Pricing|Skip to content/);
  });
  it('keeps a list whose items say more than a link', () => {
    const text = readabilityText(page(''))?.text ?? '';
    expect(text).toContain('- Five years of release management');
  });
});

describe('what boards put beside a posting', () => {
  const card = (title: string, company: string, extra = '<span>Remote</span>') =>
    `<li><a href="/jobs/${title.length}">${title}</a><div>${company}</div>${extra}</li>`;
  it.each([
    [card('Release Manager', 'Contoso') + card('Delivery Lead', 'Fabrikam') + card('Scrum Master', 'Tailspin'), true],
    [card('Release Manager', 'Contoso') + card('Delivery Lead', 'Fabrikam') + card('Scrum Master', 'Tailspin') + '<li></li><li></li>', true], // scrolled-out cards are empty
    [card('Release Manager', 'Contoso') + card('Delivery Lead', 'Fabrikam'), false], // two cards make no list
    ['<li>Jira</li><li>Confluence</li><li>Terraform</li>', false],
    [
      card('Release Manager', 'Contoso') +
        card('Delivery Lead', 'Fabrikam') +
        '<li>Run the release train for four teams and report to the steering group.</li>',
      false,
    ],
    [
      card('Release Manager', 'Contoso', '<p>You will run our release train across four product teams every month.</p>') +
        card('Delivery Lead', 'Fabrikam') +
        card('Scrum Master', 'Tailspin'),
      false,
    ],
    ['<li><a href="/a">Berlin</a></li><li><a href="/b">London</a></li><li><a href="/c">Lisbon</a></li>', false], // one line each: a menu
  ])('isJobCardList(<ul>%s</ul>) is %s', (items, want) => {
    const list = parseHtml(`<html><body><ul id="l">${items}</ul></body></html>`).getElementById('l')!;
    expect(isJobCardList(list)).toBe(want);
  });

  const posting = (cards: string) =>
    parseHtml(`<html><head><title>Release Manager | Contoso Careers</title></head><body><main>
<h1>Release Manager</h1>
<div class="description"><h2>About the role</h2>
<p>Contoso ships its payroll software to nine thousand firms, and you will run the release train of its six product teams every month.</p>
<ul><li>Plan each release with the team leads and keep the release calendar.</li><li>Run go/no-go meetings and the change advisory board.</li></ul>
<p>You have five years of release management experience, with Jenkins, Jira and ServiceNow, and you write clearly.</p></div>
${cards}</main></body></html>`);
  const moreJobs = `<h2>More jobs at Contoso</h2><ul>${card('Delivery Lead', 'Contoso')}${card('Scrum Master', 'Contoso')}${card('Program Manager', 'Contoso')}</ul>`;
  it("keeps a posting's own title when job cards sit under it (no list beside a job's pane)", () => {
    expect(extractPosting(posting(moreJobs), 'https://careers.contoso.example/jobs/7').title).toBe('Release Manager');
    expect(extractPosting(posting(''), 'https://careers.contoso.example/jobs/7').title).toBe('Release Manager');
  });

  it("leaves out a board's profile of the employer after the posting, not a part named for the company that wraps it", () => {
    const about =
      '<div class="company-profile"><h3>About Contoso</h3><p>Contoso was founded in 1998 and has nine hundred people in four offices across two continents.</p><a href="/c/contoso">View profile</a></div>';
    const after = parseHtml(posting('').documentElement.outerHTML.replace('</div>\n</main>', `${about}</div></main>`));
    expect(extractPosting(after, 'https://jobs.example.org/1').text).not.toContain('Contoso was founded in 1998');
    // The page's footer holds more text than the posting, so the wrapper is short enough to be taken for a profile.
    const footer = `<footer>${'<p>Contoso offices, press, investors, legal notices and the accessibility statement.</p>'.repeat(12)}</footer>`;
    const wrapped = parseHtml(
      posting('')
        .documentElement.outerHTML.replace('<div class="description">', '<div class="description company-profile">')
        .replace('</main>', `</main>${footer}`),
    );
    expect(extractPosting(wrapped, 'https://jobs.example.org/1').text).toContain('you will run the release train');
  });

  it.each([
    ["Be careful: don't provide your bank or credit card details when applying for jobs.", true],
    ['Never pay to apply: an employer who asks you for money is not a real employer.', true],
    ['Beware of recruitment scams. We will never ask you for a fee.', true],
    ['Protect yourself from job scams: keep your passport and card numbers to yourself.', true],
    ['Experience with payment systems and card fraud detection.', false], // no caution word
    ['We never stop learning: every person gets a yearly budget.', false], // no money word
    ['Be careful with details: you will review every change to the release plan before it ships.', false],
    [`Never ${'miss a chance to help the team and the bank of knowledge we share '.repeat(4)}`, false], // too long for a notice
  ])('isApplicantNotice(%j) is %s', (line, want) => expect(isApplicantNotice(line)).toBe(want));
});
