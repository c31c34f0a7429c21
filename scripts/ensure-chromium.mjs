// Makes sure the browser tests have a Chromium to run in, rather than skipping them.
// Order: CHROME_PATH, an installed Chromium, else (root on Debian) apt-get install chromium, else fail
// with a one-line instruction. Playwright's own browser download does not work on this kind of machine.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

function installWithApt() {
  const run = (args) =>
    execFileSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    // A fresh machine may have empty package lists.
    run(['update']);
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  }
}

let path = chromiumPath();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("No Chromium found: installing Debian's chromium package for the browser tests…");
    installWithApt();
    path = chromiumPath();
  }
}
if (!path) {
  console.error(
    'Browser tests need Chromium: run `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chromium binary).',
  );
  process.exit(1);
}
console.log(`Browser tests will use ${path}`);
