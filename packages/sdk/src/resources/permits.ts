import {
  normalizeAccessCode, Page, PermitApplication, PermitType, PermitTypeSummary, RegionDistricts, type AnswerValue, type Answers, type Upload,
} from '@layanan/contract';
import { codeSegment } from '../internal/access-code.js';
import type { CallOptions, MutationOptions, Transport } from '../internal/transport.js';
import { uploadFile, type UploadOptions } from '../internal/upload.js';

const TypePage = /* @__PURE__ */ Page(PermitTypeSummary);
const RegionPage = /* @__PURE__ */ Page(RegionDistricts.def.element);

const path = (code: string, suffix = '') => `v1/permits/applications/${codeSegment(code)}${suffix}`;

interface DraftQueue {
  version: number;
  pending?: Record<string, AnswerValue | null>;
  waiters: Array<{ resolve: (application: PermitApplication) => void; reject: (error: unknown) => void }>;
  running: boolean;
}

/** `client.permits`: permit types with their forms, drafts on any device, submission and review. */
export class PermitsResource {
  private readonly drafts = new Map<string, DraftQueue>();

  constructor(private readonly transport: Transport) {}

  /** `GET /v1/permits/types`: summaries, without forms. */
  async types(options?: CallOptions): Promise<PermitTypeSummary[]> {
    const { data } = await this.transport.send({ method: 'get', path: 'v1/permits/types', schema: TypePage, options: options ?? {}, conditional: true });
    return data.items;
  }

  /** `GET /v1/permits/types/{id}`: a permit with its form definition. */
  async type(id: string, options?: CallOptions): Promise<PermitType> {
    const { data } = await this.transport.send({ method: 'get', path: `v1/permits/types/${encodeURIComponent(id)}`, schema: PermitType, options: options ?? {}, conditional: true });
    return data;
  }

  /** `GET /v1/agency/regions`: districts and villages, the choices of an address field. */
  async regions(options?: CallOptions): Promise<RegionDistricts> {
    const { data } = await this.transport.send({ method: 'get', path: 'v1/agency/regions', schema: RegionPage, options: options ?? {}, conditional: true });
    return data.items;
  }

  /** `POST /v1/permits/applications`: a draft with its resume code. */
  async createDraft(typeId: string, answers: Answers = {}, options?: MutationOptions): Promise<PermitApplication> {
    const { data } = await this.transport.send({ method: 'post', path: 'v1/permits/applications', json: { typeId, answers }, schema: PermitApplication, options: options ?? {} });
    return data;
  }

  /**
   * `PATCH /v1/permits/applications/{code}`: merges these answers (`null` clears one).
   *
   * Debounce-friendly: call it on every change; saves of one application go out one at a time, and
   * what arrives while one is on the way is merged into the next. Conflict-safe: `version` is the
   * version these answers were based on (the SDK follows it from then on); if another device saved
   * in between, the promise rejects with a 409 `ProblemError` (`problem.currentVersion`) instead of
   * overwriting that work.
   */
  saveDraft(code: string, answers: Record<string, AnswerValue | null>, options: { version: number }): Promise<PermitApplication> {
    const key = normalizeAccessCode(code) ?? code;
    let queue = this.drafts.get(key);
    if (!queue) this.drafts.set(key, (queue = { version: options.version, waiters: [], running: false }));
    if (!queue.running) queue.version = options.version;
    queue.pending = { ...queue.pending, ...answers };
    const done = new Promise<PermitApplication>((resolve, reject) => queue.waiters.push({ resolve, reject }));
    if (!queue.running) void this.flush(key, queue);
    return done;
  }

  private async flush(key: string, queue: DraftQueue): Promise<void> {
    queue.running = true;
    while (queue.pending) {
      const answers = queue.pending;
      const waiters = queue.waiters.splice(0);
      queue.pending = undefined;
      try {
        const { data } = await this.transport.send({ method: 'patch', path: path(key), json: { version: queue.version, answers }, schema: PermitApplication });
        queue.version = data.version;
        for (const waiter of waiters) waiter.resolve(data);
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error);
      }
    }
    queue.running = false;
  }

  /** `GET /v1/permits/applications/{code}`: resume on any device, or follow the review. */
  async getApplication(code: string, options?: CallOptions): Promise<PermitApplication> {
    const { data } = await this.transport.send({ method: 'get', path: path(code), schema: PermitApplication, options: options ?? {}, conditional: true });
    return data;
  }

  /** `POST /v1/uploads`: a document (PDF, JPEG, PNG, WebP) for a file field; use `{ uploadId, name, size, contentType }` as the answer. */
  upload(file: Blob, options?: UploadOptions): Promise<Upload> {
    return uploadFile(this.transport, file, options);
  }

  /** `POST /v1/permits/applications/{code}/submit`: a 422 `ProblemError` lists what is missing at `answers.<fieldId>`. */
  async submit(code: string, options?: MutationOptions): Promise<PermitApplication> {
    const { data } = await this.transport.send({ method: 'post', path: path(code, '/submit'), schema: PermitApplication, options: options ?? {} });
    return data;
  }
}
