// Median time of one GET /v1/agency over loopback HTTP: raw fetch + JSON.parse vs the SDK
// (ky, Accept-Language, retries armed, contract validation). The difference is the SDK's cost.
import { createClient } from '@layanan/sdk';
import { startHttpServer } from '@layanan/mock-server/http';

const RUNS = 300;
const server = await startHttpServer({ port: 0 });
const url = `${server.url}/v1/agency`;
const client = createClient({ baseUrl: server.url });

/** Runs both tasks alternately (so neither gets a warmer machine) and returns their medians. */
async function medians(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number, number]> {
  for (let i = 0; i < 50; i++) await Promise.all([a(), b()]); // warm up connections and the JIT
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    for (const [index, task] of (i % 2 ? [[0, a], [1, b]] : [[1, b], [0, a]]) as Array<[0 | 1, () => Promise<unknown>]>) {
      const start = performance.now();
      await task();
      times[index].push(performance.now() - start);
    }
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
  return [median(times[0]), median(times[1])];
}

const [raw, sdk] = await medians(async () => JSON.parse(await (await fetch(url)).text()), () => client.agency.get());
const bytes = (await (await fetch(url)).text()).length;
await server.close();

console.log(`\nRequest overhead (GET /v1/agency, ${bytes} bytes, loopback, median of ${RUNS})`);
console.log(`raw fetch + JSON.parse            ${raw.toFixed(3)} ms`);
console.log(`client.agency.get()               ${sdk.toFixed(3)} ms   (+${(sdk - raw).toFixed(3)} ms for ky, retries and contract validation)`);
