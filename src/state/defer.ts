/**
 * Runs a task later, at a moment the caller's environment chooses (in the browser: when the page
 * is next idle), and returns a function that cancels it if it has not run yet.
 */
export type Defer = (task: () => void) => () => void;
