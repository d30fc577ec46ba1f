/** Why the popup could not read the page: said to the user as is. */
export class PageUnavailable extends Error {}
