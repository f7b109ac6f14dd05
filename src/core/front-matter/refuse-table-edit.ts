import { InputError } from '../errors';
import type { FrontMatter } from '../model/types';
import { isJsonKeptWhole } from './json-kept-whole';
import { isTomlTableSource } from './split-toml-entry';

/**
 * Throws when a key names a TOML table (`[params]`, `[[menu.main]]`) or a key inside one
 * (`params.x`): tables are kept as text, and editing inside them is not supported. Throws too for
 * any key of JSON front matter kept whole, since it is not written one key per line, and for
 * any key of front matter that could not be read.
 */
export function refuseTableEdit(fm: FrontMatter, key: string): void {
  if (fm.unreadable !== undefined) {
    throw new InputError(
      `"${key}" cannot be set: the front matter could not be read (${fm.unreadable}); fix it in the file`,
    );
  }
  if (isJsonKeptWhole(fm)) {
    throw new InputError(
      `"${key}" is in JSON front matter not written one key per line, which can only be edited as text in the file`,
    );
  }
  if (fm.format !== 'toml') return;
  const table = fm.entries.find(
    (e) => (key === e.key || key.startsWith(`${e.key}.`)) && isTomlTableSource(e.source ?? ''),
  );
  if (table) {
    throw new InputError(
      `"${key}" is in the TOML table [${table.key}], which can only be edited as text in the file`,
    );
  }
}
