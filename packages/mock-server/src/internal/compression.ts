import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The content codings the server produces; identity is the absence of one. */
export type Coding = 'br' | 'gzip';

/** Below this a compressed answer saves less than the headers that announce it. */
export const MIN_COMPRESSED_SIZE = 1024;

const brotli = promisify(brotliCompress);
const deflate = promisify(gzip);

/**
 * The coding to answer with for an `Accept-Encoding` header: brotli when its q-value is at least
 * gzip's, gzip otherwise, none when neither is acceptable (absent, `identity`, or `q=0`). `*`
 * stands for every coding the header does not name.
 */
export function negotiateCoding(acceptEncoding: string | string[] | undefined): Coding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of (Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    weights.set(name === 'x-gzip' ? 'gzip' : name, Number.isFinite(weight) ? weight : 0);
  }
  const weight = (coding: Coding) => weights.get(coding) ?? weights.get('*') ?? 0;
  const br = weight('br');
  const gz = weight('gzip');
  if (br > 0 && br >= gz) return 'br';
  return gz > 0 ? 'gzip' : undefined;
}

/**
 * Text worth compressing: HTML, CSS, JavaScript, JSON and problem+json, SVG (XML text, though an
 * image type). Never `text/event-stream` (a compressor buffers, and each event must leave at once)
 * nor raster images, fonts or archives (already compressed).
 */
export function isCompressible(contentType: string | undefined | null): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/event-stream') return false;
  return type.startsWith('text/') || /^application\/(?:[\w.-]+\+)?(?:json|xml)$/.test(type) || type === 'application/javascript' || type === 'image/svg+xml';
}

/**
 * Compresses a whole body. `max` (static files, compressed once and cached): brotli 11, gzip 9.
 * `fast` (API answers, compressed per request): brotli 5 and gzip 6, a few times faster for a
 * few percent more bytes.
 */
export function compress(body: Uint8Array, coding: Coding, effort: 'fast' | 'max'): Promise<Buffer> {
  if (coding === 'gzip') return deflate(body, { level: effort === 'max' ? 9 : 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: effort === 'max' ? constants.BROTLI_MAX_QUALITY : 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/** A static file's compressed bytes; `best` is false for the interim ones sent while the best are being made. */
export interface CompressedFile {
  bytes: Buffer;
  best: boolean;
}

interface Entry {
  /** The interim bytes (fast settings), until the best ones are ready. */
  fast?: Promise<Buffer>;
  best?: Buffer;
}

/**
 * Compressed static files, least recently used first out, at most `maxBytes` in all. The key names
 * the file's version (path, mtime, size) and the coding, so an edited file is compressed again and
 * the old bytes age out. Brotli at its best takes a second or two for a 250 KB bundle: the first
 * requests for a file get it compressed with the fast settings (a few milliseconds, made once and
 * shared by the requests that arrive meanwhile) while the best bytes are made in the background;
 * from then on every request gets the best ones from memory.
 */
export class CompressedFiles {
  private readonly entries = new Map<string, Entry>();
  private total = 0;

  constructor(readonly maxBytes = 32 * 1024 * 1024) {}

  async get(key: string, coding: Coding, read: () => Promise<Buffer>): Promise<CompressedFile> {
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key); // re-inserted below: a Map iterates in insertion order, oldest first
      this.entries.set(key, entry);
    } else {
      const source = read();
      const made: Entry = { fast: source.then((bytes) => compress(bytes, coding, 'fast')) };
      const forget = () => this.entries.get(key) === made && this.entries.delete(key); // a failed read is tried again next time
      made.fast!.catch(forget);
      source
        .then((bytes) => compress(bytes, coding, 'max'))
        .then((best) => {
          if (this.entries.get(key) !== made) return;
          made.best = best;
          delete made.fast;
          this.total += best.byteLength;
          this.evict();
        }, forget);
      this.entries.set(key, (entry = made));
    }
    return entry.best ? { bytes: entry.best, best: true } : { bytes: await entry.fast!, best: false };
  }

  /** How many files (per coding) have their best bytes kept, and how many bytes: for tests. */
  get stats(): { entries: number; bytes: number } {
    return { entries: [...this.entries.values()].filter((entry) => entry.best).length, bytes: this.total };
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      if (!entry.best) continue; // still being compressed
      this.entries.delete(key);
      this.total -= entry.best.byteLength;
    }
  }
}
