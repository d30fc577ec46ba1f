/*
 * Job boards that careers pages embed in an iframe. With activeTab alone the extension reads the page the user
 * is on but not a frame from another origin, so when the page itself holds no posting the popup names the board
 * and, on the user's click, asks for that board's one optional host permission (listed in the manifest, never
 * required) and reads the frame with the same extractor. Plain data and pure functions: the content script that
 * looks for the frames, the popup and wxt.config.ts (the manifest's optional permissions) all read this list.
 */

import { escapeRegExp } from '../text/basics';

export interface EmbeddedBoard {
  /** The site adapter (src/extract/sites) that reads the board's pages. */
  id: string;
  /** The board's name as users know it: "This page shows its posting in an embedded <label> frame." */
  label: string;
  /** The domain the permission covers, as the popup says it: "Allow TPM Keyword Lens to read <domain>?" */
  domain: string;
  /** The one match pattern requested (optional_host_permissions): the board's domain, nothing wider. */
  origin: string;
  /** An iframe address that shows this board's posting (tested against the iframe's absolute src). */
  frame: RegExp;
  /** A frame address as careers pages embed it; the unit tests check it against `frame` and `origin`. */
  example: string;
}

export const EMBEDDED_BOARDS: readonly EmbeddedBoard[] = [
  {
    id: 'greenhouse',
    label: 'Greenhouse',
    domain: 'greenhouse.io',
    origin: 'https://*.greenhouse.io/*',
    // The posting's frame only: the embedded list (embed/job_board) holds none, and Greenhouse's loader script
    // points the same iframe at embed/job_app when the user opens a job from it.
    frame: /^https:\/\/(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/embed\/job_app\b/,
    example: 'https://job-boards.greenhouse.io/embed/job_app?for=northwind&token=5058714008',
  },
  {
    id: 'lever',
    label: 'Lever',
    domain: 'lever.co',
    origin: 'https://*.lever.co/*',
    // A posting (company, then the posting's id), embedded as is or as its /embed or /apply view.
    frame: /^https:\/\/jobs\.(?:eu\.)?lever\.co\/[^/?#]+\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/,
    example: 'https://jobs.lever.co/northwind/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f/embed?lever-origin=applied',
  },
  {
    id: 'workday',
    label: 'Workday',
    domain: 'myworkdayjobs.com',
    origin: 'https://*.myworkdayjobs.com/*',
    // Any page of a tenant's site: it is a single-page app, so the user may have opened a job inside the frame.
    frame: /^https:\/\/[^/?#]+\.myworkdayjobs\.com\//,
    example: 'https://northwind.wd5.myworkdayjobs.com/en-US/External/job/Seattle-WA/Senior-Technical-Program-Manager_R-104233',
  },
  {
    id: 'icims',
    label: 'iCIMS',
    domain: 'icims.com',
    origin: 'https://*.icims.com/*',
    // in_iframe=1 is how iCIMS serves a page for a careers site's frame.
    frame: /^https:\/\/[^/?#]+\.icims\.com\/[^#]*[?&]in_iframe=1\b/,
    example: 'https://careers-northwind.icims.com/jobs/10423/senior-technical-program-manager/job?in_iframe=1',
  },
  {
    id: 'smartrecruiters',
    label: 'SmartRecruiters',
    domain: 'smartrecruiters.com',
    origin: 'https://*.smartrecruiters.com/*',
    frame: /^https:\/\/(?:jobs|careers)\.smartrecruiters\.com\/[^/?#]+\/\d+/,
    example: 'https://jobs.smartrecruiters.com/NorthwindRobotics/744000012345678-senior-technical-program-manager',
  },
  {
    id: 'ashby',
    label: 'Ashby',
    domain: 'ashbyhq.com',
    origin: 'https://jobs.ashbyhq.com/*',
    // Ashby's embed (the list or one posting) is a single-page app under /<company>/.../embed.
    frame: /^https:\/\/jobs\.ashbyhq\.com\/[^/?#]+\/(?:[^?#]*\/)?embed\b/,
    example: 'https://jobs.ashbyhq.com/northwind/2b7c9d1e-3f4a-4b5c-9d8e-7f6a5b4c3d2e/embed?version=2',
  },
];

/**
 * A stand-in board for the real-browser tests only (tests/e2e/embedded.e2e.ts): a Greenhouse-like frame served
 * from http://localhost, an origin outside the e2e build's host permission (127.0.0.1). Only the e2e build's
 * manifest lists its origin (wxt.config.ts), and a board is offered only where the manifest lists it
 * (offeredBoards), so the shipped extension never asks for localhost.
 */
export const LOCAL_TEST_BOARD: EmbeddedBoard = {
  id: 'local-test-board',
  label: 'test board',
  domain: 'localhost',
  origin: 'http://localhost/*',
  frame: /^http:\/\/localhost(?::\d+)?\/boards\/embed\//,
  example: 'http://localhost:8080/boards/embed/job_app.html?for=northwind&token=5058714008',
};

/** The optional host permissions a build's manifest lists: every board's, and the test board's in the e2e build. */
export function boardOrigins(options: { withTestBoard: boolean }): string[] {
  return [...EMBEDDED_BOARDS, ...(options.withTestBoard ? [LOCAL_TEST_BOARD] : [])].map((b) => b.origin);
}

/** The boards this build may ask to read: those whose origin its manifest lists as optional (MV3 or MV2 key). */
export function offeredBoards(manifest: { optional_host_permissions?: string[]; optional_permissions?: string[] }): EmbeddedBoard[] {
  const listed = new Set([...(manifest.optional_host_permissions ?? []), ...(manifest.optional_permissions ?? [])]);
  return [...EMBEDDED_BOARDS, LOCAL_TEST_BOARD].filter((b) => listed.has(b.origin));
}

/** One iframe of a page that shows a board's posting. */
export interface EmbeddedFrame {
  /** The board's id (EmbeddedBoard.id). */
  board: string;
  /** The iframe's absolute address. */
  src: string;
}

/**
 * The iframes of a document that show a posting of one of `boards`, in document order (one per address).
 * `pageUrl` resolves relative addresses. Reads the document only.
 */
export function findEmbeddedBoards(doc: Document, pageUrl: string, boards: readonly EmbeddedBoard[] = EMBEDDED_BOARDS): EmbeddedFrame[] {
  const found: EmbeddedFrame[] = [];
  for (const iframe of Array.from(doc.querySelectorAll('iframe[src]'))) {
    let src: string;
    try {
      src = new URL(iframe.getAttribute('src') ?? '', pageUrl).href;
    } catch {
      continue;
    }
    const board = boards.find((b) => b.frame.test(src));
    if (board && !found.some((f) => f.src === src)) found.push({ board: board.id, src });
  }
  return found;
}

/**
 * Whether a match pattern ("https://*.greenhouse.io/*") covers an address, as browsers read host permissions:
 * "*." also covers the domain itself, and a pattern without a port covers every port.
 */
export function patternCovers(pattern: string, address: string): boolean {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*:]+)(\/.*)$/.exec(pattern);
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  if (!parts) return false;
  const [, scheme, host, path] = parts;
  const schemeOk = scheme === '*' ? /^https?:$/.test(url.protocol) : url.protocol === `${scheme}:`;
  const hostOk = host === '*' || (host.startsWith('*.') ? url.hostname === host.slice(2) || url.hostname.endsWith(host.slice(1)) : url.hostname === host);
  const pathRule = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return schemeOk && hostOk && pathRule.test(url.pathname + url.search);
}
