const PREFIX = 'layanan:';

/**
 * The browser's `localStorage`, under a `layanan:` prefix, that never throws: in a private window,
 * with storage full or blocked, a widget simply forgets. Only what a citizen would expect a device
 * to remember goes here (a ticket's or a draft's code and what was typed into a draft), never a NIK
 * or NPWP in clear text (DESIGN): the permit form leaves them out of its draft, and asks the server.
 */
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
