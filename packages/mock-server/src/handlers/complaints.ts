import { http, HttpResponse } from 'msw';
import {
  CommentRequest, generateAccessCode, isEmail, parsePhone, RatingRequest, ReopenRequest, SubmitComplaintRequest,
  type Complaint, type ComplaintStatus,
} from '@layanan/contract';
import type { MockStore } from '../state.js';
import { newAccessCode, recordByCode } from '../internal/access-codes.js';
import { invalidFields, readJsonBody } from '../internal/body.js';
import { conditionalJson } from '../internal/conditional.js';
import { details, type FieldCode } from '../internal/i18n.js';
import { idempotent } from '../internal/idempotency.js';
import { problem } from '../internal/problem.js';
import { isoWib } from '../queue/calendar.js';
import { addWorkingDays } from '../complaints/working-days.js';
import { MAX_UPLOAD_BYTES, MAX_UPLOADS_KEPT, REOPEN_DAYS, UPLOAD_HOURS, type ComplaintRecord, type UploadRecord } from '../complaints/model.js';
import { COMPLAINT_CATEGORIES } from '../complaints/seed.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;


/** The first bytes of each accepted image type: a declared type must match what was sent. */
function sniff(bytes: Uint8Array): UploadRecord['contentType'] | undefined {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'image/jpeg';
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return 'image/png';
  if (b(0) === 0x25 && b(1) === 0x50 && b(2) === 0x44 && b(3) === 0x46) return 'application/pdf';
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45 && b(10) === 0x42 && b(11) === 0x50) return 'image/webp';
  return undefined;
}

/** What the agency does by itself on the simulated clock, for complaints nobody answered by hand. */
const FLOW: Array<{ after: number; status: ComplaintStatus; note: string; message: string }> = [
  { after: 2 * HOUR, status: 'verified', note: 'Diverifikasi dan diteruskan ke unit terkait.', message: 'Terima kasih. Laporan Anda sudah diverifikasi dan diteruskan ke unit terkait.' },
  { after: DAY, status: 'in_progress', note: 'Sedang ditindaklanjuti.', message: 'Unit terkait sedang menindaklanjuti laporan Anda.' },
  { after: 4 * DAY, status: 'resolved', note: 'Selesai ditindaklanjuti.', message: 'Tindak lanjut selesai. Mohon beri penilaian, atau buka kembali jika belum tuntas.' },
];

function move(complaint: ComplaintRecord, status: ComplaintStatus, at: number, note: string | null, message?: string): void {
  complaint.status = status;
  complaint.updatedAt = at;
  complaint.timeline.push({ status, at, note });
  if (message) complaint.messages.push({ at, author: 'agency', message });
  if (status === 'verified') complaint.verifiedAt ??= at;
  if (status === 'resolved') complaint.resolvedAt = at;
}

function advance(complaint: ComplaintRecord, now: number): void {
  if (!complaint.autoFlow) return;
  for (const step of FLOW) {
    const at = complaint.submittedAt + step.after;
    if (at > now) break;
    if (complaint.timeline.some((t) => t.status === step.status)) continue;
    move(complaint, step.status, at, step.note, step.message);
  }
}

