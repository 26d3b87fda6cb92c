import { parseArgs } from 'node:util';
import { startHttpServer, type StaticMount } from './http.js';
import { MockStore } from './state.js';

const usage = `Usage: layanan-mock-server [options]

The Layanan reference server: the whole contract over HTTP, seeded with Lampung Utara data.

Options:
  --port <n>              Port to listen on (default: $PORT or 4010; 0 picks a free one)
  --host <h>              Interface to bind (default: 127.0.0.1; 0.0.0.0 for every interface)
  --base-path <path>      Serve the API under this path, as a proxy in production may: with
                          /api only /api/v1/... answers (default: /, the API at /v1/...)
  --static [prefix=]dir   Also serve a folder as static files (repeatable), e.g. --static examples
                          or --static /dist=packages/widgets/dist
  --latency <ms>          Delay every API answer (default: 0)
  --clock <start>         Where the simulated clock starts: "reference" (default; Monday
                          2026-11-30 09:00 WIB, offices open, as the contract's examples assume),
                          "real", or an ISO date-time
  --speed <n>             Simulated seconds per real second (default: 1; 60 for demos)
  -h, --help              Show this help

Knobs while it runs (under the base path): POST /v1/_mock/reset, GET|PUT /v1/_mock/config
{ latencyMs, failures }, GET|POST /v1/_mock/clock { advanceMinutes, set, speed },
POST /v1/_mock/queue/tickets/{code}/check-in. The contract: GET /v1/openapi.json.`;

function fail(message: string): never {
  console.error(`layanan-mock-server: ${message}\n\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'base-path': { type: 'string' },
      static: { type: 'string', multiple: true },
      latency: { type: 'string' },
      clock: { type: 'string' },
      speed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const port = Number(values.port ?? process.env.PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a whole number from 0 to 65535, not "${values.port}"`);
const latency = Number(values.latency ?? 0);
if (!Number.isInteger(latency) || latency < 0) fail(`--latency must be a whole number of milliseconds, not "${values.latency}"`);

const speed = Number(values.speed ?? 1);
if (!(speed >= 0 && speed <= 3600)) fail(`--speed must be a number from 0 to 3600, not "${values.speed}"`);
const clock = values.clock ?? 'reference';
if (clock !== 'reference' && clock !== 'real' && Number.isNaN(Date.parse(clock))) fail(`--clock must be "reference", "real" or an ISO date-time, not "${clock}"`);

const basePath = values['base-path'] ?? '/';
if (!basePath.startsWith('/') || /[?#]/.test(basePath)) fail(`--base-path must be a path starting with "/", e.g. /api, not "${basePath}"`);

const mounts: StaticMount[] = (values.static ?? []).map((spec) => {
  const [prefix, dir] = spec.includes('=') ? (spec.split('=', 2) as [string, string]) : ['/', spec];
  if (!prefix.startsWith('/')) fail(`--static prefix must start with "/": "${spec}"`);
  return { prefix, dir };
});

try {
  const running = await startHttpServer({ port, host: values.host ?? '127.0.0.1', static: mounts, basePath, store: new MockStore({ start: clock }) });
  running.store.state.config.latencyMs = latency;
  if (speed !== 1) running.store.setSpeed(speed);
  console.log(`Layanan mock server on ${running.url}  (api-base: ${running.apiBase}; try ${running.apiBase}/v1/agency, contract: ${running.apiBase}/v1/openapi.json)`);
  console.log(`  simulated clock: ${running.store.now().toISOString()} at ${speed}× (POST ${running.apiBase}/v1/_mock/clock to move it)`);
  for (const mount of mounts) console.log(`  serving ${mount.dir} at ${running.url}${mount.prefix}`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EADDRINUSE' ? `port ${port} is already in use (set --port or PORT)` : String(error));
}
