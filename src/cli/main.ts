import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors';
import { encodeShareLink, decodeShareLink } from '../core/share/share-link';
import {
  addCardText,
  checkText,
  jsonText,
  renderText,
  replaceTextIn,
  roundtripText,
} from './commands';
import { parseAddCardArgs } from './parse-add-card-args';
import { shareDictionariesFromDisk } from './read-share-dictionaries';

const usage = `usage: broadsheet <command> ...
  roundtrip FILE                 import then export, to stdout
  replace FILE OLD NEW           replace OLD with NEW in every text, print the file
  add-card FILE --section HEADING --title T --url U [--tag TAG] [--bullet B]...
  render FILE                    the preview HTML
  json FILE                      the model as JSON
  check FILE...                  lint; FILE:LINE: message, exit 1 when anything is found
  share-link FILE                the share link's fragment
  open-link FRAGMENT             the markdown a share link carries`;

/** Exit codes: 0 done, 1 check found problems, 2 bad input or usage. */
function run(argv: string[]): number {
  const [command, ...args] = argv;
  const file = args[0] ?? '';
  switch (command) {
    case 'roundtrip':
      return print(roundtripText(read(file, 1)));
    case 'replace':
      if (args.length !== 3) return fail(usage);
      return print(replaceTextIn(read(file, 3), args[1] as string, args[2] as string));
    case 'add-card':
      return print(addCardText(read(file, 1), parseAddCardArgs(args.slice(1))));
    case 'render':
      return print(renderText(read(file, 1)));
    case 'json':
      return print(`${jsonText(read(file, 1))}\n`);
    case 'check':
      return check(args);
    case 'share-link':
      return print(`${encodeShareLink(read(file, 1), shareDictionariesFromDisk())}\n`);
    case 'open-link':
      return openLink(file);
    default:
      return fail(usage);
  }
}

function check(files: string[]): number {
  if (files.length === 0) return fail(usage);
  let found = 0;
  for (const file of files) {
    const text = read(file, files.length);
    for (const problem of checkText(text)) {
      process.stdout.write(`${file}:${problem.line}: ${problem.message}\n`);
      found++;
    }
  }
  return found > 0 ? 1 : 0;
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

class FileError extends InputError {
  readonly file: string;
  constructor(file: string, message: string, line?: number) {
    super(message, line);
    this.file = file;
  }
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

function main(): void {
  const argv = process.argv.slice(2);
  try {
    process.exitCode = run(argv);
  } catch (error) {
    const file = error instanceof FileError ? error.file : (argv[1] ?? '');
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
