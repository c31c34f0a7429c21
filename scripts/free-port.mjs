// A TCP port nobody is listening on, asked of the operating system (listen on port 0, read it, close).
// There is a short window before the caller binds it, which is harmless for local test servers.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The same, synchronously, for configuration files that cannot await (Playwright's). */
export function freePortSync() {
  const script =
    "const s=require('node:net').createServer();s.listen(0,()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}
