// The names a page gives its parts (ids, classes, test attributes), in one spelling; and the names of the element that
// shows the company posting a job. Kept apart from chrome-names.ts (the page reader's data), since the injected
// extractor needs only this and stays small.

/** The attributes where pages name their parts. */
const NAMING_ATTRIBUTES = [
  'id',
  'class',
  'data-automation',
  'data-testid',
  'data-test',
  'data-qa',
  'data-cy',
  'data-at',
  'data-ui',
  'data-controller',
  'aria-label',
];
/** The names a page's code gives (an aria-label is a sentence for people: "Show more about the company"). */
const CODE_NAMES = NAMING_ATTRIBUTES.filter((a) => a !== 'aria-label');
/** Elements that name themselves in the page's code (CODE_NAMES), for querySelectorAll. */
export const CODE_NAMED = CODE_NAMES.map((a) => `[${a}]`).join(', ');
/** The raw names an element's code gives it, joined: for a quick look before namesOf's one spelling. */
export const rawCodeNames = (el: Element) => CODE_NAMES.map((a) => el.getAttribute(a) ?? '').join(' ');

/** "similarJobs cn_set-cookie" -> "similar-jobs cn-set-cookie": one spelling of the words of a name. */
const words = (value: string) =>
  value
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[_\s]+/g, (m) => (m.trim() ? '-' : ' '));

/**
 * A utility class that styles, named for what it styles ("font-company-header", "bg-company-secondary", "text-company":
 * a careers site's theme): no name of a part.
 */
const STYLE_CLASS = /(?:^|\s)(?:font|text|bg|border|ring|shadow|decoration)-\S*/g;

/** Every name an element gives itself, in one string of words (`attributes`: where to look, all NAMING_ATTRIBUTES by default). */
export const namesOf = (el: Element, attributes = NAMING_ATTRIBUTES) =>
  words(
    attributes
      .map((a) => (a === 'class' ? (el.getAttribute(a) ?? '').replace(STYLE_CLASS, ' ') : (el.getAttribute(a) ?? '')))
      .filter(Boolean)
      .join(' '),
  );

/**
 * Names of the element that shows the company posting the job: a whole class or attribute value that ends with one of
 * these, perhaps followed by "name" or "logo" ("advertiser-name" on SEEK, "company_logo" in WP Job Manager,
 * "top-card__company-name"); not a part of a longer name ("premium-company-insights" is a panel about the company).
 */
export const COMPANY_NAMES: readonly string[] = ['company', 'employer', 'advertiser', 'hiring-organization'];
const COMPANY = new RegExp(`(?:^|[\\s-])(?:${COMPANY_NAMES.map((n) => n.replace(/-/g, '-?')).join('|')})(?:-?(?:name|logo))?(?=$|\\s)`);

/** Whether an element names itself as the posting company's name or logo. */
export const isNamedCompany = (el: Element) => COMPANY.test(namesOf(el, CODE_NAMES));
