/** The name of the app's IndexedDB database (the head script opens it ahead, see vite.config). */
export const DATABASE_NAME = 'broadsheet';
