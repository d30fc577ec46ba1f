import { compareKey, escapeRegExp } from '../text/basics';
import { careersDomainLabel, careersHostBrand, hostingPlatform, tenantBrand } from './ats-hosts';
import { brandInText, isPlaceholderCompany, shortName } from './company-name';
import { composeText, sectionsOf } from './compose-text';
import { detectEmbeddedBoard, detectSite } from './detect-site';
import { hasJobCues } from './job-cues';
import { cleanLine, nodesToLines, type PostingLines } from './nodes-to-text';
import { companyInPageTitles, employerOfCareersTitle, isJobBoard, readPageMeta, titleAfterEmployer, titleWithoutSite } from './page-meta';
import type { ExtractMethod, Posting } from './posting-schema';
import type { SiteAdapter } from './site-adapter';
import type { ReadabilityResult } from './readability-text';
import { readAppState } from './read-app-state';
import { readJsonLd, type JsonLdPosting } from './read-json-ld';
import { readMicrodata } from './read-microdata';
import { wholeDescription } from './query';
import { placeRuns, RunRecorder, type TextRun } from './runs';
import { readingCutNotice } from './reading-bounds';
import { selectionText } from './selection-text';

export interface ExtractOptions {
  /** The user's selection on the page (window.getSelection().toString()); used when it is long enough. */
  selection?: string;
  /**
   * Receives the runs of the posting's text that came from the page's text nodes (src/extract/runs.ts), for a
   * posting read from the page's elements; a posting read from structured data or a selection has none.
   */
  runs?: TextRun[];
  /**
   * The site adapters to try (src/extract/adapters.ts by default). None reads every page by the general path alone, as a
   * page of a board nobody wrote an adapter for is read: `npm run eval:pages -- --generic` measures that.
   */
  adapters?: readonly SiteAdapter[];
}

/** A selection this long is a posting the user chose; shorter ones are stray clicks. */
export const MIN_SELECTION = 200;
/** A site adapter's description this long is the posting (LinkedIn's shortest postings run about this long). */
const MIN_SITE = 200;
/** Readability output shorter than this is not a posting. */
const MIN_READABILITY = 300;

const attempt = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

/** Whether two titles name the same job; on single-page boards the JSON-LD can still describe the previous one. */
const sameJob = (a: string, b: string) => !a || !b || compareKey(a).includes(compareKey(b)) || compareKey(b).includes(compareKey(a));

/**
 * The company a page without structured data names: its title's ("Data Engineer at Acme") on a site that shows
 * other employers' jobs, its own site name where the title names the site ("... | Acme Careers" on Acme Robotics).
 */
function pageCompany(titleCompany: string, pageSiteName: string): string {
  const siteName = isJobBoard(pageSiteName) ? '' : pageSiteName;
  if (titleCompany && siteName && compareKey(siteName).startsWith(compareKey(titleCompany))) return siteName;
  return titleCompany || siteName;
}

/** A JSON-LD description this short may be a summary: the first paragraphs of what the page shows. */
const MAX_SUMMARY = 1500;

/**
 * Whether a page's text starts the same as a JSON-LD description and holds half as much again: the whole posting, of
 * which the JSON-LD is a summary (the page reader leaves the page's chrome out, so the rest is the posting's own).
 * A summary written apart from the text ("… is seeking an IT Project Manager to lead …") shows in a page twice its
 * length that holds most of its longer words and reads as a posting.
 */
function showsMore(pageText: string, ldText: string): boolean {
  const flat = (s: string) => cleanLine(s.replace(/^- /gm, ''));
  const page = flat(pageText);
  const summary = flat(ldText);
  if (page.length < 1.5 * summary.length) return false;
  if (page.includes(summary.slice(0, 80))) return true;
  const summaryWords = longWords(summary);
  if (page.length < 2 * summary.length || summaryWords.size < MIN_SUMMARY_WORDS) return false;
  const pageWords = longWords(page);
  let shown = 0;
  for (const word of summaryWords) if (pageWords.has(word)) shown++;
  return shown >= SUMMARY_WORDS_SHOWN * summaryWords.size && hasJobCues(page);
}

