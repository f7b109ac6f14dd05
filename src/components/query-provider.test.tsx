// @vitest-environment jsdom
import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryClientHolderContext, type QueryClientHolder } from './query-client-holder';
import { createQueryClient, QueryProvider } from './query-provider';

afterEach(cleanup);

describe('QueryProvider', () => {
  it('gives every screen of one app the same client, and another app its own', () => {
    const seen: unknown[] = [];
    function Screen() {
      seen.push(useQueryClient());
      return null;
    }
    const app: QueryClientHolder = {};
    render(
      <QueryClientHolderContext value={app}>
        <QueryProvider>
          <Screen />
        </QueryProvider>
        <QueryProvider>
          <Screen />
        </QueryProvider>
      </QueryClientHolderContext>,
    );
    render(
      <QueryProvider>
        <Screen />
      </QueryProvider>,
    );
    expect(seen[0]).toBe(app.client);
    expect(seen[1]).toBe(app.client);
    expect(seen[2]).not.toBe(app.client);
  });

  it('reads storage while the browser is offline', async () => {
    const client = createQueryClient();
    onlineManager.setOnline(false);
    try {
      expect(await client.fetchQuery({ queryKey: ['x'], queryFn: async () => 'read' })).toBe(
        'read',
      );
    } finally {
      onlineManager.setOnline(true);
    }
  });
});
