// `npm start` / `npm run preview`: runs `astro dev` or `astro preview` so that stopping npm stops the server.
// npm passes SIGINT/SIGTERM to its script's shell, and a shell that dies leaves its child running (seen: astro dev
// kept port 4321 after npm was killed). Here the server is this script's own child: signals are passed on, and
// if npm is killed outright (SIGKILL, nothing to pass on) the server is stopped as soon as this script notices
// that its parent is gone.
// Usage: node scripts/serve.mjs dev|preview   (port: PORT from the environment, else 4321; astro dev moves to
// the next free port by itself when that one is taken, and says so)
import { spawn } from 'node:child_process';

const [mode = 'dev', ...rest] = process.argv.slice(2);
const port = process.env.PORT || '4321';
// This Node (22, from the devDependency), not whatever `astro`'s shebang would find on PATH.
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', mode, '--port', port, ...rest], {
  stdio: 'inherit',
});

const stop = (signal = 'SIGTERM') => {
  if (server.exitCode === null && server.signalCode === null) server.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stop();
}, 1000).unref();
