import type { SiteAdapter } from '../site-adapter';
import { first, textOf } from '../query';

/*
 * Test URLs:
 * https://stackoverflow.com/jobs/118202/senior-technical-program-manager-northwind
 * https://stackoverflow.com/jobs/118202/senior-technical-program-manager-northwind?searchTerm=program+manager&offset=1
 * https://careers.stackoverflow.com/jobs/118202/senior-technical-program-manager-northwind
 */

/**
 * Stack Overflow Jobs (Careers 2.0): each part of the description is a div.description inside .jobdetail, after an
 * h2.detail-sectionTitle ("Skills & Requirements", "About Northwind"); the Joel Test, the company page and the
 * sidebar ("You might also like…") are not.
 */
export const stackoverflow: SiteAdapter = {
  id: 'stackoverflow',
  matches: (url) => /^(www\.|careers\.)?stackoverflow\.com$/.test(url.hostname) && /^\/jobs\/\d+/.test(url.pathname),
  extract: (doc) => {
    const scope = first(doc, ['#jobdetailpage .jobdetail', '.jobdetail']) ?? doc;
    const body = Array.from(scope.querySelectorAll('.description')).flatMap((part) => {
      const heading = part.previousElementSibling;
      return heading?.matches('h2.detail-sectionTitle') ? [heading, part] : [part];
    });
    return {
      title: textOf(scope, ['#hed h1.detail-jobTitle', 'h1.detail-jobTitle', 'h1']),
      company: textOf(scope, ['#hed a.employer', 'a.employer']),
      body,
      skip: '.apply, .sticky-detail-header-block',
    };
  },
};
