import { Readability } from '@mozilla/readability';
import { chromeAround, headerBlocks, isSentence } from './chrome-blocks';
import { isChromeHeading, isNamedDescription, namedPart } from './chrome-names';
import { headedPosting, sameMake } from './headed-posting';
import { htmlToLines } from './html-to-text';
import { hasJobCues, saysWhatTheRoleIs } from './job-cues';
import { cleanLine, HEADINGS, hiddenBy, nodesToLines, nodesToText, type PostingLines } from './nodes-to-text';
import { companyShown } from './page-company';
import { withoutPageFrame } from './page-frame';
import { isActionLabel, partsOpenedByMore } from './page-actions';
import { CODE_NAMED } from './part-names';
import { MAX_READ_CHARS, MAX_READER_DEPTH } from './reading-bounds';

export interface ReadabilityResult {
  title: string;
  siteName: string;
  text: string;
  /** The article's own headings (<h1>–<h6>). */
  headings: string[];
  /** Which bound (src/extract/reading-bounds.ts) cut the page, if one did. */
  cut?: 'characters' | 'depth';
  /** The company an element or the logo of the page shows (src/extract/page-company.ts), if any. */
  company?: string;
  /**
   * The heading of the job's pane on a page that lists jobs beside the one it shows (isJobCardList), whose own title
   * and <h1> name the list ("Jobs based on your profile", "Project manager jobs in Leeds").
   */
  paneTitle?: string;
}

/** Elements that hold no text a reader sees; scripts are kept only when they hold JSON-LD (readability reads its metadata). */
const UNREAD = new Set(['STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG']);
/**
 * `metadata`: the <head> or one of its elements, which a browser never renders (its stylesheet says display: none) and
 * which readability reads all the same: the page's <title>, its meta tags and JSON-LD. Judged by their tags alone, or
 * a browser's copy would lose them where a parsed page (linkedom: no computed style) keeps them.
 */
const unread = (el: Element, tag: string, metadata: boolean, opened: ReadonlySet<string>) =>
  UNREAD.has(tag) || (tag === 'SCRIPT' && !/ld\+json/i.test(el.getAttribute('type') ?? '')) || (!metadata && hiddenBy(el) === 'element' && !opened.has(el.id));

/** Whether an element has text of its own (not only in its children), or is a line break: what a flattened element keeps. */
const holdsText = (el: Element) => {
  if (el.tagName.toUpperCase() === 'BR') return true;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.textContent ?? '').trim()) return true;
  return false;
};

/** A <div> or <span> without attributes whose only content is one element: nothing for the reader but depth. */
function isBareWrapper(el: Element, tag: string): boolean {
  if ((tag !== 'DIV' && tag !== 'SPAN') || el.hasAttributes()) return false;
  let elements = 0;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) elements++;
    else if (c.nodeType === 3 && (c.textContent ?? '').trim()) return false;
    if (elements > 1) return false;
  }
  return elements === 1;
}

/**
 * A copy of the page for the page reader, made in one pass in document order (a loop: no depth exhausts it) and bounded
 * (src/extract/reading-bounds.ts): its text stops after MAX_READ_CHARS characters; bare wrappers are passed through;
 * an element that would sit deeper than MAX_READER_DEPTH is placed under its ancestor at that depth (only if it holds
 * text of its own); hidden elements, styles and scripts are left out. Readability's work then stays bounded whatever the page.
 */
