import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped sample issue 056, read from disk as bytes decoded without any change. */
export function readSampleFile(): string {
  const path = join(process.cwd(), 'src/app/sample/eks-news-056.md');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
}
