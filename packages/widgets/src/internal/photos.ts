// The photo pipeline of a complaint: made smaller on the device before it travels a weak connection.
// Its own module so the element module exports the element alone (the manifest is the API).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { COMPLAINT_LIMITS, UPLOAD_MAX_BYTES } from '@layanan/contract';
import { isProblemError } from '@layanan/sdk';

/** Long side of an uploaded photo: sharp enough to see a pothole, small enough for a weak connection. */
const MAX_SIDE = 1600;
const THUMB_SIDE = 160;

/** What a citizen may pick; the server also takes PDF, but not as a photo. */
export const ACCEPTED_PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];

/** Draws a decoded photo at `scale` on a white background (a transparent PNG must not turn black). */
function draw(bitmap: ImageBitmap, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return canvas;
}

/**
 * A photo made ready for a weak connection: decoded (EXIF rotation applied), scaled to a long side
 * of at most 1600 px and encoded as JPEG at 0.8 — or the original, when it is already small and
 * re-encoding would not shrink it. Throws when the file cannot be decoded as an image.
 */
export async function compressPhoto(file: Blob): Promise<{ blob: Blob; thumb: string }> {
  const bitmap = await createImageBitmap(file);
  try {
    const side = Math.max(bitmap.width, bitmap.height);
    const scale = Math.min(1, MAX_SIDE / side);
    const encoded = await new Promise<Blob>((resolve, reject) => draw(bitmap, scale).toBlob((blob) => (blob ? resolve(blob) : reject(new Error('encode'))), 'image/jpeg', 0.8));
    const thumb = draw(bitmap, Math.min(1, THUMB_SIDE / side)).toDataURL('image/jpeg', 0.6);
    const keepOriginal = scale === 1 && encoded.size >= file.size && ACCEPTED_PHOTO_TYPES.includes(file.type);
    return { blob: keepOriginal ? file : encoded, thumb };
  } finally {
    bitmap.close();
  }
}

/** The server's limit per upload. */
const MAX_UPLOAD_MB = UPLOAD_MAX_BYTES / (1024 * 1024);
/** Larger originals are refused before decoding (a phone photo is 3–12 MB). */
const MAX_ORIGINAL_MB = 40;
const MB = 1024 * 1024;

/** One photo on its way: compressed, uploaded, or failed (with why, in words). */
export interface Photo {
  key: number;
  name: string;
  state: 'preparing' | 'uploading' | 'uploaded' | 'failed';
  progress: number;
  /** An object URL of the compressed photo (revoked on removal) or the kept thumbnail. */
  preview: string;
  objectUrl?: string;
  thumb?: string;
  blob?: Blob;
  id?: string;
  error?: string;
}

/** What the pipeline says to the citizen, in the widget's catalog. */
export interface PhotoStrings {
  photoTooMany(max: number): string;
  photoWrongType(name: string): string;
  photoTooLarge(name: string, mb: number): string;
  photoAlt(n: number): string;
}

export interface PhotoUploadsOptions {
  /** Uploads one compressed photo, reporting its progress. */
  upload: (blob: Blob, onProgress: (progress: { loaded: number; total: number }) => void) => Promise<{ id: string }>;
  strings: () => PhotoStrings;
  /** Tells the page about a failed upload; returns the message to show at the photo. */
  reportError: (error: unknown) => string;
  /** The list changed in a way the draft keeps (a photo added, uploaded or removed). */
  changed: () => void;
  /** The photos field's error: refusals in words, or `undefined` once no photo has failed. */
  error: (message?: string) => void;
  /** A photo is on the server (the host moves focus to its remove button and says so). */
  uploaded: (key: number) => void;
  /** The photo at `index` was removed (the host keeps focus off <body>). */
  removed: (index: number) => void;
}

/** Lets go of the previews made on this device. */
export function revokePreviews(photos: readonly Photo[]): void {
  for (const photo of photos) if (photo.objectUrl) URL.revokeObjectURL(photo.objectUrl);
}

/**
 * A complaint's photos, from the file picker to upload ids: checked, made smaller, uploaded with
 * progress, retried or removed. The host renders `list` and keeps the draft; this keeps the mechanism.
 */
