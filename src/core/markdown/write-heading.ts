import { escapeText } from './escape-text';

/** An ATX heading; a trailing `#` in the text is escaped so it is not read as a closing mark. */
export function writeHeading(text: string, level: number): string {
  const escaped = escapeText(text.trim(), 'minimal', false).replace(/#(?=\s*$)/, '\\#');
  return `${'#'.repeat(level)} ${escaped}`;
}
