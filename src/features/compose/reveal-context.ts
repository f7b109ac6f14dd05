import { createContext } from 'react';

/**
 * The block the editor is about to scroll to without focusing it (the place it was left at, on
 * reopening): its group is rendered as cards even while far from the viewport.
 */
export const RevealContext = createContext<string | undefined>(undefined);
