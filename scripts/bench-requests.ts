// Median time of one GET /v1/agency over loopback HTTP: raw fetch + JSON.parse vs the SDK. A client
// keeps an ETag cache, so its second call is a 304 answered from the body it kept (not validated
// again): the full 200 path (ky, retries armed, contract validation) is timed with a new client each call.
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

const rawGet = async () => JSON.parse(await (await fetch(url)).text());
const [raw, full] = await medians(rawGet, () => createClient({ baseUrl: server.url }).agency.get());
const [rawAgain, cached] = await medians(rawGet, () => client.agency.get());
const bytes = (await (await fetch(url)).text()).length;
await server.close();

console.log(`\nRequest overhead (GET /v1/agency, ${bytes} bytes, loopback, median of ${RUNS})`);
console.log(`raw fetch + JSON.parse            ${raw.toFixed(3)} ms`);
console.log(`new client, agency.get() (200)    ${full.toFixed(3)} ms   (+${(full - raw).toFixed(3)} ms for a client, ky, retries armed and contract validation)`);
console.log(`same client again (304, cached)   ${cached.toFixed(3)} ms   (${(cached - rawAgain) >= 0 ? '+' : ''}${(cached - rawAgain).toFixed(3)} ms vs raw: revalidated by ETag, the kept body not validated again)`);
