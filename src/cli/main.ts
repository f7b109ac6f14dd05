import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors';
import { BUILT_IN_TEMPLATES } from '../core/template/built-in-templates';
import { encodeShareLink, decodeShareLink } from '../core/share/share-link';
import {
  addCardText,
  checkText,
  jsonText,
  renderText,
  replaceTextIn,
  roundtripText,
} from './commands';
import { commandUsage } from './command-usage';
import { exitQuietlyOnClosedPipe } from './exit-quietly-on-closed-pipe';
import { FileError } from './file-error';
import { learnTemplateFromDirs } from './learn-template-from-dirs';
import { nextIssueText } from './next-issue-text';
import { readIssueDirs } from './read-issue-dirs';
import {
  splitTemplateOption,
  takeTemplateOption,
  type TemplateChoice,
} from './take-template-option';
import { parseAddCardArgs } from './parse-add-card-args';
import { shareDictionariesFromDisk } from './read-share-dictionaries';
import { runWorkspaceCommand } from './run-workspace-command';

/**
 * Exit codes: 0 done, 1 check found problems or replace found nothing to replace, 2 bad input or
 * usage (or a token the workspace server refused), 3 the workspace server could not be reached.
 */
/** The commands that read issue files, and so take `--template FILE`. */
const TEMPLATE_COMMANDS = new Set([
  'roundtrip',
  'replace',
  'add-card',
  'render',
  'json',
  'check',
  'share-link',
  'next',
]);

function run(argv: string[]): number | Promise<number> {
  const [command, ...all] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    return print(`${commandUsage(all[0])}\n`);
  }
  if (all.includes('--help') || all.includes('-h')) return print(`${commandUsage(command)}\n`);
  const { args, templates } = TEMPLATE_COMMANDS.has(command ?? '')
    ? takeTemplateOption(all)
    : { args: all, templates: undefined };
  const file = args[0] ?? '';
  switch (command) {
    case 'roundtrip':
      return print(roundtripText(read(file, 1), templates));
    case 'replace':
      if (args.length !== 3) return fail(commandUsage('replace'));
      return replace(read(file, 3), args[1] as string, args[2] as string, templates);
    case 'add-card':
      return print(addCardText(read(file, 1), parseAddCardArgs(args.slice(1)), templates));
    case 'render':
      return print(renderText(read(file, 1), templates));
    case 'json':
      return print(`${jsonText(read(file, 1), templates)}\n`);
    case 'check':
      return check(args, templates);
    case 'share-link':
      return shareLink(read(file, 1), templates);
    case 'next':
      if (args.length === 0) return fail(commandUsage('next'));
      return print(nextIssueText(readIssueDirs(args), templates ?? BUILT_IN_TEMPLATES, new Date()));
    case 'open-link':
      return openLink(file);
    case 'template':
      if (args[0] !== 'learn' || args.length < 2) return fail(commandUsage('template'));
      return print(learnTemplateFromDirs(args.slice(1)));
    case 'push':
    case 'pull':
      return runWorkspaceCommand(command, args, (name) => read(name, 1));
    default:
      return fail(commandUsage());
  }
}

type Templates = TemplateChoice['templates'] | undefined;

function check(files: string[], templates: Templates): number {
  if (files.length === 0) return fail(commandUsage('check'));
  let found = 0;
  for (const file of files) {
    const text = read(file, files.length);
    for (const problem of checkText(text, templates)) {
      process.stdout.write(`${file}:${problem.line}: ${problem.message}\n`);
      found++;
    }
  }
  return found > 0 ? 1 : 0;
}

function replace(text: string, find: string, replacement: string, templates: Templates): number {
  const replaced = replaceTextIn(text, find, replacement, templates);
  if (replaced !== null) return print(replaced);
  process.stderr.write(`replace: no text holds "${find}"; nothing was changed\n`);
  return 1;
}

/** The link of a file that reads as an issue: a file the editor could not open is refused. */
function shareLink(text: string, templates: Templates): number {
  roundtripText(text, templates);
  return print(`${encodeShareLink(text, shareDictionariesFromDisk())}\n`);
}

function openLink(fragment: string): number {
  const result = decodeShareLink(fragment.replace(/^.*#/, ''), shareDictionariesFromDisk());
  if (!result.ok) return fail(`share link: ${result.message}`);
  return print(result.markdown);
}

/** Reads a file as strict UTF-8; anything else is bad input naming the file and line. */
function read(file: string, expected: number): string {
  if (!file || expected < 1) throw new InputError('missing FILE argument');
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new FileError(file, `cannot read the file (${code})`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const line = firstBadUtf8Line(bytes);
    throw new FileError(file, 'the file is not UTF-8 text', line);
  }
}

function firstBadUtf8Line(bytes: Buffer): number {
  const decoded = new TextDecoder('utf-8').decode(bytes);
  const bad = decoded.indexOf('\uFFFD');
  return decoded.slice(0, Math.max(0, bad)).split('\n').length;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

/** The first argument that is neither `--template FILE` nor an option. */
function firstFile(args: string[]): string {
  return splitTemplateOption(args).args.find((arg) => !arg.startsWith('--')) ?? '';
}

function main(): void {
  exitQuietlyOnClosedPipe(process.stdout);
  const argv = process.argv.slice(2);
  try {
    const code = run(argv);
    if (typeof code === 'number') process.exitCode = code;
    // The provider may leave a reconnect timer behind: exit once stdout is flushed.
    else void code.then((done) => process.stdout.write('', () => process.exit(done)));
  } catch (error) {
    const named = argv[0] !== 'template';
    const file = error instanceof FileError ? error.file : named ? firstFile(argv.slice(1)) : '';
    if (error instanceof InputError) {
      const where = error.line ? `${file}:${error.line}` : file;
      process.exitCode = fail(`${where ? `${where}: ` : ''}${error.message}`);
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.exitCode = fail(`${file ? `${file}: ` : ''}internal error: ${message}`);
    }
  }
}

main();
