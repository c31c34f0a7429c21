// Where Debian's Chromium lives, and the flags it needs on this machine (see shared notes/toolchain.md):
// without the background-networking flags it floods the closed network with connection attempts.
import { existsSync } from 'node:fs';

export const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** CHROME_PATH if set, else the first installed Chromium, else undefined. */
export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return candidates.find((p) => existsSync(p));
}
