import {
  Complaint, ComplaintCategory, isFinalComplaint, Page, SubmittedComplaint, type RatingRequest, type SubmitComplaintRequest, type Upload,
} from '@layanan/contract';
import { codeSegment } from '../internal/access-code.js';
import { paginate, type PageIterator } from '../internal/pagination.js';
import type { CallOptions, MutationOptions, Transport } from '../internal/transport.js';
import { uploadFile, type UploadOptions } from '../internal/upload.js';
import { watchResource, type WatchOptions } from '../internal/watch.js';

export type WatchComplaintOptions = WatchOptions;

const CategoryPage = /* @__PURE__ */ Page(ComplaintCategory);
const ComplaintPage = /* @__PURE__ */ Page(Complaint);

const path = (code: string, suffix = '') => `v1/complaints/${codeSegment(code)}${suffix}`;

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
  uploadPhoto(file: Blob, options: UploadOptions = {}): Promise<Upload> {
    return uploadFile(this.transport, file, options);
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

  /**
   * Every change of a complaint (a new status, an agency reply), starting with its current state,
   * until `isFinalComplaint` says nothing can change any more, or `signal` aborts. Complaints have no
   * event stream: it polls `track` conditionally (an unchanged complaint costs a 304), every
   * `pollInterval` ms (default `30000`), and backs off while offline, resuming by itself. A 404 ends
   * it with a `ProblemError`.
   *
   * ```ts
   * for await (const complaint of client.complaints.watchComplaint(code, { signal })) render(complaint);
   * ```
   */
  watchComplaint(code: string, { pollInterval = 30_000, ...options }: WatchComplaintOptions = {}): AsyncGenerator<Complaint> {
    return watchResource<Complaint>({ get: (signal) => this.track(code, signal ? { signal } : {}), isFinal: isFinalComplaint }, { pollInterval, ...options });
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
