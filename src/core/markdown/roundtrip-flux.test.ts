import { describe, expect, it } from 'vitest';
import { fluxFiles, readFlux } from '../../../test/helpers/flux-corpus';
import { importIssue } from './import-issue';
import { exportIssue } from './export-issue';

describe('round trip over the Flux monthly updates', () => {
  const files = fluxFiles();

  it('has all 30 updates', () => {
    expect(files).toHaveLength(30);
  });

  it.each(files)('%s comes back byte for byte', (name) => {
    const text = readFlux(name);
    expect(exportIssue(importIssue(text))).toBe(text);
  });

  it.each(files)('%s keeps its YAML front matter as entries', (name) => {
    const issue = importIssue(readFlux(name));
    expect(issue.frontMatter.format).toBe('yaml');
    expect(issue.frontMatter.entries.map((e) => e.key)).toContain('title');
  });
});