/** A text's words of five letters or more, by their first five ("robots" is "robot", "releases" "release"). */
const longWords = (text: string) => new Set((text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).map((word) => word.slice(0, 5)));
/** A summary of fewer such words tells too little to compare. */
const MIN_SUMMARY_WORDS = 8;
/** The share of a summary's longer words that the page must hold: a rewording keeps most of its names and nouns. */
const SUMMARY_WORDS_SHOWN = 0.7;

/**
 * The structured posting to read of two that describe the page's job: the first, unless the second holds at least
 * twice its text (the first is then a summary, as boards' JSON-LD often is).
 */
function fuller(first: JsonLdPosting | undefined, second: JsonLdPosting | undefined): JsonLdPosting | undefined {
  if (!first || !second) return first ?? second;
  return sameJob(first.title, second.title) && second.text.length >= 2 * first.text.length ? second : first;
}

/** Reads the main text of any page; readability is passed in so the injected extractor can leave it out. */
export type PageReader = (document: Document) => ReadabilityResult | undefined;

/**
 * The job posting on a page: the user's selection, the page's JobPosting (JSON-LD or microdata), a site adapter,
 * the posting in the page's inline application state, or the generic page reader, in that order of preference (a
 * site adapter's description beats JSON-LD, which some boards truncate; the fuller of JSON-LD and app state wins).
 * Method 'json-ld', 'microdata' or 'app-state' says which structured data gave the text.
 * Without a reader, a page none of the others knows gives method 'none'.
 * Reads the document only; never throws.
 */
