import { describe, expect, it } from 'vitest';
import { readCardShapes } from '../../../../test/helpers/card-shapes-fixtures';
import { exportIssue } from '../../markdown/export-issue';
import { importIssue } from '../../markdown/import-issue';
import { replaceText } from './replace-text';

describe('replaceText in cards of other shapes', () => {
  it('reaches the text after a title link and the paragraphs of a description', () => {
    const text = readCardShapes('paragraph-described.md');
    const issue = importIssue(text);
    const replaced = exportIssue(replaceText(issue, 'minute read', 'min read'));
    expect(replaced).toBe(text.replace('(6 minute read)', '(6 min read)'));
    const described = exportIssue(replaceText(issue, 'usual suspects', 'usual culprits'));
    expect(described).toBe(text.replace('the usual suspects', 'the usual culprits'));
  });
});
