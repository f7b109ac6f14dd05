import { InputError } from '../errors';
import type { FrontMatter } from '../model/types';
import { isTomlTableSource } from './split-toml-entry';

/**
 * Throws when a key names a TOML table (`[params]`, `[[menu.main]]`) or a key inside one
 * (`params.x`): tables are kept as text, and editing inside them is not supported.
 */
export function refuseTableEdit(fm: FrontMatter, key: string): void {
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
