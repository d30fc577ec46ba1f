/** What a site adapter reads from a job page: the description's elements, and the title and company it shows. */
export interface SiteExtract {
  title: string;
  company: string;
  /** The description's elements, in reading order; empty when the page shows none. */
  body: Element[];
  /** A selector for parts of `body` to leave out (apply buttons, "show more", job alerts). */
  skip?: string;
  /**
   * The employer's brand where the board knows it better than the page's JSON-LD: Workday's JSON-LD names the
   * legal entity that hires ("Acme Canada Co."), its tenant the brand ("Acme"). Beats every other company source.
   */
  brand?: string;
  /** A last-resort company name (from the URL), used when neither the page nor its JSON-LD names one. */
  companyGuess?: string;
}

/** One job board: src/extract/sites/<id>.ts, with a "Test URLs" comment and a fixture in tests/fixtures/pages/<id>/. */
export interface SiteAdapter {
  id: string;
  matches: (url: URL) => boolean;
  /**
   * A selector for the board's own markup where a careers site renders the board inline on its own address (Ashby's
   * embedded job board): the adapter reads such a page too. Classes the board documents for styling, not generated ones.
   */
  embedMark?: string;
  extract: (doc: Document) => SiteExtract;
}
