import { cleanLine } from './nodes-to-text';

/** The user's selection as posting text: its lines kept, each cleaned, empty ones dropped. */
export const selectionText = (selection: string) =>
  selection
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map(cleanLine)
    .filter(Boolean)
    .join('\n');
