import { findEmbeddedBoards, offeredBoards } from '../src/extract/embedded-boards';

// Injected into the user's tab (activeTab) only when the page itself shows no posting: lists the iframes of the
// job boards this build may ask to read. It reads the page and never changes it.
export default defineUnlistedScript(() => findEmbeddedBoards(document, location.href, offeredBoards(browser.runtime.getManifest())));
