import { describe, expect, it } from 'vitest';
import { InputError } from '../core/errors';
import { parseWorkspaceArgs } from './parse-workspace-args';

describe('parseWorkspaceArgs', () => {
  it('reads the options around the operand', () => {
    const args = ['--workspace', 'eks', '056.md', '--server', 'wss://team.example', '--token', 't'];
    expect(parseWorkspaceArgs(args, {})).toEqual({
      operand: '056.md',
      server: 'wss://team.example',
      workspace: 'eks',
      token: 't',
    });
  });

  it('falls back to the environment and the local server', () => {
    const env = { BROADSHEET_WORKSPACE: 'eks', BROADSHEET_TOKEN: 'from-env' };
    expect(parseWorkspaceArgs(['056'], env)).toMatchObject({
      server: 'ws://127.0.0.1:1234',
      workspace: 'eks',
      token: 'from-env',
    });
  });

  it('takes an http(s) address as the ws(s) one', () => {
    const parsed = parseWorkspaceArgs(['056', '--server', 'https://team.example:8443'], {
      BROADSHEET_WORKSPACE: 'eks',
    });
    expect(parsed.server).toBe('wss://team.example:8443');
  });

  it('reads pull --ready --out DIR, with no operand', () => {
    const parsed = parseWorkspaceArgs(['--ready', '--out', 'content/news'], {
      BROADSHEET_WORKSPACE: 'eks',
    });
    expect(parsed).toMatchObject({ operand: '', ready: { out: 'content/news' } });
    expect(parseWorkspaceArgs(['056'], { BROADSHEET_WORKSPACE: 'eks' })).not.toHaveProperty(
      'ready',
    );
  });

  it.each([
    [['--ready', '--workspace', 'eks'], /go together/],
    [['056', '--out', 'dir', '--workspace', 'eks'], /go together/],
    [['056', '--ready', '--out', 'dir', '--workspace', 'eks'], /no SLUG/],
    [['056'], /--workspace/],
    [['056', 'extra', '--workspace', 'eks'], /exactly one/],
    [['056', '--workspace'], /needs a value/],
    [['056', '--workspace', 'eks', '--color'], /unknown option/],
    [['056', '--workspace', 'eks', '--server', 'javascript:alert(1)'], /ws\(s\)/],
  ])('refuses %j', (args, message) => {
    expect(() => parseWorkspaceArgs(args, {})).toThrow(InputError);
    expect(() => parseWorkspaceArgs(args, {})).toThrow(message);
  });
});
