import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors';
import { FileError } from './file-error';
import { InvalidRecordError } from '../core/model/schema/invalid-record-error';
import { BUILT_IN_TEMPLATES } from '../core/template/built-in-templates';
import { admitTemplate } from '../core/template/schema/admit-template';
import type { NewsletterTemplate } from '../core/template/template';

/** The command's arguments without `--template FILE`, and the templates to read files with. */
export interface TemplateChoice {
  args: string[];
  /** The template of `--template FILE`; else the built-in ones, the best fit chosen per file. */
  templates: NewsletterTemplate | readonly NewsletterTemplate[];
}

/**
 * The arguments without `--template FILE` (or `--template=FILE`), and FILE; `dangling` when
 * `--template` ends the arguments with no FILE after it.
 */
export function splitTemplateOption(args: string[]): {
  args: string[];
  file?: string;
  dangling: boolean;
} {
  const rest: string[] = [];
  let file: string | undefined;
  let dangling = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('--template=')) file = arg.slice('--template='.length);
    else if (arg === '--template') {
      file = args[++i];
      dangling = file === undefined;
    } else rest.push(arg);
  }
  return file === undefined ? { args: rest, dangling } : { args: rest, file, dangling };
}

/**
 * Takes `--template FILE` out of a command's arguments and reads the file: JSON, as
 * `broadsheet template learn` prints it, admitted at the template door. Throws an InputError
 * naming the file for one that cannot be read, is not JSON or is not a template.
 */
export function takeTemplateOption(args: string[]): TemplateChoice {
  const { args: rest, file, dangling } = splitTemplateOption(args);
  if (dangling) throw new InputError('--template needs a FILE');
  return { args: rest, templates: file === undefined ? BUILT_IN_TEMPLATES : readTemplate(file) };
}

function readTemplate(file: string): NewsletterTemplate {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new FileError(file, `cannot read the template (${code})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new FileError(file, 'the template is not JSON (`broadsheet template learn` writes one)');
  }
  try {
    return admitTemplate(value);
  } catch (error) {
    if (error instanceof InvalidRecordError)
      throw new FileError(file, `not a template: ${error.message}`);
    throw error;
  }
}
