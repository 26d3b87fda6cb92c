import { generateAccessCode, normalizeAccessCode } from '@layanan/contract';
import { problem } from './problem.js';

/** A fresh access code that none of `taken` uses yet. */
export function newAccessCode(taken: { has(code: string): boolean }): string {
  let code: string;
  do code = generateAccessCode();
  while (taken.has(code));
  return code;
}

/**
 * The record a citizen's code opens, read as they typed it (any case, spaces); otherwise a 404
 * problem is thrown, which msw sends as it is.
 */
export function recordByCode<Record>(request: Request, records: Map<string, Record>, code: string, notFound: { id: string; en: string }): Record {
  const normalized = normalizeAccessCode(code);
  const record = normalized ? records.get(normalized) : undefined;
  if (!record) throw problem(request, 'not-found', { status: 404, detail: notFound });
  return record;
}
