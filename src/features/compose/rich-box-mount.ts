/** Where a lazily mounted rich-text editor puts the cursor: where the user clicked, or an end. */
export type MountAt = { x: number; y: number } | 'start' | 'end';
