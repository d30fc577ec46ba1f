import { createContext, useContext } from 'react';

/**
 * Scrolls the page to a term's first mark and flashes it, where the results were read from a page that shows
 * highlights (src/ui/panel/PageHighlights.tsx provides it); absent for pasted text.
 */
export const ShowOnPage = createContext<((termId: string) => void) | undefined>(undefined);

export const useShowOnPage = () => useContext(ShowOnPage);
