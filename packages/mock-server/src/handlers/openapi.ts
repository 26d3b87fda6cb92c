import { http, HttpResponse } from 'msw';
import { buildOpenApiDocument } from '@layanan/contract';

let document: Record<string, unknown> | undefined;

/** `GET /v1/openapi.json`: the contract this server implements, generated from the same schemas. */
export function openApiHandler() {
  return http.get('*/v1/openapi.json', () => {
    document ??= buildOpenApiDocument();
    return HttpResponse.json(document, { headers: { 'cache-control': 'public, max-age=3600' } });
  });
}
