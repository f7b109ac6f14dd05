import { fencedFrontMatterReader } from './fenced-front-matter-reader';
import { readYamlEntries } from './read-yaml-entries';

/** YAML front matter between `---` lines. */
export const yamlFrontMatterReader = fencedFrontMatterReader('yaml', '---', readYamlEntries);
