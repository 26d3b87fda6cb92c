// Capacity of the reference HTTP server (`npm run bench`, step 5): N citizens watching queue tickets
// over Server-Sent Events while the server also answers ~200 requests per second of mixed traffic,
// for a bounded time, on loopback only. Per N it prints the traffic's errors and latency (p50/p99),
// the event lag (a watched ticket is cancelled: how long until its watcher hears it) and the
// server's resident memory. The server runs in its own process (`layanan-mock-server`), as
// `npm start` runs it, so the watchers' sockets in this process do not count against it.
//
// Knobs: BENCH_CAPACITY_WATCHERS (default "1000,5000,10000"), BENCH_CAPACITY_SECONDS (default 15),
// BENCH_CAPACITY_RATE (requests per second, default 200). Each N needs about N + 200 open files in
// this process and in the server: `npm run bench` raises the soft limit; a step the OS cannot
// hold is skipped with a line that says so.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { startReferenceServer } from './bench-server.mjs';

const WATCHERS = (process.env.BENCH_CAPACITY_WATCHERS ?? '1000,5000,10000').split(',').map(Number).filter((n) => n > 0);
const SECONDS = Number(process.env.BENCH_CAPACITY_SECONDS ?? 15);
const RATE = Number(process.env.BENCH_CAPACITY_RATE ?? 200);
/** A request or an event later than this counts as an error. */
const TIMEOUT_MS = 10_000;
/** Tickets the watchers share: an office's queue watched by many people at once. */
const TICKETS = 40;

const openFiles = Number(spawnSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).stdout.trim()) || 1024;

/** Resident memory of a process, in MB (Linux). */
function rssOf(pid) {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
}

let agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** One request: `{ status, ms, body }`, or `{ error }` (network, timeout). */
function request(url, { method = 'GET', body } = {}) {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = http.request(url, { method, agent, headers: body ? { 'content-type': 'application/json', 'accept-language': 'id' } : { 'accept-language': 'id' }, timeout: TIMEOUT_MS }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started, body: Buffer.concat(chunks).toString() }));
      res.on('error', (error) => resolve({ error }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (error) => resolve({ error }));
    req.end(body ? JSON.stringify(body) : undefined);
  });
}

/** Opens an SSE stream of a ticket; `onEvent(ticket)` for each `ticket` event. Returns a close function. */
function watch(url, onEvent, onFail) {
  const req = http.get(url, { agent: false, headers: { accept: 'text/event-stream' } }, (res) => {
    if (res.statusCode !== 200) {
      onFail(new Error(`status ${res.statusCode}`));
      res.resume();
      return;
    }
    res.setEncoding('utf8');
    let buffer = '';
    res.on('data', (chunk) => {
      buffer += chunk;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').find((line) => line.startsWith('data: '));
        if (data && block.includes('event: ticket')) onEvent(JSON.parse(data.slice(6)));
      }
    });
    res.on('error', onFail);
  });
  req.on('error', onFail);
  return () => req.destroy();
}

let phoneSerial = 1000;
async function issueTicket(url, serviceId, visitDate) {
  const answer = await request(`${url}/v1/queue/tickets`, { method: 'POST', body: { serviceId, visitDate, name: 'Warga Uji Beban', phone: `0812345${phoneSerial++}` } });
  return answer.status === 201 || answer.status === 200 ? JSON.parse(answer.body) : undefined;
}

async function issueTickets(url, count) {
  const tickets = [];
  for (let day = 0; day < 7 && tickets.length < count; day++) {
    const visitDate = new Date(Date.parse('2026-11-30T12:00:00+07:00') + day * 86_400_000).toISOString().slice(0, 10);
    for (const serviceId of ['layanan-pbb', 'akta-kelahiran']) {
      for (let i = 0; i < 20 && tickets.length < count; i++) {
        const ticket = await issueTicket(url, serviceId, visitDate);
        if (!ticket) break;
        tickets.push(ticket);
      }
    }
  }
  return tickets;
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN);

