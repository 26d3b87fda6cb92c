export interface LayananConfig {
  /** Root of the Layanan API for every widget on the page without its own `api-base`. */
  apiBase?: string;
}

let pageConfig: LayananConfig = {};
const listeners = new Set<() => void>();

/**
 * Sets page-wide defaults once, before or after the widgets appear:
 * `configure({ apiBase: 'https://layanan.lampungutarakab.go.id' })`.
 */
export function configure(config: LayananConfig): void {
  pageConfig = { ...pageConfig, ...config };
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever `configure()` changes the page-wide defaults; returns the unsubscribe. */
export function onConfigure(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The API root of one widget: its `api-base` attribute, else `configure({ apiBase })`, else
 * `<meta name="layanan-api-base" content="…">`, resolved against the page. `undefined` when none is set.
 */
export function resolveApiBase(own: string | undefined | null): string | undefined {
  const raw = own || pageConfig.apiBase || document.querySelector<HTMLMetaElement>('meta[name="layanan-api-base"]')?.content;
  if (!raw) return undefined;
  try {
    return new URL(raw, document.baseURI).href;
  } catch {
    return undefined;
  }
}
