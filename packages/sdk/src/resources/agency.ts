import { Agency } from '@layanan/contract';
import type { CallOptions, Transport } from '../internal/transport.js';

/** `client.agency`: the agency behind the API. */
export class AgencyResource {
  constructor(private readonly transport: Transport) {}

  /**
   * `GET /v1/agency`: name, logo, address, contact, opening hours, languages. Revalidated with its
   * ETag, so asking again costs a 304 without a body.
   */
  async get(options?: CallOptions): Promise<Agency> {
    const { data } = await this.transport.send({ method: 'get', path: 'v1/agency', schema: Agency, options: options ?? {}, conditional: true });
    return data;
  }
}
