// What a page calls its own parts: boards and careers sites name their cookie banners, "similar jobs" rails, share
// bars, job-facts lists and company cards in ids, classes and test attributes ("cookie-banner", "similar-jobs",
// "jv-job-detail-meta", "advertiser-name"), and title the sections they append to a posting ("Similar jobs", "Apply
// for this job"). The page reader (readability-text.ts) leaves those parts out, whatever the board, by these names.
import { compareKey } from '../text/basics';
import { namesOf } from './part-names';

export interface ChromeName {
  /** A word of an id, class or naming attribute, in lower case; "-" stands for any separator or none ("similar-jobs" is similarJobs, similar_jobs). */
  name: string;
  /** true: the word must be whole ("share" is not "shared"); false: it may start a longer word ("cookie" in "cookiebanner"). */
  whole: boolean;
  /** Where boards use it (documentation, not matched). */
  example: string;
}

/** Parts that are never the posting, whatever they hold (while they are short: a wrapper named for a banner is not one). */
export const CHROME_NAMES: readonly ChromeName[] = [
  { name: 'cookie', whole: false, example: '<div id="cookie-notice">, <div data-automation="cookie-banner">, <div class="cookies-consent">' },
  { name: 'consent', whole: false, example: '<div data-ui="cookie-consent">, <div data-controller="cookie-consent">' },
  { name: 'gdpr', whole: false, example: '<div class="gdpr-banner">' },
  { name: 'onetrust', whole: false, example: '<div id="onetrust-banner-sdk">' },
  { name: 'similar-jobs', whole: false, example: '<section data-automation="similar-jobs">, <div id="similar-jobs">' },
  { name: 'related-jobs', whole: false, example: '<div class="related-jobs">' },
  { name: 'recommended-jobs', whole: false, example: '<aside class="recommended-jobs">' },
  { name: 'more-jobs', whole: false, example: '<section class="more-jobs">' },
  { name: 'other-jobs', whole: false, example: '<div class="other-jobs">' },
  { name: 'open-roles', whole: false, example: 'a Webflow careers item: <section class="section open-roles">' },
  { name: 'job-alert', whole: false, example: '<div class="job-alert">, <div class="job-alerts-signup">' },
  { name: 'newsletter', whole: false, example: '<form class="newsletter-form">' },
  { name: 'share', whole: true, example: '<div class="social-share">, <div class="jv-social-share">, <a class="share-twitter">' },
  { name: 'sharing', whole: true, example: 'WordPress (Jetpack): <div class="sharedaddy sd-sharing-enabled">' },
  { name: 'breadcrumb', whole: false, example: '<div class="breadcrumbtrail">, <nav aria-label="breadcrumb">' },
  { name: 'talent-community', whole: false, example: 'SuccessFactors: <a href="/talentcommunity/">, <div class="talent-community-signup">' },
];

/**
 * Parts that frame a posting without being its text: the job's facts beside its title ("Engineering · Austin, Texas")
 * and the card of the company that posts it. Left out only while they hold no sentence and little text. Tags are not
 * among them: some boards tag a job with its skills ("Jira", "Scrum"), which the posting must keep.
 */
export const FRAME_NAMES: readonly ChromeName[] = [
  { name: 'meta', whole: true, example: 'Jobvite: <p class="jv-job-detail-meta">, WordPress: <ul class="job-listing-meta meta">, Breezy: <ul class="meta">' },
  { name: 'job-info', whole: false, example: 'Webflow: <div class="job-info-wrapper">' },
  { name: 'attributes', whole: true, example: 'JazzHR: <div class="job-attributes-container">' },
  { name: 'company', whole: true, example: 'WordPress: <div class="company">, <img class="company_logo">' },
  { name: 'company-name', whole: false, example: '<span class="company-name">' },
  { name: 'employer', whole: true, example: '<a class="employer">' },
  { name: 'advertiser', whole: true, example: 'SEEK: <span data-automation="advertiser-name">' },
  { name: 'date-posted', whole: false, example: 'WordPress: <li class="date-posted">' },
  { name: 'jobdate', whole: true, example: 'SuccessFactors: <span class="jobdate">' },
];

/**
 * Parts where a board profiles the employer beside the posting, in a block of its own: the company's pitch, size,
 * benefits, team, reviews, "Learn more about Contoso". Not the employer's "About us" within the description, which sits
 * in the description's own block. Left out when they come after the job's title and hold less than half the page, however long.
 */
export const PROFILE_NAMES: readonly ChromeName[] = [
  { name: 'company-profile', whole: false, example: '<section class="company-profile-card">, <div data-testid="company-profile">' },
  { name: 'company-overview', whole: false, example: '<section data-test="company-overview">' },
  { name: 'company-page', whole: false, example: 'Stack Overflow Jobs: <div class="company-page">' },
  { name: 'company-info', whole: false, example: '<div class="company-info-box">' },
  { name: 'company-card', whole: false, example: '<aside class="company-card">' },
  { name: 'about-company', whole: false, example: '<section id="about-company">' },
  { name: 'about-the-company', whole: false, example: '<section class="about-the-company">' },
  { name: 'employer-profile', whole: false, example: '<div class="employer-profile">' },
  { name: 'employer-info', whole: false, example: '<div class="employer-info">' },
  { name: 'jobs-company', whole: true, example: 'LinkedIn, signed in: <section class="jobs-company">' },
];

