import * as z from 'zod/mini';
import { Problem, PROBLEM_CONTENT_TYPE } from './common/problem.js';
import { operations, tags, type Operation } from './operations.js';
import { contractRegistry } from './registry.js';

export const CONTRACT_VERSION = '0.1.0';

type Json = Record<string, unknown>;

function schemaRef(schema: z.ZodMiniType): Json {
  const meta = contractRegistry.get(schema);
  if (meta?.id) return { $ref: `#/components/schemas/${meta.id}` };
  return tidy(z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any', metadata: contractRegistry }) as Json);
}

/**
 * Drops what would make the document brittle for implementers: per-schema `$schema`/`$id`, and
 * `additionalProperties: false` (a client must tolerate fields a newer server adds).
 */
function tidy(node: unknown): Json {
  if (Array.isArray(node)) return node.map((item) => tidy(item)) as unknown as Json;
  if (node === null || typeof node !== 'object') return node as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key === '$id') continue;
    if (key === 'additionalProperties' && value === false) continue;
    out[key] = tidy(value);
  }
  return out;
}

const problemResponse = (description: string) => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operationObject(op: Operation): Json {
  const parameters: Json[] = [{ $ref: '#/components/parameters/AcceptLanguage' }];
  for (const [name, p] of Object.entries(op.pathParams ?? {})) {
    parameters.push({ name, in: 'path', required: true, description: p.description, schema: schemaRef(p.schema) });
  }
  for (const [name, p] of Object.entries(op.queryParams ?? {})) {
    parameters.push({ name, in: 'query', required: p.required ?? false, description: p.description, schema: schemaRef(p.schema) });
  }
  if (op.idempotencyKey) {
    parameters.push({ $ref: op.idempotencyKey === 'required' ? '#/components/parameters/IdempotencyKeyRequired' : '#/components/parameters/IdempotencyKey' });
  }
  if (op.conditional) parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });

  const responses: Json = {};
  for (const [status, response] of Object.entries(op.responses)) {
    const examples = Object.fromEntries(
      op.examples.filter((e) => String(e.response.status) === status && e.response.body !== undefined).map((e) => [slug(e.name), { summary: e.name, value: e.response.body }]),
    );
    const isProblem = response.schema === Problem;
    const contentType = response.contentType ?? (isProblem ? PROBLEM_CONTENT_TYPE : 'application/json');
    responses[status] = {
      description: response.description,
      ...(op.conditional && status === '200' ? { headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } } } : {}),
      ...(response.schema
        ? { content: { [contentType]: { schema: schemaRef(response.schema), ...(Object.keys(examples).length ? { examples } : {}) } } }
        : {}),
    };
  }
  if (op.conditional) responses['304'] = { description: 'Not modified: the `If-None-Match` ETag still matches. No body.' };
  if (op.binaryBody) {
    responses['400'] ??= problemResponse('The body is empty.');
  }
  if (op.requestBody) {
    responses['400'] ??= problemResponse('The body is not valid JSON, or a required header is missing.');
    responses['415'] ??= problemResponse('The body is not `application/json`.');
    responses['422'] ??= problemResponse('The body is JSON but fails validation; `errors` names each field.');
  }
  responses['default'] = problemResponse('Any other error, as problem+json.');

  const requestExamples = Object.fromEntries(
    op.examples.filter((e) => e.request.body !== undefined).map((e) => [slug(e.name), { summary: e.name, value: e.request.body }]),
  );
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: [op.tag],
    parameters,
    ...(op.requestBody
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaRef(op.requestBody), ...(Object.keys(requestExamples).length ? { examples: requestExamples } : {}) } } } }
      : {}),
    ...(op.binaryBody
      ? { requestBody: { required: true, content: Object.fromEntries(op.binaryBody.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])) } }
      : {}),
    responses,
  };
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The OpenAPI 3.1 document of the whole contract, generated from the zod schemas and `operations`. */
export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  const { schemas } = z.toJSONSchema(contractRegistry, {
    target: 'draft-2020-12',
    metadata: contractRegistry,
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: 'any',
  }) as { schemas: Record<string, unknown> };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Layanan public-services API',
      version: CONTRACT_VERSION,
      summary: 'One contract for queue tickets, permits, regional taxes and complaints of an Indonesian local government.',
      description:
        'Conventions: money is integer rupiah; times are ISO-8601 with offset; errors are RFC 9457 problem+json whose `title` and `errors[].message` follow `Accept-Language` (`id` default, `en`); POSTs that create accept `Idempotency-Key`; lists are `{ items, nextCursor }`.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://localhost:4010', description: 'The reference mock server (`npx layanan-mock-server --port 4010`).' }],
    tags: tags.map((t) => ({ ...t })),
    paths,
    components: {
      schemas: tidy(schemas),
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: 'Language of human-readable text: `id` (default) or `en`.',
          schema: { type: 'string', examples: ['id', 'en'] },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: 'A unique key per intent. A replay returns the first response; the same key with another body is 409.',
          schema: { type: 'string', minLength: 8, maxLength: 255 },
        },
        IdempotencyKeyRequired: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'Required. A unique key per intent; a replay returns the first response; the same key with another body is 409.',
          schema: { type: 'string', minLength: 8, maxLength: 255 },
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'An ETag from an earlier response; answered with 304 when unchanged.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'Version of the representation.', schema: { type: 'string' } },
        CacheControl: { description: 'How long a client may reuse the response.', schema: { type: 'string' } },
      },
    },
  };
}

