// A test-file hook, apart from browser.ts, which scripts (bench-extension, render-icons) load outside vitest.
import { afterAll, beforeAll, expect } from 'vitest';
import { foreignRequests, type Launched, launch, servePages } from './browser';

/**
 * One Chromium with the extension and the local page server for the tests of a describe block (call it there):
 * started before them, closed after them, and then no request may have left the machine. `args` adds switches.
 */
export function useChromiumWithPages(args: string[] = []) {
  const opened = {} as { server: Awaited<ReturnType<typeof servePages>>; browser: Launched };
  beforeAll(async () => {
    opened.server = await servePages();
    opened.browser = await launch(undefined, args);
  });
  afterAll(async () => {
    const requests = [...(opened.browser?.requests ?? [])];
    await opened.browser?.context.close();
    await opened.server?.close();
    expect(foreignRequests(requests), 'requests to hosts other than 127.0.0.1').toEqual([]);
  });
  return opened;
}
