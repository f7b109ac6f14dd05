import { statusSetByName } from './status-set-by-name';

/**
 * The record with its `statusSetBy` made what the model allows (statusSetByName): anything that
 * is not a name is dropped and the rest of the record kept, since a label typed by someone else is
 * not worth refusing an issue for. The same record when there is nothing to repair, or when it is
 * not a record.
 */
export function repairStatusSetBy(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, 'statusSetBy')) return value;
  const name = statusSetByName(record.statusSetBy);
  if (name === record.statusSetBy) return value;
  const { statusSetBy: _dropped, ...rest } = record;
  return name === undefined ? rest : { ...rest, statusSetBy: name };
}
