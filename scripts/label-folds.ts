// Where the project's labelled folds sit, for the scripts that read labels (eval, unread-names, the practice-phrase
// study). No heavy imports: `npm run eval` loads this at start.
import { join } from 'node:path';

/**
 * The corpus fold: postings of ../shared/corpus that this project labelled itself by the same rules (labels in
 * tests/fixtures/corpus-gold, texts stay in the shared corpus). Tuned on like dev.
 */
export const CORPUS_LABELS = join(import.meta.dirname, '../tests/fixtures/corpus-gold');
/**
 * The fresh fold: the unlabelled postings of ../shared/eval/unlabelled, labelled blind by this project (without
 * running the analyzer on them; labels in tests/fixtures/fresh-gold). Measured before and after the session that
 * labelled them, as a second fold nobody had tuned on; tuned on like corpus since.
 */
export const FRESH_LABELS = join(import.meta.dirname, '../tests/fixtures/fresh-gold');
/** The dev fold's files in ../shared/eval/postings (a*, b*); d* is the check fold, whose misses nobody reads. */
export const DEV_ID = /^[ab]\d/;