export class PhotoUploads implements ReactiveController {
  /** The photos, in the order picked; the host may put back a list it kept (the undo). */
  list: Photo[] = [];
  private keys = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PhotoUploadsOptions,
  ) {
    host.addController(this);
  }

  private set(photos: Photo[]): void {
    this.list = photos;
    this.host.requestUpdate();
  }

  /** The photos a restored draft kept: uploaded already, shown by their thumbnails. */
  restore(saved: ReadonlyArray<{ id: string; thumb: string }>): void {
    this.set(saved.map(({ id, thumb }) => ({ key: ++this.keys, name: '', state: 'uploaded', progress: 1, preview: thumb, thumb, id })));
  }

  update(key: number, patch: Partial<Photo>): void {
    this.set(this.list.map((p) => (p.key === key ? { ...p, ...patch } : p)));
  }

  /** Checks, compresses and uploads each file; refusals are said in words, the others go on. */
  async add(files: readonly File[]): Promise<void> {
    const s = this.options.strings();
    const refused: string[] = [];
    const room = COMPLAINT_LIMITS.photos - this.list.length;
    if (files.length > room) refused.push(s.photoTooMany(COMPLAINT_LIMITS.photos));
    const accepted = files.slice(0, Math.max(0, room)).filter((file) => {
      if (!ACCEPTED_PHOTO_TYPES.includes(file.type)) refused.push(s.photoWrongType(file.name));
      else if (file.size > MAX_ORIGINAL_MB * MB) refused.push(s.photoTooLarge(file.name, MAX_ORIGINAL_MB));
      else return true;
      return false;
    });
    this.options.error(refused.join(' ') || undefined);
    await Promise.all(accepted.map((file) => this.prepare(file)));
    this.options.changed();
  }

  private async prepare(file: File): Promise<void> {
    const key = ++this.keys;
    this.set([...this.list, { key, name: file.name, state: 'preparing', progress: 0, preview: '' }]);
    this.options.changed(); // on its way: a reload now will name it
    try {
      const { blob, thumb } = await compressPhoto(file);
      if (blob.size > MAX_UPLOAD_MB * MB) throw new RangeError('too large');
      const objectUrl = URL.createObjectURL(blob);
      if (!this.list.some((p) => p.key === key)) return URL.revokeObjectURL(objectUrl);
      this.update(key, { blob, thumb, objectUrl, preview: objectUrl });
    } catch (error) {
      const s = this.options.strings();
      this.update(key, { state: 'failed', error: error instanceof RangeError ? s.photoTooLarge(file.name, MAX_UPLOAD_MB) : s.photoWrongType(file.name) });
      return;
    }
    await this.upload(key);
  }

  /** Uploads (again) the photo with `key`: a retry after a failure keeps its compressed copy. */
  async upload(key: number): Promise<void> {
    const photo = this.list.find((p) => p.key === key);
    if (!photo?.blob) return;
    this.update(key, { state: 'uploading', progress: 0, error: undefined });
    try {
      const upload = await this.options.upload(photo.blob, ({ loaded, total }) => this.update(key, { progress: total ? loaded / total : 0 }));
      if (!this.list.some((p) => p.key === key)) return;
      this.update(key, { state: 'uploaded', progress: 1, id: upload.id });
      this.options.changed();
      this.options.uploaded(key);
      if (!this.list.some((p) => p.error)) this.options.error();
    } catch (error) {
      const s = this.options.strings();
      const message = this.options.reportError(error);
      const status = isProblemError(error) ? error.status : 0;
      const name = photo.name || s.photoAlt(this.list.indexOf(photo) + 1);
      this.update(key, {
        state: 'failed',
        // 415 and 413 in the widget's own words; anything else as the SDK worded it.
        error: status === 415 ? s.photoWrongType(name) : status === 413 ? s.photoTooLarge(name, MAX_UPLOAD_MB) : message,
        ...(status === 415 || status === 413 ? { blob: undefined } : {}),
      });
    }
  }

  remove(key: number): void {
    const index = this.list.findIndex((p) => p.key === key);
    const photo = this.list[index];
    if (!photo) return;
    revokePreviews([photo]);
    this.set(this.list.filter((p) => p.key !== key));
    this.options.changed();
    this.options.removed(index);
    if (!this.list.some((p) => p.error)) this.options.error();
  }

  hostDisconnected(): void {
    revokePreviews(this.list);
    this.set([]);
  }
}
