import {
  Complaint, ComplaintCategory, normalizeAccessCode, Page, SubmittedComplaint, Upload, type RatingRequest, type SubmitComplaintRequest,
} from '@layanan/contract';
import { NetworkError } from '../errors/network-error.js';
import { paginate, type PageIterator } from '../internal/pagination.js';
import { parseBody, problemErrorOf, type CallOptions, type MutationOptions, type Transport } from '../internal/transport.js';

const CategoryPage = /* @__PURE__ */ Page(ComplaintCategory);
const ComplaintPage = /* @__PURE__ */ Page(Complaint);

export interface UploadPhotoOptions extends CallOptions {
  /** Called as bytes leave the device (in browsers; in Node once, at the end). */
  onProgress?: (progress: { loaded: number; total: number }) => void;
}

const path = (code: string, suffix = '') => `v1/complaints/${encodeURIComponent(normalizeAccessCode(code) ?? code)}${suffix}`;

/** `client.complaints`: report a problem, keep the reporter safe, follow it to the end. */
export class ComplaintsResource {
  constructor(private readonly transport: Transport) {}

  /** `GET /v1/complaints/categories`: the tree as nodes with `parentId`. */
  async categories(options?: CallOptions): Promise<ComplaintCategory[]> {
    const { data } = await this.transport.send({ method: 'get', path: 'v1/complaints/categories', schema: CategoryPage, options: options ?? {}, conditional: true });
    return data.items;
  }

  /**
   * `POST /v1/uploads`: a JPEG, PNG or WebP of at most 5 MB (compress it first: the complaint
   * widget scales photos to 1600 px). In browsers the upload reports progress.
   */
  async uploadPhoto(file: Blob, options: UploadPhotoOptions = {}): Promise<Upload> {
    const contentType = file.type || 'application/octet-stream';
    if (typeof XMLHttpRequest === 'undefined' || !options.onProgress) {
      const { data } = await this.transport.send({ method: 'post', path: 'v1/uploads', body: { data: file, contentType }, schema: Upload, options });
      options.onProgress?.({ loaded: file.size, total: file.size });
      return data;
    }
    return this.uploadWithProgress(file, contentType, options);
  }

  /** XHR, because fetch cannot report upload progress. */
  private uploadWithProgress(file: Blob, contentType: string, options: UploadPhotoOptions): Promise<Upload> {
    const url = this.transport.url('v1/uploads');
    const request = { method: 'post', url };
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      for (const [name, value] of Object.entries({ ...this.transport.defaultHeaders, 'content-type': contentType })) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
      xhr.onerror = () => reject(new NetworkError(request));
      xhr.onabort = () => reject(options.signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      xhr.onload = async () => {
        const response = new Response(xhr.responseText, { status: xhr.status, headers: { 'content-type': xhr.getResponseHeader('content-type') ?? '' } });
        try {
          if (xhr.status >= 400) throw await problemErrorOf(response, request);
          resolve(await parseBody(response, Upload, request));
        } catch (error) {
          reject(error);
        }
      };
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(file);
    });
  }

  /**
   * `POST /v1/complaints`. Keep one `idempotencyKey` per draft (store it with the draft): a
   * retry after a dropped answer, or after a reload, then returns the same complaint.
   */
  async submit(request: SubmitComplaintRequest, options?: MutationOptions): Promise<SubmittedComplaint> {
    const { data } = await this.transport.send({ method: 'post', path: 'v1/complaints', json: request, schema: SubmittedComplaint, options: options ?? {} });
    return data;
  }

  /** `GET /v1/complaints/{code}`, revalidated with its ETag. */
  async track(code: string, options?: CallOptions): Promise<Complaint> {
    const { data } = await this.transport.send({ method: 'get', path: path(code), schema: Complaint, options: options ?? {}, conditional: true });
    return data;
  }

  /** `POST /v1/complaints/{code}/comments`: the citizen's follow-up. */
  async comment(code: string, message: string, options?: MutationOptions): Promise<Complaint> {
    const { data } = await this.transport.send({ method: 'post', path: path(code, '/comments'), json: { message }, schema: Complaint, options: options ?? {} });
    return data;
  }

  /** `POST /v1/complaints/{code}/rating`: once, when resolved. */
  async rate(code: string, rating: RatingRequest, options?: MutationOptions): Promise<Complaint> {
    const { data } = await this.transport.send({ method: 'post', path: path(code, '/rating'), json: rating, schema: Complaint, options: options ?? {} });
    return data;
  }

  /** `POST /v1/complaints/{code}/reopen`: once, within 7 days of resolution. */
  async reopen(code: string, reason: string, options?: MutationOptions): Promise<Complaint> {
    const { data } = await this.transport.send({ method: 'post', path: path(code, '/reopen'), json: { reason }, schema: Complaint, options: options ?? {} });
    return data;
  }

  /** `GET /v1/complaints`: public complaints, newest first, fetched a page at a time. */
  listPublic(options: CallOptions & { pageSize?: number } = {}): PageIterator<Complaint> {
    const { pageSize, ...call } = options;
    return paginate(async (cursor) => {
      const { data } = await this.transport.send({ method: 'get', path: 'v1/complaints', searchParams: { cursor, limit: pageSize }, schema: ComplaintPage, options: call });
      return data;
    });
  }
}