export function boundedCopy(doc: Document): { copy: Document; cut?: 'characters' | 'depth' } | undefined {
  const source = doc.documentElement;
  if (!source) return undefined;
  const copy = doc.cloneNode(false) as Document;
  const root = copy.importNode(source, false);
  copy.appendChild(root);
  /** open[d - 1]: the copy of the open element at depth d (the root is depth 1); a flattened element's children go to its own copy. */
  const open: Node[] = [root];
  /** The depth in the copy of each open element's copy (a wrapper passed through has its parent's). */
  const copyDepth: number[] = [1];
  /** Whether each open element's own text is read (visibility:hidden hides an element's own text, not its children's). */
  const shows: boolean[] = [true];
  let chars = 0;
  let cut: 'characters' | 'depth' | undefined;
  let node: Node = source;
  let depth = 1;
  // The parser leaves only metadata elements (title, meta, link, style, script, noscript, template) in the <head>, flat.
  const head = doc.head;
  const opened = partsOpenedByMore(doc);
  for (;;) {
    let descend = false;
    if (node !== source) {
      if (node.nodeType === 3) {
        const text = node.textContent ?? '';
        if (shows[depth - 2]) {
          chars += text.length;
          if (chars > MAX_READ_CHARS) {
            cut = 'characters';
            break;
          }
          open[depth - 2].appendChild(copy.createTextNode(text));
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        const metadata = head != null && (el === head || el.parentNode === head);
        if (!unread(el, tag, metadata, opened)) {
          descend = true;
          const parent = open[depth - 2];
          const parentDepth = copyDepth[depth - 2];
          let placed: Node;
          let placedDepth: number;
          if (isBareWrapper(el, tag)) {
            // A <div> or <span> with no attributes around a single element says nothing: its child is placed for it.
            placed = parent;
            placedDepth = parentDepth;
          } else if (parentDepth >= MAX_READER_DEPTH) {
            cut ??= 'depth';
            // Past the bound, elements go under the copy at the bound, in order; a wrapper is passed through.
            const atBound = parentDepth > MAX_READER_DEPTH ? (parent.parentNode as Node) : parent;
            placed = holdsText(el) ? atBound.appendChild(copy.importNode(el, false)) : atBound;
            placedDepth = placed === atBound ? MAX_READER_DEPTH : MAX_READER_DEPTH + 1;
          } else {
            placed = parent.appendChild(copy.importNode(el, false));
            placedDepth = parentDepth + 1;
            // A collapsed part the browser shows when searched, or that a "Read more" control opens, is the page's own
            // text: readability drops any [hidden].
            if (el.getAttribute('hidden') === 'until-found' || opened.has(el.id)) (placed as Element).removeAttribute('hidden');
          }
          open[depth - 1] = placed;
          copyDepth[depth - 1] = placedDepth;
          shows[depth - 1] = metadata || hiddenBy(el) !== 'own-text';
        }
      }
    } else descend = true;
    if (descend && node.firstChild) {
      node = node.firstChild;
      depth++;
      continue;
    }
    while (node !== source && !node.nextSibling) {
      node = node.parentNode as Node;
      depth--;
    }
    if (node === source) break;
    node = node.nextSibling as Node;
  }
  return { copy, ...(cut ? { cut } : {}) };
}

/** A wrapper named for a banner is no banner: the page's main parts are never left out by their names. */
const NEVER_NAMED = /^(HTML|BODY|MAIN|ARTICLE)$/;
/** NodeFilter.SHOW_TEXT (the constant, which Node has no NodeFilter to carry). */
const SHOW_TEXT = 4;
/** Marks a board's profile of the employer (PROFILE_NAMES) in the page reader's copy. */
const PROFILE_MARK = 'data-tpmkl-profile';
/** A job's facts or a company card is short; a longer part named "meta" or "company" holds more than that. */
const MAX_FRAME = 300;
const holdsSentence = (el: Element) =>
  nodesToText([el])
    .split('\n')
    .some((line) => isSentence(line.replace(/^- /, '')));

/**
 * The part of a page that a heading titles: its block when the heading opens a block that holds no other heading (a
 * "Similar jobs" rail), else the heading and its following siblings up to the next heading of its level or higher.
 */
function sectionUnder(heading: Element): Element[] {
  const level = Number(heading.tagName[1]);
  const block = heading.parentElement;
  if (block && !NEVER_NAMED.test(block.tagName.toUpperCase()) && block.firstElementChild === heading && block.querySelectorAll(HEADINGS).length === 1) {
    return [block];
  }
  const section = [heading];
  for (let next = heading.nextElementSibling; next; next = next.nextElementSibling) {
    const tag = next.tagName.toUpperCase();
    if (/^H[1-6]$/.test(tag) && Number(tag[1]) <= level) break;
    section.push(next);
  }
  return section;
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

/** A line of a job card: a title, a name, a place, a salary or a tag, up to 20 words, not a sentence that ends with a stop. */
const isCardLine = (line: string) => line.split(' ').length <= 20 && !/\p{L}\p{L}[.!]$/u.test(line);

/**
 * A board's list of job cards beside the one job it shows (search results, "Jobs based on your profile"): three or more
 * items that show text, each a link with two to eight short lines (title, company, place, "Actively recruiting"). A
 * posting's own list items are sentences or single skills. Left out, the page reader reads the job shown beside it.
 */
export function isJobCardList(list: Element): boolean {
  // Boards leave the cards scrolled out of view empty until they are shown; those say nothing either way.
  const items = Array.from(list.children).filter((item) => (item.textContent ?? '').trim());
  return (
    items.length >= 3 &&
    items.every((item) => {
      if (!item.querySelector('a[href]')) return false;
      const lines = nodesToText([item]).split('\n');
      return lines.length >= 2 && lines.length <= 8 && lines.every(isCardLine);
    })
  );
}

/** The nearest element that holds both nodes. */
const sharedParent = (a: Node, b: Node) => {
  let parent = a.parentElement;
  while (parent && !parent.contains(b)) parent = parent.parentElement;
  return parent;
};

/**
 * The heading of the job's pane on a page that lists jobs beside it, read in the live page (readability keeps or drops
 * a pane's heading as it likes): the last heading (<h1>–<h3>, not a card's) at or before the first line of `text`.
 * Only where the page's <h1> heads a list of job cards (the two share a part that does not hold the job's text): a
 * posting with "more jobs" cards under it keeps its own title. '' otherwise.
 */
function paneHeading(doc: Document, text: string): string {
  const firstLine = cleanLine(text.slice(0, text.indexOf('\n') >>> 0).replace(/^- /, ''));
  const listTitle = doc.querySelector('h1');
  if (!doc.body || !firstLine || !listTitle) return '';
  let heading = '';
  let start: Node | undefined;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const piece = cleanLine(node.textContent ?? '');
    // A card's heading or link (the same job's title may head its card) is the list's, not the pane's.
    if (!piece || node.parentElement?.closest('li a, [role="listitem"] a, li h1, li h2, li h3, [role="listitem"] h2, [role="listitem"] h3')) continue;
    const inHeading = node.parentElement?.closest('h1, h2, h3');
    if (inHeading) heading = inHeading === listTitle ? '' : cleanLine(inHeading.textContent ?? '');
    if (firstLine.startsWith(piece) && (piece.length >= 20 || piece === firstLine)) {
      start = node;
      break;
    }
  }
  const lists = start ? Array.from(doc.querySelectorAll('ul, ol, [role="list"]')).filter(isJobCardList) : [];
  const headsList = lists.some((list) => !sharedParent(listTitle, list)?.contains(start!));
  return headsList ? heading : '';
}

/** Whether a node is a line break, or blank text between two. */
const isBreak = (node: Node | null) => node?.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR';
const isBlank = (node: Node | null) => node?.nodeType === 3 && !(node.textContent ?? '').trim();

/** A <br> that a second one follows, blank text between: a paragraph break in a rich-text description. */
const startsParagraphBreak = (br: Node) => {
  let next = br.nextSibling;
  while (isBlank(next)) next = next!.nextSibling;
  return isBreak(next);
};

/** Whether a paragraph holds paragraph breaks of its own ("<p>One.<br><br>Two.</p>", as rich-text editors write). */
const holdsParagraphBreak = (p: Element) => Array.from(p.childNodes).some((n) => isBreak(n) && startsParagraphBreak(n));

/**
 * "<p>One.<br><br>Two.</p>" -> "<p>One.</p><p>Two.</p>": readability makes such a paragraph a block of the paragraphs it
 * holds, which can then outscore the description around it: its siblings that read as no paragraph (a short "Note:",
 * a list) are left out ("Applications for Human Resources close on 4 October", on Oleeo). As sibling paragraphs, the
 * description's block stays the article.
 */
function splitParagraph(paragraph: Element): void {
  const doc = paragraph.ownerDocument;
  const parts: Element[] = [doc.createElement('p')];
  for (let node: Node | null = paragraph.firstChild; node; ) {
    const next = node.nextSibling;
    if (isBreak(node) && startsParagraphBreak(node)) {
      // The whole run of breaks ends the paragraph.
      let end: Node | null = next;
      while (isBreak(end) || isBlank(end)) end = end!.nextSibling;
      parts.push(doc.createElement('p'));
      node = end;
      continue;
    }
    parts[parts.length - 1].appendChild(node);
    node = next;
  }
  const kept = parts.filter((part) => (part.textContent ?? '').trim() || part.querySelector('img'));
  paragraph.replaceWith(...kept);
}

/**
 * The lines of readability's article, without a board's profile of the employer beside the posting (PROFILE_MARK) and
 * without the job card's blocks above the description (headerBlocks).
 */
function articleLines(content: Element): PostingLines {
  for (const block of headerBlocks(content)) block.remove();
  const withProfile = content.querySelector(`[${PROFILE_MARK}]`) ? nodesToLines([content]) : undefined;
  const withoutProfile = nodesToLines([content], `[${PROFILE_MARK}]`);
  // A part named for the company that holds most of what the reader read is the page's wrapper, not a profile beside it.
  return withProfile && withoutProfile.text.length < withProfile.text.length / 2 ? withProfile : withoutProfile;
}

/**
 * The reader's lines from the first line of the part the posting's headings mark (headed-posting.ts), when the lines
 * before it hold no sentence: they sit outside that part, as the page's header (the job's facts as label and value
 * lines, in a block of their own), not the posting. Headings above it are kept.
 */
/** Whether `outer` holds nearly every line of `inner` and more text besides (a fifth more, unless `more` says otherwise). */
function holdsAndAdds(outer: string, inner: string, more = 1.2): boolean {
  const held = new Set(outer.split('\n'));
  const lines = inner.split('\n').filter(Boolean);
  return outer.length > inner.length * more && lines.filter((line) => held.has(line)).length >= lines.length * 0.9;
}

function fromFirstHeading(lines: PostingLines, marked: string): PostingLines {
  const first = marked.slice(0, marked.indexOf('\n') >>> 0);
  const all = lines.text.split('\n');
  const at = all.indexOf(first);
  if (at <= 0 || all.slice(0, at).some((line) => isSentence(line.replace(/^- /, '')))) return lines;
  // The page's own headings above it (the job's full title in an <h1>) stay: a header's facts are not headings.
  const headings = new Set(lines.headings);
  return { ...lines, text: [...all.slice(0, at).filter((line) => headings.has(line)), ...all.slice(at)].join('\n') };
}

/** The least share of the reader's article a part named as the description holds, to stand for the whole posting. */
const NAMED_SHARE = 0.6;

/**
 * The HTML of the one part the page names as the job's description (isNamedDescription), outermost; none where
 * several parts apart are so named (a list of jobs, each with its snippet).
 */
function namedDescription(body: Element): string | undefined {
  const named = Array.from(body.querySelectorAll(CODE_NAMED)).filter(isNamedDescription);
  const outermost = named.filter((el) => !named.some((other) => other !== el && other.contains(el)));
  return outermost.length === 1 ? outermost[0].outerHTML : undefined;
}

/**
 * Class names that Readability misreads. It marks a box down when its class says "hidden" or "scroll", and utility
 * stylesheets (Tailwind and the like) write "overflow-hidden", "overflow-y-auto", "scroll-smooth" on any box that clips
 * or scrolls, a posting's own among them: the description could lose its place as the article. It drops any element
 * whose class says "header" as a page header, and boards name their headings so ("jobSectionHeader", "section-header"):
 * "What you'll do" went with them. Each pair: what it matches, and which elements.
 */
const MISREAD_CLASSES: readonly { name: RegExp; on: string }[] = [
  {
    name: /^(?:[\w-]+:)*!?(?:overflow(?:-[xy])?-(?:hidden|clip|scroll|auto)|scroll-[\w-]+|snap-[\w-]+)$/,
    on: '[class*="hidden"], [class*="scroll"], [class*="snap-"]',
  },
  {
    name: /header/i,
    on: HEADINGS.split(', ')
      .map((tag) => `${tag}[class]`)
      .join(', '),
  },
];

/** The copy's class lists without the names Readability misreads (the live page keeps its own). */
function withoutMisreadClasses(copy: Document) {
  for (const { name, on } of MISREAD_CLASSES) {
    for (const el of Array.from(copy.querySelectorAll(on))) {
      const names = (el.getAttribute('class') ?? '').split(/\s+/);
      const kept = names.filter((n) => !name.test(n));
      if (kept.length < names.length) el.setAttribute('class', kept.join(' '));
    }
  }
}

/** Elements that run inside a line of text: a list item made only of these is one line of the posting. */
const PHRASING = /^(A|ABBR|B|BDI|BDO|BR|CITE|CODE|DATA|DFN|EM|I|KBD|MARK|Q|S|SAMP|SMALL|SPAN|STRONG|SUB|SUP|TIME|U|VAR|WBR)$/;
/** Readability scores no text shorter than this (its own threshold): a list item below it stays as it is. */
const SCORED_TEXT = 25;

/**
 * Each list item of running text wrapped in a paragraph of its own (the copy's; the page keeps its lists). Readability
 * scores paragraphs, never list items, and a posting says most of what it asks in lists: a part that is a heading over
 * a list ("What you'll need", then its bullets) scored nothing, and the reader left it out beside a part of prose about
 * the employer. A paragraph in a list item reads the same, one line with its bullet.
 */
function listItemsAsParagraphs(copy: Document) {
  for (const item of Array.from(copy.querySelectorAll('li'))) {
    if ((item.textContent ?? '').trim().length < SCORED_TEXT) continue;
    if (Array.from(item.children).some((child) => !PHRASING.test(child.tagName.toUpperCase()))) continue;
    const paragraph = copy.createElement('p');
    while (item.firstChild) paragraph.appendChild(item.firstChild);
    item.appendChild(paragraph);
  }
}

/**
 * "… background checks will be carried out.\nSend us your application": a heading that ends the text heads nothing of
 * it (what it headed, a form or a list of other jobs, was left out).
 */
function withoutLastHeading(lines: PostingLines): PostingLines {
  const at = lines.text.lastIndexOf('\n');
  const last = lines.text.slice(at + 1);
  if (at < 0 || !lines.headings.includes(last)) return lines;
  return { ...lines, text: lines.text.slice(0, at), headings: lines.headings.slice(0, lines.headings.lastIndexOf(last)) };
}

/** The most characters of a panel's title: a toggle's label, not a paragraph. */
const PANEL_TITLE = 80;
/** The fewest characters of a panel's text: a part of the posting, not a menu's few links. */
const PANEL_TEXT = 100;

/**
 * "Your responsibilities" over a panel of an accordion (Elementor's toggles, Bootstrap's accordions, <details>): a
 * control that opens a panel of text titles it. Readability drops such a control (its text all a link or a button)
 * and the panel loses its heading; in the copy, the control's label becomes a heading.
 */
function panelTitlesAsHeadings(copy: Document) {
  for (const control of Array.from(copy.querySelectorAll('summary, [aria-controls]'))) {
    const label = (control.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!label || label.length > PANEL_TITLE || isActionLabel(label)) continue;
    const summary = control.tagName.toUpperCase() === 'SUMMARY';
    const panel = summary ? control.parentElement : copy.getElementById(control.getAttribute('aria-controls') ?? '');
    if (!panel || (!summary && (panel.contains(control) || control.contains(panel)))) continue;
    if ((panel.textContent ?? '').length - (summary ? label.length : 0) < PANEL_TEXT) continue;
    const heading = copy.createElement('h3');
    heading.textContent = label;
    control.replaceWith(heading);
  }
}

/** The main text of any page, by @mozilla/readability on a bounded copy (boundedCopy): the live page is never touched. */
export function readabilityText(doc: Document): ReadabilityResult | undefined {
  const bounded = boundedCopy(doc);
  if (!bounded) return undefined;
  const { copy: clone, cut } = bounded;
  // Readability drops most chrome by itself; cookie banners and "similar jobs" rails sometimes survive it.
  const bodyText = (clone.body?.textContent ?? '').length;
  const title = clone.querySelector('h1');
  // A job's details opened as a dialog over the list of jobs (Oracle's candidate pages) hold the page's title.
  const holdsTheJob = (dialog: Element) => dialog.getAttribute('role') === 'dialog' && title !== null && dialog.contains(title);
  // Found before any part is left out: a list pane may sit in a part that is.
  const cards = Array.from(clone.querySelectorAll('ul, ol, [role="list"]')).filter(isJobCardList);
  for (const el of Array.from(
    clone.querySelectorAll(`nav, footer, aside, form, [role="navigation"], [role="dialog"], [role="contentinfo"], ${CODE_NAMED}, [aria-label]`),
  )) {
    const tag = el.tagName.toUpperCase();
    // Measured only for the few elements that need it: a whole page's textContent per element would be quadratic.
    const length = () => (el.textContent ?? '').length;
    const chrome =
      tag === 'NAV' ||
      tag === 'FOOTER' ||
      tag === 'ASIDE' ||
      // An application form; a form that wraps the page (as on Taleo) holds the posting.
      (tag === 'FORM' && length() < bodyText / 2) ||
      (el.hasAttribute('role') && /navigation|dialog|contentinfo/.test(el.getAttribute('role')!) && !holdsTheJob(el));
    const part = chrome || NEVER_NAMED.test(tag) ? undefined : namedPart(el);
    // A board's profile of the employer goes whatever its length, unless it holds the job's title or most of the page.
    // It is only marked here: beside the description, it helps the page reader find the job's pane; its text is left out.
    if (part === 'profile' && !(title && el.contains(title)) && length() < bodyText / 2) el.setAttribute(PROFILE_MARK, '');
    const named = part === 'chrome' ? length() < 2000 : part !== undefined && length() < MAX_FRAME && !holdsSentence(el);
    if (chrome || named) el.remove();
  }
  panelTitlesAsHeadings(clone);
  // A heading that is a control's label ("Report this job advert", "Apply for this job") titles the board's box, not a part of the posting.
  for (const heading of Array.from(clone.querySelectorAll(HEADINGS))) {
    const text = heading.textContent ?? '';
    if (isChromeHeading(text) || isActionLabel(text)) for (const el of sectionUnder(heading)) el.remove();
  }
  // Apply, save, share and back controls, with the hero or side box around them that holds no posting text.
  const controls = Array.from(clone.querySelectorAll('a, button')).filter((el) => isActionLabel(el.textContent ?? ''));
  for (const block of controls.map(chromeAround)) block?.remove();
  for (const menu of Array.from(clone.querySelectorAll('ul, ol')).filter(isLinkMenu)) menu.remove();
  for (const list of cards) list.remove();
  // "<strong>Title: X</strong><p><br></p><strong>Location: Y</strong>": readability drops an empty paragraph, and the
  // line break it stood for with it ("XLocation: Y"); a bare line break says the same and stays.
  for (const empty of Array.from(clone.querySelectorAll('p'))) {
    if (
      empty.firstElementChild?.tagName.toUpperCase() === 'BR' &&
      Array.from(empty.children).every((c) => c.tagName.toUpperCase() === 'BR') &&
      !(empty.textContent ?? '').trim()
    ) {
      empty.replaceWith(clone.createElement('br'));
    }
  }
  // Looked for from their line breaks: a big page has many paragraphs, few of them with breaks.
  const broken = new Set(Array.from(clone.querySelectorAll('p > br'), (br) => br.parentElement as Element));
  for (const paragraph of Array.from(broken).filter(holdsParagraphBreak)) splitParagraph(paragraph);
  // Marked before readability rearranges the copy: read when its article does not read as a posting (headed-posting.ts).
  const headedParts = clone.body ? headedPosting(clone.body) : undefined;
  const headed = headedParts?.map((el) => el.outerHTML).join('');
  // Parts one template made (Comeet's boxes, one a part of the description): the posting in pieces, nothing else.
  const oneTemplate = headedParts !== undefined && headedParts.length > 1 && headedParts.every((part) => sameMake(part, headedParts[0]));
  const described = clone.body ? namedDescription(clone.body) : undefined;
  withoutMisreadClasses(clone);
  listItemsAsParagraphs(clone);
  // The article as an element of the copy (not its HTML): read as it is, without a second parse.
  const article = new Readability(clone, { charThreshold: 300, serializer: (node: Node) => node as Element }).parse();
  let lines = article?.content ? articleLines(article.content) : undefined;
  if (headed && !(lines && hasJobCues(lines.text))) {
    const marked = htmlToLines(doc, headed);
    if (hasJobCues(marked.text)) lines = marked;
  } else if (headed && lines) {
    const marked = htmlToLines(doc, headed);
    // The reader kept one part of several that one template made: the parts hold its article and more of the posting.
    lines = oneTemplate && holdsAndAdds(marked.text, lines.text) ? marked : fromFirstHeading(lines, marked.text);
  }
  let ownStart = false;
  if (described && lines) {
    const own = htmlToLines(doc, described);
    // The reader's article took in the board's boxes around the part named as the description (its header's facts,
    // "How you match", career advice): the named part is the posting, where it holds most of the article and what the
    // article adds does not read as a posting's part (a "job-requirements" box beside a "job-description").
    const ownLines = new Set(own.text.split('\n'));
    const added = lines.text
      .split('\n')
      .filter((line) => !ownLines.has(line))
      .join('\n');
    ownStart = holdsAndAdds(lines.text, own.text, 1) && own.text.length >= lines.text.length * NAMED_SHARE && !saysWhatTheRoleIs(added);
    if (ownStart) lines = own;
  }
  if (!lines) return undefined;
  lines = withoutLastHeading(lines);
  const anyCut = cut ?? lines.cut;
  const company = companyShown(doc);
  const paneTitle = cards.length ? paneHeading(doc, lines.text) : '';
  return {
    title: article?.title ?? '',
    siteName: article?.siteName ?? '',
    text: withoutPageFrame(lines.text, ownStart),
    headings: lines.headings,
    ...(anyCut ? { cut: anyCut } : {}),
    ...(company ? { company } : {}),
    ...(paneTitle ? { paneTitle } : {}),
  };
}
