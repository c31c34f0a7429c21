// Makes sure the manifest tests have xmllint (Debian's libxml2-utils) to validate against the SCORM XSDs,
// rather than skipping them. Order: an installed xmllint, else (root on Debian) apt-get install, else fail
// with a one-line instruction. Run by `npm run unit` before vitest starts (an install may take longer than a
// test hook may), and again by tests/lib/scorm-manifest.test.ts, where it is then a quick check.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = () => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export function ensureXmllint() {
  if (has()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    const run = (args) =>
      execFileSync('apt-get', args, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    try {
      run(['install', '-y', '--no-install-recommends', 'libxml2-utils']);
    } catch {
      run(['update']);
      run(['install', '-y', '--no-install-recommends', 'libxml2-utils']);
    }
  }
  if (!has()) {
    throw new Error('The manifest tests need xmllint: run `sudo apt-get install -y libxml2-utils`.');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) ensureXmllint();
