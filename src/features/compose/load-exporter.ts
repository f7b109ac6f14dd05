type Exporter = typeof import('../../core/markdown/export-issue');

let loading: Promise<Exporter> | undefined;

/**
 * The markdown exporter, loaded on first use (export, lint, the change count): its markdown
 * parser is not needed to show or type in the editor. A failed load is tried again next time.
 */
export function loadExporter(): Promise<Exporter> {
  loading ??= import('../../core/markdown/export-issue').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
