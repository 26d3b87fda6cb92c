import { HttpResponse } from 'msw';

/** FNV-1a, 32 bits: enough to tell versions of one small document apart; the same in browser and Node. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Does `If-None-Match` (possibly a list, possibly weak) name this ETag? */
function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** JSON with an ETag and Cache-Control; 304 without a body when the client already has this version. */
export function conditionalJson(request: Request, body: unknown, cacheControl: string): HttpResponse<string> {
  const text = JSON.stringify(body);
  const etag = `"${fnv1a(text)}"`;
  const headers = { etag, 'cache-control': cacheControl, vary: 'Accept-Language' };
  if (matches(request.headers.get('if-none-match'), etag)) return new HttpResponse(null, { status: 304, headers });
  return new HttpResponse(text, { status: 200, headers: { ...headers, 'content-type': 'application/json' } });
}
