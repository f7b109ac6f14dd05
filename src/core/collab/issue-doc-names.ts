/**
 * The top-level names in an issue's Yjs document: the issue itself as a map shaped like the model
 * (see issue-shape.ts), and a meta map with the schema version it was written in.
 */
export const issueDocNames = {
  issue: 'issue',
  meta: 'meta',
  schemaVersion: 'schemaVersion',
} as const;
