// Controls that careers pages put around a posting: apply, save, share, go back. They are never posting text,
// and a block that holds one but no sentence (a hero with "← Back to careers", a side box with "Apply" and a
// perks list) is page chrome. Each entry is a control's whole label, compared without case, arrows or
// punctuation.

import { compareKey } from '../text/basics';

export const ACTION_LABELS: readonly string[] = [
  'apply',
  'apply now',
  'apply today',
  'apply here',
  'apply for this job',
  'apply for this position',
  'apply for this role',
  'apply for job',
  'apply to position',
  'apply online',
  'quick apply',
  'apply on company site',
  'refer a friend',
  'send to a friend',
  'report this job',
  'report this job advert',
  'report job',
  'easy apply',
  'save',
  'save job',
  'save this job',
  'share',
  'share this job',
  'share job',
  'back to jobs',
  'back to all jobs',
  'back to careers',
  'back to openings',
  'back to all openings',
  'back to positions',
  'back to search',
  'back to search results',
  'back to results',
  'see all jobs',
  'view all jobs',
  'see all openings',
  // A visitor's account on the board: never the posting's, and the box that offers it ("Unlock job insights: Sign in,
  // Register") holds no posting text.
  'sign in',
  'log in',
  'login',
  'register',
  'sign up',
  'join now',
  'create account',
  'skip to content',
  'skip to main content',
  'skip to navigation',
  'jetzt bewerben',
  'bewerben',
  'postuler',
  'postuler maintenant',
  'postularme',
  'aplicar',
  'inscribirme',
  // A posting's collapsed part opens on these (MORE_LABEL below): the control is the page's, the part the posting's.
  'read more',
  'show more',
  'see more',
  'view more',
];

const labels = new Set(ACTION_LABELS.map((label) => compareKey(label)));

/**
 * A way back to the listings, whatever words it puts between: one of BACK_LINK_STARTS, then up to two words, then one
 * of LISTING_WORDS, perhaps "at Contoso" ("Back to Current Openings", "← All open roles", "See all jobs at Contoso").
 * "Back to the roadmap" is a sentence's words, not a control.
 */
export const BACK_LINK_STARTS: readonly string[] = ['back to', 'return to', 'see all', 'view all', 'all'];
export const LISTING_WORDS: readonly string[] = [
  'jobs',
  'openings',
  'positions',
  'roles',
  'careers',
  'vacancies',
  'opportunities',
  'results',
  'job search',
  'listings',
];
const BACK_LINK = new RegExp(
  `^(?:${BACK_LINK_STARTS.map((start) => compareKey(start)).join('|')})(?: [\\p{L}\\p{N}]+){0,2}? (?:${LISTING_WORDS.map((word) => compareKey(word)).join('|')})(?: at(?: [\\p{L}\\p{N}]+){1,3})?$`,
  'u',
);

/** Whether a link's or button's text is only one of the page's controls ("Apply now", "← Back to Careers"). */
export const isActionLabel = (text: string) => {
  const label = compareKey(text);
  return labels.has(label) || BACK_LINK.test(label);
};

/**
 * "Read more", "Show more", "Read full job description": a control that opens a posting's collapsed part. The part it
 * names (href="#id", aria-controls="id") is hidden until the reader clicks, and is the posting's own text.
 */
const MORE_LABEL = /^(?:read|show|see|view) (?:more|full|all|the full)\b/;

/** The ids of the parts a page's "Read more" controls open. */
export function partsOpenedByMore(doc: Document): Set<string> {
  const ids = new Set<string>();
  for (const control of Array.from(doc.querySelectorAll('a[href^="#"], [aria-controls]'))) {
    if (!MORE_LABEL.test(compareKey(control.textContent ?? ''))) continue;
    const target = control.getAttribute('aria-controls') ?? control.getAttribute('href')?.slice(1);
    if (target) ids.add(target);
  }
  return ids;
}
