/**
 * A record read from storage or from a backup file does not have the shape of the model. The
 * message names the path of the first bad value, e.g. `sections[2].blocks[0].url: expected a string`.
 */
export class InvalidRecordError extends Error {
  readonly path: string;

  constructor(path: string, problem: string) {
    super(path === '' ? problem : `${path}: ${problem}`);
    this.name = 'InvalidRecordError';
    this.path = path;
  }
}
