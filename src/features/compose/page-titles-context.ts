import { createContext } from 'react';

/**
 * Told the ids of cards just made from bare links, titled from the URL, so their pages' titles
 * can replace the guesses (see usePageTitles). Does nothing unless the editor provides it.
 */
export const PageTitlesContext = createContext<(cardIds: readonly string[]) => void>(() => {});
