/** The outcome of one export: its text, or the error it threw (kept for that file's own test). */
export type ExportAttempt = { ok: true; text: string } | { ok: false; error: unknown };

/**
 * Runs an export so that one file that throws fails only its own test case, not the shared
 * hugo build of the whole group.
 */
export function attemptExport(run: () => string): ExportAttempt {
  try {
    return { ok: true, text: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** The exported text, or the export's error thrown again inside the test that needs it. */
export function exportedText(attempt: ExportAttempt | undefined): string {
  if (!attempt) throw new Error('no export was attempted for this case');
  if (!attempt.ok) throw attempt.error;
  return attempt.text;
}

/** The successful exports keyed by `prefix/key`, ready for one buildWithHugo call. */
export function buildInputs(
  attempts: Record<string, ExportAttempt>,
  prefix: string,
): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [key, attempt] of Object.entries(attempts)) {
    if (attempt.ok) inputs[`${prefix}/${key}`] = attempt.text;
  }
  return inputs;
}