/**
 * The part a board names as the job's description: its name joins "job" (or "jobs") to "description", perhaps with a
 * word between, or says "job ad details". Matched after namesOf's one spelling.
 */
export const DESCRIPTION_NAMES: readonly ChromeName[] = [
  { name: 'job-description', whole: false, example: 'Indeed: <div id="jobDescriptionText">, Greenhouse: <div class="job__description">' },
  { name: 'jobs-description', whole: false, example: 'LinkedIn, signed in: <div class="jobs-description__content">' },
  { name: 'job-ad-details', whole: false, example: 'SEEK: <div data-automation="jobAdDetails">' },
  { name: 'vacancy-description', whole: false, example: 'jobs.ch: <div data-cy="vacancy-description">, UK councils: <div class="vacancy-description">' },
];

const pattern = (names: readonly ChromeName[]) =>
  new RegExp(`(?:^|[\\s-])(?:${names.map((n) => n.name.replace(/-/g, '-?') + (n.whole ? 's?(?=$|[\\s-])' : '')).join('|')})`);
const CHROME = pattern(CHROME_NAMES);
const FRAME = pattern(FRAME_NAMES);
const PROFILE = pattern(PROFILE_NAMES);
const DESCRIPTION = pattern(DESCRIPTION_NAMES);

/** Whether an element names itself as the job's description (DESCRIPTION_NAMES). */
export const isNamedDescription = (el: Element) => DESCRIPTION.test(namesOf(el));

/** Whether an element names itself as page chrome (a cookie banner, a similar-jobs rail, a share bar). */
export const isNamedChrome = (el: Element) => CHROME.test(namesOf(el));
/** Whether an element names itself as the frame of a posting (its facts or company card). */
export const isNamedFrame = (el: Element) => FRAME.test(namesOf(el));
/** What an element names itself: 'chrome' (CHROME_NAMES), 'profile' (PROFILE_NAMES), 'frame' (FRAME_NAMES) or nothing; its names read once. */
export function namedPart(el: Element): 'chrome' | 'profile' | 'frame' | undefined {
  const names = namesOf(el);
  if (!names) return undefined;
  return CHROME.test(names) ? 'chrome' : PROFILE.test(names) ? 'profile' : FRAME.test(names) ? 'frame' : undefined;
}

export interface ChromeHeading {
  /** The heading's words, compared without case or punctuation; a heading that starts with them matches. */
  heading: string;
  example: string;
}

/** Headings of the sections a board appends to the posting; the section under one is left out. */
export const CHROME_HEADINGS: readonly ChromeHeading[] = [
  { heading: 'Similar jobs', example: 'SEEK, SuccessFactors: "Similar Jobs"' },
  { heading: 'Related jobs', example: 'careers sites: "Related jobs"' },
  { heading: 'Recent jobs', example: 'WordPress (WP Job Manager widget): "Recent Jobs"' },
  { heading: 'More jobs', example: '"More jobs at Contoso"' },
  { heading: 'Other jobs', example: 'Recruitee: "Other jobs at Contoso"' },
  { heading: 'Other open roles', example: 'Webflow careers items: "Other open roles"' },
  { heading: 'Other open positions', example: 'careers sites' },
  { heading: 'You might also like', example: 'Stack Overflow Jobs: "You might also like…"' },
  { heading: 'Jobs you may be interested in', example: 'job boards' },
  { heading: 'People also viewed', example: 'job boards' },
  { heading: 'Meet the hiring team', example: 'LinkedIn and careers sites: the recruiter and manager cards' },
  { heading: 'Colleagues', example: "Teamtailor: the cards of the team's people under a job" },
  { heading: 'Apply for this job', example: "Recruitee, Greenhouse: the application form's title" },
  { heading: 'Apply for this position', example: "JazzHR: the application form's title" },
  { heading: 'Apply for this role', example: 'careers sites' },
  { heading: 'Ready to apply', example: 'Webflow careers items: "Ready to apply?"' },
  { heading: 'Employer questions', example: 'SEEK: the screening questions of the application' },
  { heading: 'Share this', example: 'WordPress (Jetpack): "Share this:", "Share this job"' },
];

const chromeHeadings = CHROME_HEADINGS.map((h) => compareKey(h.heading));

/**
 * A board's score of the employer in a heading: a number "out of" a number ("Company rating: 4.1 out of 5", "3.9 out of
 * 5 stars", Stack Overflow Jobs' "Joel Test score: 9 out of 12"). The section under it is the board's rating, not the
 * posting. "Step 1 of 3" or "24/7 support" is no score.
 */
const SCORE = /\b\d+(?:[.,]\d+)? out of \d+\b/;

/**
 * The other openings a careers site lists after the posting, however it words them: "More open positions", "Other
 * openings", "Latest vacancies", "Similar opportunities at Contoso" (the words of CHROME_HEADINGS' first entries, in
 * any combination).
 */
const OTHER_OPENINGS = /^(?:more|other|similar|related|recent|latest) (?:open |current )?(?:jobs|roles|positions|openings|opportunities|vacancies)\b/;

/** Whether a heading titles a section the board appends to the posting ("Similar jobs", "Other jobs at Contoso", a score). */
export const isChromeHeading = (text: string) => {
  const key = compareKey(text);
  return key.length <= 60 && (chromeHeadings.some((h) => key === h || key.startsWith(`${h} `)) || OTHER_OPENINGS.test(key) || SCORE.test(text.toLowerCase()));
};
