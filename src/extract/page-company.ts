// The company a page shows beside a posting when neither its structured data nor its title names one: the element the
// page names as the company ("advertiser-name", a company card), or the alt text of the site's logo. The page reader
// reads it (readability-text.ts); the injected extractor does without.
import { isNamedChrome } from './chrome-names';
import { withoutCareers } from './company-name';
import { cleanLine, nodesToText } from './nodes-to-text';
import { isJobBoard } from './page-meta';
import { CODE_NAMED, isNamedCompany, rawCodeNames } from './part-names';

/** A name as a page shows it on its own: one short line, not a board's name. */
const asName = (text: string) => {
  const name = cleanLine(text);
  return name.length >= 2 && name.length <= 60 && name.split(' ').length <= 6 && !isJobBoard(name) ? name : '';
};
/**
 * "Contoso logo", "Contoso career site", "Contoso Careers" -> "Contoso". An alt text that still says "logo" ("oj logo
 * here", "logo-image") is a placeholder, not a name.
 */
const altName = (alt: string) => {
  const name = withoutCareers(cleanLine(alt).replace(/\s+(logo|career site)$/i, ''));
  return /\blogo\b/i.test(name) ? '' : asName(name);
};

/** Whether an element sits in a part the page names as chrome: a card of "similar jobs" names another job's company. */
const inNamedChrome = (el: Element) => {
  for (let part = el.parentElement; part; part = part.parentElement) if (isNamedChrome(part)) return true;
  return false;
};

/** The raw names that may name a company (isNamedCompany decides). */
const MAYBE_COMPANY = /company|employer|advertiser|organi[sz]ation/i;

/**
 * The company an element names as the posting's own ("advertiser-name", a company card's name or logo): the first such
 * element outside the page's lists (a list's items are other jobs' cards), after the job's title (<h1>) where one
 * follows it: the site's menu before the title ("Company reviews": "Companies") is the board's.
 */
export function shownCompany(doc: Document): string {
  const title = doc.querySelector('h1');
  let afterTitle = !title;
  let beforeTitle = '';
  // In document order, the title among them: what comes after it is beside the job.
  for (const el of Array.from(doc.querySelectorAll(`h1, ${CODE_NAMED}`))) {
    if (el === title) afterTitle = true;
    // A quick look at the raw names first: a big page has many named elements, few of them about a company.
    if (!MAYBE_COMPANY.test(rawCodeNames(el))) continue;
    if (!isNamedCompany(el) || el.closest('li, nav, footer') || inNamedChrome(el)) continue;
    // "<a data-at="header-company-logo"><img alt="Contoso logo"></a>": a part named for the company's logo that holds
    // only the image names it by the image's alt text.
    const logo = el.tagName.toUpperCase() === 'IMG' ? el : !nodesToText([el]).trim() ? el.querySelector('img') : null;
    const name = logo ? altName(logo.getAttribute('alt') ?? '') : asName(nodesToText([el]).includes('\n') ? '' : nodesToText([el]));
    if (!name) continue;
    if (afterTitle) return name;
    beforeTitle ||= name;
  }
  return beforeTitle;
}

const saysLogo = (el: Element | null) => Boolean(el) && /logo|brand/i.test(`${el!.getAttribute('class') ?? ''} ${el!.getAttribute('id') ?? ''}`);

/**
 * The name in the alt text of the site's logo: an image that it or its wrapper calls a logo or brand (its file name or
 * alt text may say so too), or the image of the header's link to the site's home. A person's photo is neither.
 */
export function logoName(doc: Document): string {
  const logo = Array.from(doc.querySelectorAll('img[alt]')).find(
    (img) =>
      saysLogo(img) ||
      saysLogo(img.parentElement) ||
      saysLogo(img.parentElement?.parentElement ?? null) ||
      /logo/i.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''}`) ||
      (img.closest('header, [role="banner"], #header, .header') !== null && /^(\/|https?:\/\/[^/]+\/?)$/.test(img.closest('a')?.getAttribute('href') ?? '')),
  );
  return logo ? altName(logo.getAttribute('alt') ?? '') : '';
}

/** The company the page shows: its named element, else its logo's name; '' when it shows none. */
export const companyShown = (doc: Document) => shownCompany(doc) || logoName(doc);
