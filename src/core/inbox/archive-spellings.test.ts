import { describe, expect, it } from 'vitest';
import { deriveArchiveSpellings } from '../../../test/support/derive-archive-spellings';
import { archiveSpellings } from './archive-spellings';

describe('archiveSpellings', () => {
  it('is what the archive copy in test/fixtures/eks-news spells (npx tsx scripts/derive-archive-spellings.ts)', () => {
    expect(archiveSpellings).toEqual(deriveArchiveSpellings());
  });

  it.each(['EKS', 'AWS', 'IPv6', 'GitOps', 'CloudWatch', 'eBPF'])('holds %s', (word) => {
    expect(archiveSpellings).toContain(word);
  });

  it('holds no word the archive writes more often in lower case, and no number', () => {
    expect(archiveSpellings).not.toContain('ARM64');
    expect(archiveSpellings.filter((word) => /^\d/.test(word))).toEqual([]);
  });
});