/** Complaints: categories, photo uploads, submission, tracking, follow-up, rating, reopening. */
export function complaintHandlers(store: MockStore) {
  const state = () => {
    const now = store.now().getTime();
    for (const complaint of store.state.complaints.complaints.values()) advance(complaint, now);
    return store.state.complaints;
  };
  const now = () => store.now().getTime();

  const reopenUntil = (c: ComplaintRecord) => (c.status === 'resolved' && !c.reopened && c.resolvedAt !== undefined ? c.resolvedAt + REOPEN_DAYS * DAY : null);

  /** The view for anyone holding the tracking code: privacy applied by leaving fields out. */
  function view(c: ComplaintRecord, request: Request): Complaint {
    const category = COMPLAINT_CATEGORIES.find((cat) => cat.id === c.categoryId)!;
    const origin = request.url.replace(/\/v1\/.*$/, '');
    const until = reopenUntil(c);
    const open = c.status !== 'rejected' && !(c.status === 'resolved' && (until === null || until < now()));
    return {
      trackingCode: c.code,
      status: c.status,
      privacy: c.privacy,
      categoryId: c.categoryId,
      categoryName: category.name,
      unitName: category.unit.name,
      ...(c.privacy === 'confidential'
        ? {}
        : { title: c.title, description: c.description, location: c.location, photos: c.photoIds.map((id) => ({ id, url: `${origin}/v1/uploads/${id}` })) }),
      ...(c.privacy === 'public' && c.reporter ? { reporter: { name: c.reporter.name } } : {}),
      submittedAt: isoWib(c.submittedAt),
      updatedAt: isoWib(c.updatedAt),
      timeline: c.timeline.map((t) => ({ status: t.status, at: isoWib(t.at), note: t.note })),
      messages: c.messages.map((m) => ({
        at: isoWib(m.at),
        author: m.author,
        authorName: m.author === 'agency' ? category.unit.name : 'Pelapor',
        message: m.message,
      })),
      dueDates: { verifyBy: isoWib(addWorkingDays(c.submittedAt, 3)), actBy: isoWib(addWorkingDays(c.verifiedAt ?? addWorkingDays(c.submittedAt, 3), 5)) },
      rating: c.rating ? { score: c.rating.score, comment: c.rating.comment, at: isoWib(c.rating.at) } : null,
      canComment: open,
      canRate: c.status === 'resolved' && !c.rating,
      reopenUntil: until !== null && until >= now() ? isoWib(until) : null,
    };
  }

  const find = (request: Request, code: string) => recordByCode(request, state().complaints, code, details.complaintNotFound);

  return [
    http.get('*/v1/complaints/categories', ({ request }) => conditionalJson(request, { items: COMPLAINT_CATEGORIES, nextCursor: null }, 'public, max-age=3600')),

    http.post('*/v1/uploads', async ({ request }) => {
      const declared = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!['image/jpeg', 'image/png', 'image/webp', 'application/pdf'].includes(declared)) {
        return problem(request, 'unsupported-media-type', { status: 415, detail: details.uploadType });
      }
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > MAX_UPLOAD_BYTES) return problem(request, 'payload-too-large', { status: 413, detail: details.uploadSize(MAX_UPLOAD_BYTES / 1024 / 1024) });
      const bytes = new Uint8Array(await request.arrayBuffer());
      if (bytes.length > MAX_UPLOAD_BYTES) return problem(request, 'payload-too-large', { status: 413, detail: details.uploadSize(MAX_UPLOAD_BYTES / 1024 / 1024) });
      if (bytes.length === 0) return problem(request, 'bad-request', { status: 400, detail: details.uploadEmpty });
      if (sniff(bytes) !== declared) return problem(request, 'unsupported-media-type', { status: 415, detail: details.uploadType });
      const uploads = state().uploads;
      const upload: UploadRecord = { id: `UPL-${generateAccessCode()}`, contentType: declared as UploadRecord['contentType'], bytes, createdAt: now() };
      uploads.set(upload.id, upload);
      if (uploads.size > MAX_UPLOADS_KEPT) uploads.delete(uploads.keys().next().value!);
      return HttpResponse.json(
        { id: upload.id, contentType: upload.contentType, size: bytes.length, expiresAt: isoWib(upload.createdAt + UPLOAD_HOURS * HOUR) },
        { status: 201 },
      );
    }),

    http.get('*/v1/uploads/:id', ({ request, params }) => {
      const upload = state().uploads.get(String(params.id));
      if (!upload) return problem(request, 'not-found', { status: 404 });
      return new HttpResponse(upload.bytes, { headers: { 'content-type': upload.contentType, 'cache-control': 'private, max-age=86400' } });
    }),

    http.get('*/v1/complaints', ({ request }) => {
      // The public list: newest first; confidential complaints are never listed.
      const url = new URL(request.url);
      const limit = Math.min(Math.max(Number(url.searchParams.get('limit') ?? 20) || 20, 1), 100);
      const offset = Number(/^o(\d+)$/.exec(url.searchParams.get('cursor') ?? '')?.[1] ?? 0);
      const listed = [...state().complaints.values()].filter((c) => c.privacy !== 'confidential').sort((a, b) => b.submittedAt - a.submittedAt);
      const items = listed.slice(offset, offset + limit).map((c) => view(c, request));
      return HttpResponse.json({ items, nextCursor: offset + limit < listed.length ? `o${offset + limit}` : null });
    }),

    http.post('*/v1/complaints', ({ request }) =>
      idempotent(store, request, { required: false }, async (req) => {
        const body = await readJsonBody(req, SubmitComplaintRequest);
        const complaints = state();
        const errors: Array<{ path: string; code: FieldCode }> = [];
        if (!COMPLAINT_CATEGORIES.some((c) => c.id === body.categoryId)) errors.push({ path: 'categoryId', code: 'unknown_category' });
        (body.photoIds ?? []).forEach(
          (id, i) => !complaints.uploads.get(id)?.contentType.startsWith('image/') && errors.push({ path: `photoIds.${i}`, code: 'unknown_upload' }),
        );
        if (body.privacy !== 'anonymous') {
          if (!body.reporter) errors.push({ path: 'reporter', code: 'reporter_required' });
          else {
            const phoneOk = body.reporter.phone ? parsePhone(body.reporter.phone).ok : false;
            const emailOk = body.reporter.email ? isEmail(body.reporter.email) : false;
            if (!phoneOk && !emailOk) errors.push({ path: body.reporter.phone ? 'reporter.phone' : 'reporter.email', code: 'contact_required' });
          }
        }
        if (errors.length) return invalidFields(req, errors);
        const at = now();
        const code = newAccessCode(complaints.complaints);
        const phone = body.reporter?.phone ? parsePhone(body.reporter.phone) : undefined;
        const complaint: ComplaintRecord = {
          code,
          categoryId: body.categoryId,
          title: body.title,
          description: body.description,
          location: body.location,
          photoIds: body.photoIds ?? [],
          privacy: body.privacy,
          // An anonymous reporter's identity is not even stored.
          ...(body.privacy !== 'anonymous' && body.reporter
            ? { reporter: { name: body.reporter.name, ...(phone?.ok ? { phone: phone.value.e164 } : {}), ...(body.reporter.email ? { email: body.reporter.email } : {}) } }
            : {}),
          status: 'received',
          submittedAt: at,
          updatedAt: at,
          reopened: false,
          timeline: [{ status: 'received', at, note: null }],
          messages: [],
          autoFlow: true,
        };
        complaints.complaints.set(code, complaint);
        return HttpResponse.json({ trackingCode: code, complaint: view(complaint, req) }, { status: 201, headers: { location: `${new URL(req.url).pathname}/${code}` } });
      }),
    ),

    http.get('*/v1/complaints/:code', ({ request, params }) => conditionalJson(request, view(find(request, String(params.code)), request), 'no-cache')),

    http.post('*/v1/complaints/:code/comments', ({ request, params }) =>
      idempotent(store, request, { required: false }, async (req) => {
        const complaint = find(req, String(params.code));
        const body = await readJsonBody(req, CommentRequest);
        if (!view(complaint, req).canComment) return problem(req, 'complaint-closed', { status: 409, detail: details.complaintClosed });
        complaint.messages.push({ at: now(), author: 'citizen', message: body.message });
        complaint.updatedAt = now();
        return HttpResponse.json(view(complaint, req), { status: 201 });
      }),
    ),

    http.post('*/v1/complaints/:code/rating', async ({ request, params }) => {
      const complaint = find(request, String(params.code));
      const body = await readJsonBody(request, RatingRequest);
      if (complaint.rating) return problem(request, 'complaint-already-rated', { status: 409 });
      if (complaint.status !== 'resolved') return problem(request, 'complaint-not-resolved', { status: 409 });
      complaint.rating = { score: body.score, comment: body.comment?.trim() || null, at: now() };
      complaint.updatedAt = now();
      return HttpResponse.json(view(complaint, request));
    }),

    http.post('*/v1/complaints/:code/reopen', async ({ request, params }) => {
      const complaint = find(request, String(params.code));
      const body = await readJsonBody(request, ReopenRequest);
      if (view(complaint, request).reopenUntil === null) return problem(request, 'complaint-cannot-reopen', { status: 409, detail: details.reopenWindow });
      complaint.reopened = true;
      complaint.autoFlow = false;
      complaint.messages.push({ at: now(), author: 'citizen', message: body.reason });
      move(complaint, 'in_progress', now(), 'Dibuka kembali oleh pelapor.');
      return HttpResponse.json(view(complaint, request));
    }),

    // Knob: answer as the agency (a status change, a message, or both).
    http.post('*/v1/_mock/complaints/:code/respond', async ({ request, params }) => {
      const complaint = find(request, String(params.code));
      const body = (await request.json().catch(() => ({}))) as { status?: ComplaintStatus; message?: string };
      complaint.autoFlow = false;
      if (body.status) move(complaint, body.status, now(), body.message ?? null, body.message);
      else if (body.message) {
        complaint.messages.push({ at: now(), author: 'agency', message: body.message });
        complaint.updatedAt = now();
      }
      return HttpResponse.json(view(complaint, request));
    }),
  ];
}
