/**
 * The optional host permissions from which the side panel asks for one site, when the user clicks "Analyze job
 * pages on <site> automatically": the browser grants `https://that.site/*` alone, never these patterns whole.
 */
export const ANY_ONE_SITE = ['https://*/*', 'http://*/*'] as const;

/** The permission pattern of one site's pages. */
export const sitePattern = (origin: string) => `${origin}/*`;
