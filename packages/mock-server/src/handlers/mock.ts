import { http, HttpResponse } from 'msw';
import * as z from 'zod/mini';
import { DateTime } from '@layanan/contract';
import type { MockStore } from '../state.js';
import { readJsonBody } from '../internal/body.js';

const FailureRuleBody = z.object({
  mode: z.enum(['status', 'network', 'malformed', 'drop-response']),
  path: z.optional(z.string().check(z.startsWith('/'))),
  method: z.optional(z.string()),
  status: z.optional(z.int().check(z.minimum(400), z.maximum(599))),
  retryAfter: z.optional(z.int().check(z.minimum(0))),
  count: z.optional(z.int().check(z.minimum(1))),
});

const ClockBody = z.object({
  /** Move the clock forward by this many minutes. */
  advanceMinutes: z.optional(z.number().check(z.minimum(0))),
  /** Or set it to this instant (ISO-8601 with offset). */
  set: z.optional(DateTime),
  /** 1 = real time; 60 = a simulated minute per real second. */
  speed: z.optional(z.number().check(z.minimum(0), z.maximum(3600))),
});

/** The knobs as the tester set them (auto-settle in seconds, as it was asked for). */
const configView = (store: MockStore) => {
  const { autoSettleMs } = store.state.taxes;
  return { ...store.state.config, autoSettleSeconds: autoSettleMs === null ? null : autoSettleMs / 1000 };
};

const clockView = (store: MockStore) => ({ now: store.now().toISOString(), speed: store.state.clock.speed });

const ConfigBody = z.object({
  latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(60_000))),
  /** Settle every new payment this many (simulated) seconds after it is created; null turns it off. */
  autoSettleSeconds: z.optional(z.nullable(z.int().check(z.minimum(0)))),
  failures: z.optional(z.array(FailureRuleBody)),
});

/** The tester's knobs under `/v1/_mock`: not part of the contract, never implemented by agencies. */
export function mockHandlers(store: MockStore) {
  return [
    http.post('*/v1/_mock/reset', () => {
      store.reset();
      return new HttpResponse(null, { status: 204 });
    }),
    http.get('*/v1/_mock/clock', () => HttpResponse.json(clockView(store))),
    http.post('*/v1/_mock/clock', async ({ request }) => {
      const body = await readJsonBody(request, ClockBody);
      if (body.set !== undefined) store.setNow(Date.parse(body.set));
      if (body.advanceMinutes !== undefined) store.setNow(store.now().getTime() + body.advanceMinutes * 60_000);
      if (body.speed !== undefined) store.setSpeed(body.speed);
      return HttpResponse.json(clockView(store));
    }),
    http.get('*/v1/_mock/config', () => HttpResponse.json(configView(store))),
    http.put('*/v1/_mock/config', async ({ request }) => {
      const body = await readJsonBody(request, ConfigBody);
      const config = store.state.config;
      if (body.latencyMs !== undefined) config.latencyMs = body.latencyMs;
      if (body.autoSettleSeconds !== undefined) store.state.taxes.autoSettleMs = body.autoSettleSeconds === null ? null : body.autoSettleSeconds * 1000;
      if (body.failures !== undefined) config.failures = body.failures.map((rule) => ({ ...rule, method: rule.method?.toUpperCase() }));
      return HttpResponse.json(configView(store));
    }),
  ];
}
