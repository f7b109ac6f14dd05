import { fencedFrontMatterReader } from './fenced-front-matter-reader';
import { readTomlEntries } from './read-toml-entries';

/** TOML front matter between `+++` lines. */
export const tomlFrontMatterReader = fencedFrontMatterReader('toml', '+++', readTomlEntries);
