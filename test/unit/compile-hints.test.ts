import { describe, expect, it } from 'vitest';
import { compileHints } from '../../config/compile-hints';

type Bundle = Record<string, { type: 'chunk' | 'asset'; name: string; code?: string }>;

/** Runs the plugin's generateBundle hook over `bundle`, as the build does after minifying. */
function generate(chunkNames: string[], bundle: Bundle): Bundle {
  const hook = compileHints(chunkNames).generateBundle as unknown as {
    order: string;
    handler: (options: unknown, bundle: Bundle) => void;
  };
  expect(hook.order).toBe('post');
  hook.handler({}, bundle);
  return bundle;
}

describe('compile hints', () => {
  it("puts V8's hint on the first line of the named chunks only", () => {
    const bundle = generate(['review-reader'], {
      'assets/review-reader-a1.js': { type: 'chunk', name: 'review-reader', code: 'const a=1;' },
      'assets/index-b2.js': { type: 'chunk', name: 'index', code: 'const b=2;' },
      'assets/review-reader-c3.css': { type: 'asset', name: 'review-reader' },
    });
    expect(bundle['assets/review-reader-a1.js']?.code).toBe(
      '//# allFunctionsCalledOnLoad\nconst a=1;',
    );
    expect(bundle['assets/index-b2.js']?.code).toBe('const b=2;');
    expect(bundle['assets/review-reader-c3.css']?.code).toBeUndefined();
  });

  it('fails the build when a named chunk is missing, rather than losing the hint', () => {
    const bundle: Bundle = { 'assets/index-b2.js': { type: 'chunk', name: 'index', code: '' } };
    expect(() => generate(['review-shared'], bundle)).toThrow(/review-shared/);
  });

  it('applies only to builds', () => {
    expect(compileHints([]).apply).toBe('build');
  });
});