async function step(watchers) {
  if (watchers + 300 > openFiles) {
    console.log(`${String(watchers).padStart(6)} watchers   skipped: this process may open ${openFiles} files (ulimit -n), it needs about ${watchers + 300}`);
    return;
  }
  const { child, url } = await startReferenceServer();
  agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  try {
    const tickets = await issueTickets(url, TICKETS);
    if (!tickets.length) throw new Error('no ticket could be issued');
    // The watchers: connected in batches, as a morning's citizens open their tickets.
    const closers = [];
    let connected = 0;
    let watchErrors = 0;
    let events = 0;
    for (let i = 0; i < watchers; i++) {
      const ticket = tickets[i % tickets.length];
      let first = true;
      closers.push(
        watch(
          `${url}/v1/queue/tickets/${ticket.code}/events`,
          () => {
            events++;
            if (first) (first = false), connected++;
          },
          () => watchErrors++,
        ),
      );
      if (i % 200 === 199) await new Promise((r) => setTimeout(r, 50));
    }
    const connectBy = Date.now() + 60_000;
    while (connected + watchErrors < watchers && Date.now() < connectBy) await new Promise((r) => setTimeout(r, 100));

    // Mixed traffic at RATE per second (open loop: a slow server does not slow the arrivals).
    const latencies = [];
    let errors = 0;
    let sent = 0;
    const kinds = [
      () => `${url}/v1/agency`,
      () => `${url}/v1/queue/services`,
      () => `${url}/v1/queue/tickets/${tickets[sent % tickets.length].code}`,
      () => `${url}/v1/permits/types`,
      () => `${url}/v1/complaints?limit=20`,
    ];
    const pending = [];
    const traffic = setInterval(() => {
      for (let i = 0; i < RATE / 20; i++) {
        const target = kinds[sent++ % kinds.length]();
        pending.push(
          request(target).then((answer) => {
            if (answer.error || answer.status >= 500) errors++;
            else latencies.push(answer.ms);
          }),
        );
      }
    }, 50);

    // Event lag: a fresh ticket, watched; it is cancelled; how long until the watcher hears it.
    const lags = [];
    let lagMisses = 0;
    const until = Date.now() + SECONDS * 1000;
    while (Date.now() < until - 1000) {
      const ticket = await issueTicket(url, 'layanan-pbb', '2026-12-07');
      if (!ticket) break;
      let cancelledAt = 0;
      let opened;
      const connected = new Promise((resolve) => (opened = resolve));
      const heard = new Promise((resolve) => {
        const close = watch(
          `${url}/v1/queue/tickets/${ticket.code}/events`,
          (t) => (t.status === 'cancelled' ? (close(), resolve(performance.now() - cancelledAt)) : opened(true)),
          () => (opened(false), resolve(undefined)),
        );
        setTimeout(() => (close(), opened(false), resolve(undefined)), TIMEOUT_MS);
      });
      // Cancelled once its watcher has the first event: the lag is the server's, not the connection's.
      if (await connected) {
        cancelledAt = performance.now();
        await request(`${url}/v1/queue/tickets/${ticket.code}/cancel`, { method: 'POST', body: {} });
      }
      const lag = await heard;
      if (lag === undefined) lagMisses++;
      else lags.push(lag);
      await new Promise((r) => setTimeout(r, 700));
    }
    clearInterval(traffic);
    await Promise.all(pending);
    const rss = rssOf(child.pid);
    for (const close of closers) close();

    latencies.sort((a, b) => a - b);
    lags.sort((a, b) => a - b);
    const ms = (value) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
    console.log(
      `${String(watchers).padStart(6)} watchers   connected ${connected}, failed ${watchErrors}; ` +
        `traffic ${sent} requests, ${errors} errors, p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}; ` +
        `event lag p50 ${ms(percentile(lags, 50))}, max ${ms(lags.at(-1) ?? NaN)} (${lags.length} probes, ${lagMisses} missed); ` +
        `${events} events; server RSS ${rss.toFixed(0)} MB`,
    );
  } finally {
    child.kill();
    agent.destroy();
  }
}

console.log(`\nCapacity: N SSE watchers on ${TICKETS} tickets + ${RATE} req/s of mixed GETs for ${SECONDS} s (loopback, server in its own process)`);
for (const watchers of WATCHERS) {
  try {
    await step(watchers);
  } catch (error) {
    console.log(`${String(watchers).padStart(6)} watchers   failed: ${error.message}`);
  }
}
