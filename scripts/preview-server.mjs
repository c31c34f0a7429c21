// Serves the built site (dist/ by default) with `astro preview` for the measuring scripts (fps, lighthouse,
// screenshots), on the port in PORT or else a free one, so two runs at once never clash. The server is stopped
// when the script ends, however it ends (normal exit, an error, Ctrl-C or a kill).
import { spawn } from 'node:child_process';
import { freePort } from './free-port.mjs';

/**
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ origin: string; stop: () => void }>}
 */
export async function startPreview({ outDir } = {}) {
  const port = Number(process.env.PORT) || (await freePort());
  const args = ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--ignore-lock'];
  if (outDir) args.push('--outDir', outDir);
  // Spawned with this Node (22, from the devDependency), not whatever `astro`'s shebang would find.
  const server = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
  };
  process.on('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
      stop();
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
  }
  await new Promise((resolve, reject) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      seen += chunk.toString();
      if (seen.includes(`:${port}`)) resolve(undefined);
    });
    server.on('exit', (code) => reject(new Error(`astro preview exited with ${code} before serving`)));
  });
  return { origin: `http://localhost:${port}`, stop };
}
