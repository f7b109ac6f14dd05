import { InputError } from '../core/errors';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { parseWorkspaceArgs } from './parse-workspace-args';
import { pushIssue } from './push-issue';
import { pullIssue } from './pull-issue';
import { pullReadyIssues } from './pull-ready-issues';
import { WorkspaceRefusedError, WorkspaceUnreachableError } from './open-workspace-doc';

/**
 * `push FILE`, `pull SLUG` and `pull --ready --out DIR` against the workspace server. Exit codes: 0 done, 2 refused token
 * or bad input, 3 the server could not be reached; every failure is one line on stderr.
 */
export async function runWorkspaceCommand(
  command: 'push' | 'pull',
  args: string[],
  readText: (file: string) => string,
): Promise<number> {
  try {
    const parsed = parseWorkspaceArgs(args, process.env);
    if (command === 'pull' && parsed.ready) {
      const written = await pullReadyIssues(parsed, parsed.ready.out);
      process.stdout.write(written.map((path) => `${path}\n`).join(''));
      return 0;
    }
    if (command === 'pull') {
      process.stdout.write(await pullIssue(parsed, parsed.operand));
      return 0;
    }
    if (parsed.ready) throw new InputError('--ready is for pull');
    const { name, created } = await pushIssue(readNamed(parsed.operand, readText), parsed);
    process.stderr.write(`${created ? 'created' : 'updated'} ${name}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${command}: ${oneLine(message)}\n`);
    if (error instanceof WorkspaceUnreachableError) return 3;
    if (error instanceof WorkspaceRefusedError || error instanceof InputError) return 2;
    return error instanceof InvalidRecordError ? 2 : 1;
  }
}

/** The file's text; a file that cannot be read is bad input that names the file. */
function readNamed(file: string, readText: (file: string) => string): string {
  try {
    return readText(file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`${file}${error.line ? `:${error.line}` : ''}: ${error.message}`);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
