import { describe, expect, it } from 'vitest';
import { workspaceServerUrl } from './workspace-server-url';

describe('workspaceServerUrl', () => {
  it.each([
    ['ws://127.0.0.1:1234', 'ws://127.0.0.1:1234'],
    ['  wss://team.example.org/  ', 'wss://team.example.org'],
    ['https://team.example.org/collab', 'wss://team.example.org/collab'],
    ['http://localhost:1234', 'ws://localhost:1234'],
  ])('takes %j as %j', (text, url) => {
    expect(workspaceServerUrl(text)).toBe(url);
  });

  it.each([
    '',
    'team.example.org',
    'javascript:alert(1)//ws://x',
    'data:text/html,ws://x',
    'ftp://team.example.org',
    'ws://user:secret@team.example.org',
    'wss://team.example.org/#x',
    'ws://',
  ])('refuses %j', (text) => {
    expect(workspaceServerUrl(text)).toBeUndefined();
  });
});
