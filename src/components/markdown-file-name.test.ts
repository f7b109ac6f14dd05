import { describe, expect, it } from 'vitest';
import { markdownFileName } from './markdown-file-name';

describe('markdownFileName', () => {
  it('names the file after the slug', () => {
    expect(markdownFileName('056')).toBe('056.md');
    expect(markdownFileName('kubecon-eu_2024.1')).toBe('kubecon-eu_2024.1.md');
  });

  it('never lets a slug leave the download folder or vanish', () => {
    expect(markdownFileName('../../etc/passwd')).toBe('etc-passwd.md');
    expect(markdownFileName('a b/c')).toBe('a-b-c.md');
    expect(markdownFileName('')).toBe('issue.md');
    expect(markdownFileName(undefined)).toBe('issue.md');
    expect(markdownFileName('///')).toBe('issue.md');
  });
});
