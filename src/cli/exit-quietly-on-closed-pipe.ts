/**
 * `broadsheet check ... | head`: once the reader has closed the pipe, writing to it fails with
 * EPIPE. Nothing more can be said to anyone, so the process ends at once with exit 0, as a
 * filter does, instead of an unhandled 'error' event and a stack trace. Other errors are kept.
 */
export function exitQuietlyOnClosedPipe(
  stream: NodeJS.WritableStream,
  exit: (code: number) => void = (code) => process.exit(code),
): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}
