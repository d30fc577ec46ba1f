// Without zod: the popup's hot path (library-read.ts) checks stored resumes against these without loading it.

export const MAX_RESUME_CHARS = 200_000;

/** A resume's name is at most this long: the options page says so rather than cut it. */
export const MAX_RESUME_NAME_CHARS = 120;
