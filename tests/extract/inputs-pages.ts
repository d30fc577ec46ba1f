// Generated pages for the extractor's bounds (src/extract/reading-bounds.ts): huge, deep, and with hidden copies.
// Used by tests/extract/inputs.test.ts, tests/e2e/inputs.e2e.ts and scripts/bench.ts. All text is our own.

/** A short posting with the headings and cues a careers page has. */
export const POSTING = `<h1>Technical Program Manager, Payments Platform</h1>
<h2>About the role</h2>
<p>You will lead cross-functional programs across the payments engineering teams. This is a full-time, hybrid role.</p>
<h2>Responsibilities</h2>
<ul><li>Own the release roadmap and the risk register for platform launches.</li><li>Run Scrum ceremonies and report status to executive stakeholders.</li></ul>
<h2>Requirements</h2>
<ul><li>5+ years of experience managing technical programs.</li><li>Experience with Jira, Confluence and AWS.</li></ul>
<h2>Benefits</h2>
<p>Competitive salary and equity. Apply through our careers site.</p>`;

/** Lines the posting's text must hold, whatever the page around it. */
export const POSTING_LINES = [
  'Technical Program Manager, Payments Platform',
  'You will lead cross-functional programs across the payments engineering teams. This is a full-time, hybrid role.',
  '- Own the release roadmap and the risk register for platform launches.',
  '- Experience with Jira, Confluence and AWS.',
];

const page = (body: string, title = 'Technical Program Manager | Northwind Careers') =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** About 10 MB: the posting at the top, then `paragraphs` short paragraphs (a comment thread, a listing). */
export const bigPage = (paragraphs = 300_000) =>
  page(
    `<main><article>${POSTING}</article></main><section class="comments">${Array.from({ length: paragraphs }, (_, i) => `<p>Comment number ${i} is fine</p>`).join('')}</section>`,
  );

/** The posting inside `depth` nested wrappers (a page built by script, or a broken template). */
export const deepPage = (depth: number) => page(`${'<div>'.repeat(depth)}<article>${POSTING}</article>${'</div>'.repeat(depth)}`);

/** `depth` nested elements that each hold a line of text: the worst case for a walk that recurses. */
export const deepTextHtml = (depth: number) => `${Array.from({ length: depth }, (_, i) => `<div>Line ${i}`).join('')}${'</div>'.repeat(depth)}`;

/**
 * A board that keeps a hidden summary of its posting beside the visible one, and other text no reader sees:
 * hidden, aria-hidden, inline and stylesheet display:none, visibility:hidden, <template>, <noscript>. The
 * collapsed "show more" part (hidden="until-found") is the posting's own text and must be read.
 * `styled` marks the parts that only a stylesheet hides (what the browser's computed style sees, linkedom not).
 */
export const hiddenTextPage = () =>
  page(`<style>.job-summary { display: none } .ghost { visibility: hidden }</style>
<main><article>${POSTING}
<div hidden="until-found"><p>Travel up to 10% of the time to our Lisbon office.</p></div>
<div hidden><p>HIDDEN-ATTRIBUTE copy of the posting.</p></div>
<div aria-hidden="true"><p>ARIA-HIDDEN copy of the posting.</p></div>
<div style="display: none"><p>INLINE-NONE copy of the posting.</p></div>
<div style="visibility:hidden"><p>INLINE-INVISIBLE copy of the posting.</p></div>
<template><p>TEMPLATE copy of the posting.</p></template>
<noscript><p>NOSCRIPT copy of the posting.</p></noscript>
</article>
<div class="ghost"><p>STYLESHEET-INVISIBLE copy.</p></div>
<div class="job-summary"><h1>Technical Program Manager, Payments Platform</h1><p>STYLESHEET-NONE summary: you will lead cross-functional programs across the payments engineering teams.</p></div></main>`);

/** The marker words of the hidden copies: none may appear in a posting's text. Those only a stylesheet hides are second. */
export const HIDDEN_MARKERS = ['HIDDEN-ATTRIBUTE', 'ARIA-HIDDEN', 'INLINE-NONE', 'INLINE-INVISIBLE', 'TEMPLATE', 'NOSCRIPT'];
export const STYLESHEET_MARKERS = ['STYLESHEET-NONE', 'STYLESHEET-INVISIBLE'];
