const PREFIX = 'layanan:';

/**
 * The one key format of what a widget keeps on the device, `<widget>:<api-origin>:<id>` (`storage`
 * adds `layanan:`): per API, because a code means nothing to another server. The origin keeps the
 * API's path, if any, without a trailing slash.
 */
export function deviceKey(widget: string, apiBase: string | undefined, id: string): string {
  const url = new URL(apiBase ?? '', location.href);
  return `${widget}:${url.origin}${url.pathname.replace(/\/+$/, '')}:${id}`;
}

/**
 * The browser's `localStorage`, under a `layanan:` prefix, that never throws: in a private window,
 * with storage full or blocked, a widget simply forgets. Only what a citizen would expect a device
 * to remember goes here (a ticket's or a draft's code and what was typed into a draft), never a NIK,
 * NPWP or phone number in clear text (DESIGN): `DeviceDraft` leaves them out, `SubmitOnce` keeps a digest.
 */
/** Fields whose values are identity numbers in every contract body (`reporter.phone` too). */
const IDENTITY_KEYS = /^(nik|npwp|phone)$/i;

/** True when a NIK, NPWP or phone is anywhere in the value (a field of that name, not empty). */
export function holdsIdentityNumber(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsIdentityNumber);
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([name, inner]) => (IDENTITY_KEYS.test(name) && typeof inner === 'string' && inner.trim() !== '') || holdsIdentityNumber(inner));
}

/** The value without its NIK, NPWP and phone fields, at any depth (what a device may keep). */
export function withoutIdentityNumbers<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutIdentityNumbers) as T;
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => !IDENTITY_KEYS.test(name)).map(([name, inner]) => [name, withoutIdentityNumbers(inner)])) as T;
}

export const storage = {
  get<T>(key: string): T | undefined {
    try {
      const text = localStorage.getItem(PREFIX + key);
      return text === null ? undefined : (JSON.parse(text) as T);
    } catch {
      return undefined;
    }
  },
  /** `false` when the value could not be kept (quota, privacy mode). */
  set(key: string, value: unknown): boolean {
    try {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(PREFIX + key);
    } catch {
      // Nothing was kept, so nothing to forget.
    }
  },
};
