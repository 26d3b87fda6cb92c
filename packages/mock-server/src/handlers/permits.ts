import { http, HttpResponse } from 'msw';
import {
  CreateApplicationRequest, SaveApplicationRequest, validateAnswers,
  type ApplicationStatus, type PermitApplication,
} from '@layanan/contract';
import type { MockStore } from '../state.js';
import { newAccessCode, recordByCode } from '../internal/access-codes.js';
import { readJsonBody } from '../internal/body.js';
import { conditionalJson } from '../internal/conditional.js';
import { details, localeOf } from '../internal/i18n.js';
import { idempotent } from '../internal/idempotency.js';
import { problem } from '../internal/problem.js';
import { dateOf, isoWib } from '../queue/calendar.js';
import { addWorkingDays } from '../complaints/working-days.js';
import { VERIFICATION_AFTER_MS, type ApplicationRecord } from '../permits/model.js';
import { LAMPUNG_UTARA_REGIONS, PERMIT_TYPES } from '../permits/seed.js';

function move(application: ApplicationRecord, status: ApplicationStatus, at: number, note: string | null): void {
  application.status = status;
  application.updatedAt = at;
  application.timeline.push({ status, at, note });
}

/** Permits: types with backend-defined forms, drafts saved without overwriting, submission checked by the shared validator. */
export function permitHandlers(store: MockStore) {
  const now = () => store.now().getTime();
  const applications = () => {
    const at = now();
    for (const application of store.state.permits.applications.values()) {
      if (!application.autoFlow || application.submittedAt === undefined) continue;
      if (application.status === 'submitted' && application.submittedAt + VERIFICATION_AFTER_MS <= at) {
        move(application, 'verification', application.submittedAt + VERIFICATION_AFTER_MS, 'Berkas sedang diperiksa petugas.');
      }
      if (application.status === 'verification' && application.decisionDue !== undefined && application.decisionDue <= at) {
        move(application, 'approved', application.decisionDue, 'Izin terbit.');
      }
    }
    return store.state.permits.applications;
  };

  const view = (a: ApplicationRecord): PermitApplication => ({
    code: a.code,
    typeId: a.typeId,
    typeName: PERMIT_TYPES.find((t) => t.id === a.typeId)!.name,
    status: a.status,
    version: a.version,
    answers: a.answers,
    timeline: a.timeline.map((t) => ({ status: t.status, at: isoWib(t.at), note: t.note })),
    officerNote: a.officerNote,
    canEdit: a.status === 'draft' || a.status === 'revision_requested',
    createdAt: isoWib(a.createdAt),
    updatedAt: isoWib(a.updatedAt),
    submittedAt: a.submittedAt === undefined ? null : isoWib(a.submittedAt),
    decisionDue: a.decisionDue === undefined ? null : isoWib(a.decisionDue),
  });

  const find = (request: Request, code: string) => recordByCode(request, applications(), code, details.applicationNotFound);

  return [
    http.get('*/v1/permits/types', ({ request }) =>
      conditionalJson(request, { items: PERMIT_TYPES.map(({ form, ...summary }) => (void form, summary)), nextCursor: null }, 'public, max-age=3600'),
    ),

    http.get('*/v1/permits/types/:typeId', ({ request, params }) => {
      const type = PERMIT_TYPES.find((t) => t.id === params.typeId);
      if (!type) return problem(request, 'not-found', { status: 404, detail: details.permitTypeNotFound });
      return conditionalJson(request, type, 'public, max-age=3600');
    }),

    http.get('*/v1/agency/regions', ({ request }) => conditionalJson(request, { items: LAMPUNG_UTARA_REGIONS, nextCursor: null }, 'public, max-age=86400')),

    http.post('*/v1/permits/applications', ({ request }) =>
      idempotent(store, request, { required: false }, async (req) => {
        const body = await readJsonBody(req, CreateApplicationRequest);
        if (!PERMIT_TYPES.some((t) => t.id === body.typeId)) {
          return problem(req, 'validation', { status: 422, detail: details.validation, errors: [{ path: 'typeId', code: 'unknown_permit_type', message: details.permitTypeNotFound[localeOf(req)] }] });
        }
        const at = now();
        const code = newAccessCode(store.state.permits.applications);
        const application: ApplicationRecord = {
          code,
          typeId: body.typeId,
          status: 'draft',
          version: 1,
          answers: body.answers ?? {},
          timeline: [{ status: 'draft', at, note: null }],
          officerNote: null,
          createdAt: at,
          updatedAt: at,
          autoFlow: true,
        };
        store.state.permits.applications.set(code, application);
        return HttpResponse.json(view(application), { status: 201, headers: { location: `${new URL(req.url).pathname}/${code}` } });
      }),
    ),

    // An application holds a NIK, an NPWP and a phone number: no browser or proxy may keep it on disk
    // (`no-cache` still lets them store it). The SDK revalidates from its own memory with the ETag.
    http.get('*/v1/permits/applications/:code', ({ request, params }) => conditionalJson(request, view(find(request, String(params.code))), 'private, no-store')),

    http.patch('*/v1/permits/applications/:code', async ({ request, params }) => {
      const application = find(request, String(params.code));
      const body = await readJsonBody(request, SaveApplicationRequest);
      if (!view(application).canEdit) return problem(request, 'application-not-editable', { status: 409, detail: details.notEditable });
      if (body.version !== application.version) {
        return problem(request, 'application-version-conflict', { status: 409, detail: details.versionConflict(application.version), extensions: { currentVersion: application.version } });
      }
      for (const [id, value] of Object.entries(body.answers)) {
        if (value === null) delete application.answers[id];
        else application.answers[id] = value;
      }
      application.version++;
      application.updatedAt = now();
      return HttpResponse.json(view(application));
    }),

    http.post('*/v1/permits/applications/:code/submit', ({ request, params }) =>
      idempotent(store, request, { required: false }, async (req) => {
        const application = find(req, String(params.code));
        if (application.status !== 'draft' && application.status !== 'revision_requested') {
          // Submitting twice is harmless: the same application comes back.
          if (application.submittedAt !== undefined) return HttpResponse.json(view(application));
          return problem(req, 'application-not-editable', { status: 409, detail: details.notEditable });
        }
        const type = PERMIT_TYPES.find((t) => t.id === application.typeId)!;
        const at = now();
        // The same validator the widget runs: they cannot disagree.
        const errors = validateAnswers(type.form, application.answers, { locale: localeOf(req), today: dateOf(at), regions: LAMPUNG_UTARA_REGIONS });
        if (errors.length) {
          return problem(req, 'validation', { status: 422, detail: details.validation, errors: errors.map((e) => ({ ...e, path: `answers.${e.path}` })) });
        }
        application.submittedAt = at;
        application.decisionDue = addWorkingDays(at, type.serviceLevelDays);
        application.officerNote = null;
        application.version++;
        move(application, 'submitted', at, null);
        return HttpResponse.json(view(application));
      }),
    ),

    // Knob: act as the officer.
    http.post('*/v1/_mock/permits/applications/:code/decide', async ({ request, params }) => {
      const application = find(request, String(params.code));
      const body = (await request.json().catch(() => ({}))) as { decision?: 'approve' | 'reject' | 'request_revision'; note?: string };
      const status: ApplicationStatus | undefined = { approve: 'approved', reject: 'rejected', request_revision: 'revision_requested' }[body.decision ?? 'approve'] as ApplicationStatus | undefined;
      if (!status) return problem(request, 'bad-request', { status: 400 });
      application.autoFlow = false;
      application.officerNote = body.note ?? null;
      move(application, status as ApplicationStatus, now(), body.note ?? null);
      return HttpResponse.json(view(application));
    }),
  ];
}
