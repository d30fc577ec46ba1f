/** The CLI bundle's path under `root` (a folder path ending in /) when no source it was built from is newer, else undefined. */
export function freshBundle(root: string): string | undefined;
