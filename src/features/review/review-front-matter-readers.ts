import type { FrontMatterReader } from '../../core/front-matter/front-matter-reader';
import { jsonFrontMatterReader } from '../../core/front-matter/json-front-matter-reader';
import { tomlFrontMatterReader } from '../../core/front-matter/toml-front-matter-reader';

// The front matter readers the reviewer's page reads an issue with. TOML's (EKS News writes
// TOML) and JSON's come with the page; YAML's, the yaml package and half of the page's reading
// code, loads only for a file whose first line that is not blank is `---` (Hugo, and the core's
// reader, allow blank lines before the front matter), the one line that reader opens on.

export async function reviewFrontMatterReaders(
  markdown: string,
): Promise<readonly FrontMatterReader[]> {
  if (!/^\uFEFF?(?:[ \t]*(?:\r\n?|\n))*---/.test(markdown)) {
    return [tomlFrontMatterReader, jsonFrontMatterReader];
  }
  const { yamlFrontMatterReader } =
    await import('../../core/front-matter/yaml-front-matter-reader');
  return [yamlFrontMatterReader];
}
