export type MockLocale = 'id' | 'en';

/** Picks `en` only when the client prefers English over Indonesian; Bahasa Indonesia is the default. */
export function localeOf(request: Request): MockLocale {
  const header = request.headers.get('accept-language') ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((entry) => entry.lang === 'id' || entry.lang === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.lang === 'en' ? 'en' : 'id';
}

type Text = Record<MockLocale, string>;

/** Problem titles, by the slug of their type. */
export const problemTitles = {
  'bad-request': { id: 'Permintaan tidak valid', en: 'Bad request' },
  'malformed-json': { id: 'JSON tidak valid', en: 'Malformed JSON' },
  'not-found': { id: 'Tidak ditemukan', en: 'Not found' },
  'method-not-allowed': { id: 'Metode tidak diizinkan', en: 'Method not allowed' },
  conflict: { id: 'Konflik', en: 'Conflict' },
  'idempotency-key-reused': { id: 'Idempotency-Key sudah dipakai untuk permintaan lain', en: 'Idempotency-Key already used for another request' },
  'unsupported-media-type': { id: 'Jenis konten tidak didukung', en: 'Unsupported media type' },
  validation: { id: 'Data tidak valid', en: 'Invalid data' },
  'too-many-requests': { id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  internal: { id: 'Terjadi kesalahan pada server', en: 'Internal server error' },
  unavailable: { id: 'Layanan sedang tidak tersedia', en: 'Service unavailable' },
} satisfies Record<string, Text>;
export type ProblemSlug = keyof typeof problemTitles;

/** Per-field validation messages, by error code. */
export const fieldMessages = {
  required: { id: 'Wajib diisi.', en: 'Required.' },
  invalid_type: { id: 'Jenis nilai salah.', en: 'Wrong type of value.' },
  too_small: { id: 'Terlalu kecil atau terlalu pendek.', en: 'Too small or too short.' },
  too_big: { id: 'Terlalu besar atau terlalu panjang.', en: 'Too large or too long.' },
  invalid_format: { id: 'Format tidak sesuai.', en: 'Wrong format.' },
  invalid_value: { id: 'Pilihan tidak dikenal.', en: 'Unknown choice.' },
  unrecognized_keys: { id: 'Kolom tidak dikenal.', en: 'Unknown field.' },
  invalid: { id: 'Nilai tidak valid.', en: 'Invalid value.' },
} satisfies Record<string, Text>;
export type FieldCode = keyof typeof fieldMessages;

export const details = {
  notFound: (path: string): Text => ({ id: `Tidak ada apa pun di ${path}.`, en: `Nothing exists at ${path}.` }),
  methodNotAllowed: (method: string, allowed: string): Text => ({
    id: `${method} tidak dapat dipakai di sini; gunakan ${allowed}.`,
    en: `${method} cannot be used here; use ${allowed}.`,
  }),
  mediaType: (got: string): Text => ({
    id: `Kirim badan permintaan sebagai application/json (diterima: ${got || 'tanpa Content-Type'}).`,
    en: `Send the body as application/json (received: ${got || 'no Content-Type'}).`,
  }),
  malformedJson: { id: 'Badan permintaan bukan JSON yang valid.', en: 'The request body is not valid JSON.' } as Text,
  validation: { id: 'Periksa kembali isian yang ditandai.', en: 'Check the fields listed in errors.' } as Text,
  injected: { id: 'Gangguan disimulasikan oleh server tiruan.', en: 'Failure injected by the mock server.' } as Text,
};
