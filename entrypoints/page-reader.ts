import { extractPosting } from '../src/extract/extract-posting';

// The second, heavier pass for careers pages no adapter knows: the same extraction plus readability on a clone.
export default defineUnlistedScript(() => extractPosting(document, location.href, { selection: document.getSelection()?.toString() ?? '' }));
