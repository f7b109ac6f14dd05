import { createContext } from 'react';

/** The preview's scrolling element, against which its lists of cards tell near from far. */
export const PreviewRootContext = createContext<Element | null>(null);
