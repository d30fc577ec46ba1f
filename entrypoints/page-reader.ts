import { extractPosting } from '../src/extract/extract-posting';

// The second, heavier pass for careers pages no adapter knows: the same extraction plus readability on a clone.
// An unlisted script, as the extractor is (extractor.ts): nothing announced to the page.
export default defineUnlistedScript({
  main: () => extractPosting(document, location.href, { selection: document.getSelection()?.toString() ?? '' }),
});
