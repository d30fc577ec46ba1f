import { Readability } from '@mozilla/readability';
import { chromeAround } from './chrome-blocks';
import { htmlToLines } from './html-to-text';
import { isActionLabel } from './page-actions';

const JUNK = /(^|[\s_-])(cookie|consent|gdpr|onetrust|similar[-_]?jobs|related[-_]?jobs|recommended[-_]?jobs|job[-_]?alerts?|newsletter)/i;

export interface ReadabilityResult {
  title: string;
  siteName: string;
  text: string;
  /** The article's own headings (<h1>–<h6>). */
  headings: string[];
}

/**
 * "Templates · Integrations · Customers · Pricing": a list whose every item is one short link (or menu button) and nothing else is
 * a site's menu, never a posting's content (a posting's list items are sentences or skills, not links alone).
 */
export function isLinkMenu(list: Element): boolean {
  const items = Array.from(list.children).filter((el) => el.tagName.toUpperCase() === 'LI');
  return (
    items.length >= 3 &&
    items.every((li) => {
      const controls = li.querySelectorAll('a, button');
      const text = (li.textContent ?? '').trim();
      return controls.length === 1 && (controls[0].textContent ?? '').trim() === text && text.split(/\s+/).length <= 3;
    })
  );
}

/** The main text of any page, by @mozilla/readability on a clone: the live page is never touched. */
export function readabilityText(doc: Document): ReadabilityResult | undefined {
  const clone = doc.cloneNode(true) as Document;
  if (!clone.documentElement) return undefined;
  // Readability drops most chrome by itself; cookie banners and "similar jobs" rails sometimes survive it.
  for (const el of Array.from(clone.querySelectorAll('nav, footer, aside, form, [role="navigation"], [role="dialog"], [role="contentinfo"], [id], [class]'))) {
    const tag = el.tagName.toUpperCase();
    const chrome =
      tag === 'NAV' ||
      tag === 'FOOTER' ||
      tag === 'ASIDE' ||
      tag === 'FORM' ||
      (el.hasAttribute('role') && /navigation|dialog|contentinfo/.test(el.getAttribute('role')!));
    const junk =
      JUNK.test(`${el.getAttribute('id') ?? ''} ${el.getAttribute('class') ?? ''}`) &&
      !/^(HTML|BODY|MAIN|ARTICLE)$/.test(tag) &&
      (el.textContent ?? '').length < 2000; // a banner, not a wrapper whose class mentions a banner
    if (chrome || junk) el.remove();
  }
  // Apply, save, share and back controls, with the hero or side box around them that holds no posting text.
  const controls = Array.from(clone.querySelectorAll('a, button')).filter((el) => isActionLabel(el.textContent ?? ''));
  for (const block of controls.map(chromeAround)) block?.remove();
  for (const menu of Array.from(clone.querySelectorAll('ul, ol')).filter(isLinkMenu)) menu.remove();
  const article = new Readability(clone, { charThreshold: 300 }).parse();
  if (!article?.content) return undefined;
  return { title: article.title ?? '', siteName: article.siteName ?? '', ...htmlToLines(doc, article.content) };
}
