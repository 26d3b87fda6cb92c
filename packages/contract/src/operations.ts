import type * as z from 'zod/mini';
import { agencyExample } from './examples/agency.js';
import { Agency } from './resources/agency.js';

export type HttpMethod = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** A request and the response the freshly seeded reference server gives to it. */
export interface OperationExample {
  name: string;
  request: {
    /** Path parameters, substituted into the operation's path. */
    params?: Record<string, string>;
    query?: Record<string, string>;
    headers?: Record<string, string>;
    body?: unknown;
  };
  response: { status: number; body?: unknown };
}

export interface OperationResponse {
  description: string;
  /** Omitted for responses without a body (204, 304). Problems use the Problem schema. */
  schema?: z.ZodMiniType;
}

/**
 * One operation of the contract. openapi.json, the reference server's tests and (later) the
 * conformance suite are all driven by this list, so it is the one place an endpoint is described.
 */
export interface Operation {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI-style path, e.g. `/v1/queue/tickets/{code}`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  pathParams?: Record<string, { description: string; schema: z.ZodMiniType }>;
  queryParams?: Record<string, { description: string; schema: z.ZodMiniType; required?: boolean }>;
  requestBody?: z.ZodMiniType;
  /** `required`: the server answers 400 without an `Idempotency-Key`; `optional`: it honours one. */
  idempotencyKey?: 'optional' | 'required';
  /** The response carries `ETag` and `Cache-Control`, and `If-None-Match` can answer 304. */
  conditional?: boolean;
  responses: Record<number, OperationResponse>;
  examples: OperationExample[];
}

export const tags = [
  { name: 'agency', description: 'Who runs this API and when they are open.' },
  { name: 'meta', description: 'The contract itself.' },
] as const;

export const operations: readonly Operation[] = [
  {
    operationId: 'getAgency',
    method: 'get',
    path: '/v1/agency',
    summary: 'The agency behind this API',
    description: 'Name, logo, address, contact, opening hours and supported languages of the agency.',
    tag: 'agency',
    conditional: true,
    responses: { 200: { description: 'The agency.', schema: Agency } },
    examples: [{ name: 'Lampung Utara', request: {}, response: { status: 200, body: agencyExample } }],
  },
];
