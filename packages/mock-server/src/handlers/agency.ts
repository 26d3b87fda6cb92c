import { http, HttpResponse } from 'msw';
import type { MockStore } from '../state.js';
import { conditionalJson } from '../internal/conditional.js';

const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img" aria-label="Lampung Utara"><path fill="#1b5e20" d="M32 2 60 14v18c0 15-12 26-28 30C16 58 4 47 4 32V14z"/><path fill="#fbc02d" d="M32 10 52 19v13c0 11-9 19-20 22-11-3-20-11-20-22V19z"/><path fill="#1b5e20" d="M22 40h20v4H22zm4-18h12l-2 14h-8z"/></svg>`;

export function agencyHandlers(store: MockStore) {
  return [
    http.get('*/v1/agency', ({ request }) => {
      const agency = { ...store.state.agency, logoUrl: `${request.url.replace(/[?#].*$/, '')}/logo.svg` };
      return conditionalJson(request, agency, 'public, max-age=300');
    }),
    http.get('*/v1/agency/logo.svg', () =>
      new HttpResponse(LOGO_SVG, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } }),
    ),
  ];
}
