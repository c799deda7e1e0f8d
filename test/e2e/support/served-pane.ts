/**
 * What every e2e file needs around its tests: the fake Office script built, the production build
 * served on loopback and Chromium started, all closed again after the file's last test.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, serveDist } from './browser';
import { buildFakeOffice } from './fake-office-bundle';

export interface ServedPane {
  browser: Browser;
  server: Awaited<ReturnType<typeof serveDist>>;
  /** Path of the fake Office script, for `page.addInitScript({ path })`. */
  fakeOffice: string;
}

/** Registers the set-up and tear-down in the enclosing describe (or file); the fields are set from beforeAll on. */
export function servedPane(): ServedPane {
  const served = {} as ServedPane;
  beforeAll(async () => {
    served.fakeOffice = await buildFakeOffice();
    served.server = await serveDist();
    served.browser = await launchBrowser();
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
