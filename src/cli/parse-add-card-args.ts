import { InputError } from '../core/errors';
import type { AddCardArgs } from './commands';

/** `--section H --title T --url U [--tag TAG] [--bullet B]...` */
export function parseAddCardArgs(args: string[]): AddCardArgs {
  const bullets: string[] = [];
  const values: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i];
    const value = args[i + 1];
    if (value === undefined) throw new InputError(`${flag} needs a value`);
    if (flag === '--bullet') bullets.push(value);
    else if (flag === '--section' || flag === '--title' || flag === '--url' || flag === '--tag') {
      values[flag.slice(2)] = value;
    } else {
      throw new InputError(`unknown option ${flag}`);
    }
  }
  const { section, title, url, tag } = values;
  if (!section || !title || !url)
    throw new InputError('add-card needs --section, --title and --url');
  return tag ? { section, title, url, tag, bullets } : { section, title, url, bullets };
}
