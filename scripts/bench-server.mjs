// The reference server as `npm start` runs it, in its own process, for the benches that time it.
import { spawn } from 'node:child_process';

/** Starts `layanan-mock-server --port 0 …args`; resolves `{ child, url }` once it listens. */
export function startReferenceServer(args = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['packages/mock-server/dist/cli.js', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /on (http:\/\/[\d.:]+)/.exec(out);
      if (match) resolve({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)));
  });
}