export function extractPostingWith(readPage: PageReader | undefined, document: Document, url: string, options: ExtractOptions = {}): Posting {
  const onSite = detectSite(url, options.adapters);
  // A board rendered inline on the employer's own careers page: the board's markup, the employer's page.
  const embedded = onSite ? undefined : attempt(() => detectEmbeddedBoard(document, options.adapters));
  const adapter = onSite ?? embedded;
  const site = adapter?.id ?? 'generic';
  const dom = adapter && attempt(() => adapter.extract(document));
  const recorder = options.runs ? new RunRecorder() : undefined;
  const domLines: PostingLines = (dom && attempt(() => nodesToLines(dom.body.map(wholeDescription), dom.skip, recorder))) || { text: '', headings: [] };
  const domText = domLines.text;
  const ofThisJob = (p: JsonLdPosting | undefined) => (p && sameJob(dom?.title ?? '', p.title) ? p : undefined);
  let ld = fuller(ofThisJob(attempt(() => readJsonLd(document, url))), ofThisJob(attempt(() => readMicrodata(document))));
  const meta = attempt(() => readPageMeta(document)) ?? { title: '', titleIsHeading: false, siteName: '', titleCompany: '' };
  const platform = attempt(() => hostingPlatform(url));

  const posting = (
    method: ExtractMethod,
    { text: body, headings, cut }: PostingLines,
    preferDom: boolean,
    fallbackTitle = '',
    fallbackSite = '',
    fallbackCompany = '',
    paneTitle = '',
  ): Posting => {
    const [a, b] = preferDom ? [dom, ld] : [ld, dom];
    const readerTitle = fallbackTitle && titleWithoutSite(fallbackTitle, [meta.siteName, meta.titleCompany, fallbackSite]);
    const title = a?.title || b?.title || paneTitle || (meta.titleIsHeading ? meta.title : '') || readerTitle || meta.title;
    // A recruiter's placeholder ("Our Client", "Confidential") names no company.
    const real = (name = '') => (isPlaceholderCompany(name) ? '' : name);
    const named = real(a?.company) || real(b?.company);
    // The page's title names the employer beside the job's title, which the page's data may know better than its heading.
    // "IT Project Manager | Notion" on "acme.notion.site", whose site is "Acme Learning on Notion": the platform that
    // hosts the employer's pages names itself, not the employer; the employer is the one it hosts, or the address's.
    const platformName = (name: string) => platform !== undefined && compareKey(name).replace(/ /g, '') === platform.name;
    const onPlatform = (name: string) => (platform ? name.replace(new RegExp(`\\s+on\\s+${escapeRegExp(platform.name)}$`, 'i'), '') : name);
    const pageTitleCompany = meta.titleCompany || (title !== meta.title && attempt(() => companyInPageTitles(document, title))) || '';
    // "amazon.jobs": a careers domain for a name names the employer, as the page writes it.
    const ofDomain = (name: string) => {
      const label = careersDomainLabel(name);
      return label ? (attempt(() => brandInText(label, body)) ?? '') : name;
    };
    const titleCompany = platformName(pageTitleCompany) ? '' : ofDomain(pageTitleCompany);
    const hostedSite = onPlatform(meta.siteName || fallbackSite);
    const siteName = platformName(hostedSite) ? '' : ofDomain(hostedSite);
    const platformSeen = siteName !== (meta.siteName || fallbackSite) || titleCompany !== pageTitleCompany;
    const hostedBrand = () => (platform && platformSeen ? (attempt(() => brandInText(platform.tenant, body)) ?? '') : '');
    // Data that hides the employer leaves it unnamed: the page's own name is then the recruiter's or the board's.
    const hidden = !named && [a?.company, b?.company].some((name) => name && isPlaceholderCompany(name));
    // Without an adapter, a hiring system's address names the employer's brand (src/extract/ats-hosts.ts).
    const addressBrand = (organization: string) =>
      dom ? '' : (attempt(() => tenantBrand(url, () => document.documentElement?.textContent ?? '', organization)) ?? '');
    const company =
      dom?.brand ||
      (named ? addressBrand(named) || shortName(named, titleCompany) : '') ||
      (hidden
        ? ''
        : real(pageCompany(titleCompany, siteName)) ||
          hostedBrand() ||
          real(fallbackCompany) ||
          addressBrand('') ||
          real(dom?.companyGuess) ||
          (embedded ? employerOfCareersTitle(document.title ?? '') : '') ||
          // Last, the employer's own careers host ("jobs.contoso.com"), as the text writes its name.
          (dom ? '' : (attempt(() => careersHostBrand(url, () => document.documentElement?.textContent ?? '')) ?? '')));
    // "Westbrook State University - IT Project Manager II": a page's title may name the employer first, known only now.
    const fromPage = !(a?.title || b?.title || paneTitle);
    const ownTitle = fromPage && company ? titleAfterEmployer(title, company) : title;
    const text = composeText(ownTitle, company, body, method === 'readability');
    if (method === 'site' && recorder && options.runs) for (const run of placeRuns(recorder.runs, body, text)) options.runs.push(run);
    const sections = sectionsOf(text, headings);
    return { title: ownTitle, company, site, method, text, ...(sections ? { sections } : {}), url, ...(cut ? { notices: [readingCutNotice(cut)] } : {}) };
  };

  const selection = selectionText(options.selection ?? '');
  if (selection.length >= MIN_SELECTION) return posting('selection', { text: selection, headings: [] }, true);

  let ldText = ld?.text ?? '';
  if (domText.length >= MIN_SITE && domText.length >= ldText.length * 0.5) return posting('site', domLines, true);
  // Read only where no adapter answered: a single-page site's state (bounded, but the largest source read here).
  ld = fuller(ld, ofThisJob(attempt(() => readAppState(document))));
  ldText = ld?.text ?? '';
  if (ldText.length >= 50) {
    // The description alone may be the summary of what the page shows, whatever parts the data adds to it.
    const summary = ld?.description ?? ldText;
    const page = summary.length < MAX_SUMMARY && readPage ? attempt(() => readPage(document)) : undefined;
    if (page && showsMore(page.text, summary)) return posting('readability', page, false, page.title, page.siteName, page.company);
    return posting(ld!.source ?? 'json-ld', ld!, false);
  }
  if (domText.length >= 50) return posting('site', domLines, true);

  const article = readPage && attempt(() => readPage(document));
  if (article && article.text.length >= MIN_READABILITY && hasJobCues(article.text)) {
    return posting('readability', article, true, article.title, article.siteName, article.company, article.paneTitle);
  }
  return { title: dom?.title || ld?.title || meta.title, company: dom?.company || ld?.company || '', site, method: 'none', text: '', url };
}
