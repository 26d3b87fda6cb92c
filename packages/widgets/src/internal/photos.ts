// The photo pipeline of a complaint: made smaller on the device before it travels a weak connection.
// Its own module so the element module exports the element alone (the manifest is the API).

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
