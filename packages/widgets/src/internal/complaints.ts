import type { ComplaintPrivacy } from '@layanan/contract';
import { formatMoment } from './format.js';
import { catalog, type WidgetLocale } from './locale.js';

export interface PrivacyStrings {
  label: string;
  /** Who sees what, in one plain sentence. */
  explains: string;
}

/** Texts both complaint widgets show: the privacy levels (who sees what) and the code's name. */
export interface ComplaintSharedStrings {
  privacy: Record<ComplaintPrivacy, PrivacyStrings>;
  trackingCode: string;
}

const id: ComplaintSharedStrings = {
  privacy: {
    public: {
      label: 'Terbuka',
      explains: 'Isi laporan dan nama Anda dapat dilihat siapa pun yang memegang kode pelacakan. Nomor telepon dan surel Anda hanya untuk petugas.',
    },
    anonymous: {
      label: 'Anonim',
      explains: 'Isi laporan dapat dilihat, tetapi identitas Anda tidak dicatat: petugas pun tidak tahu siapa Anda dan tidak dapat menghubungi Anda.',
    },
    confidential: {
      label: 'Rahasia',
      explains: 'Isi laporan dan identitas Anda hanya dapat dilihat petugas yang menangani. Publik hanya melihat kategori dan status.',
    },
  },
  trackingCode: 'Kode pelacakan',
};

export const complaintSharedStrings = /* @__PURE__ */ catalog<ComplaintSharedStrings>(id, () => import('./complaints.strings.en.js').then((m) => m.en));

/** A date-time as a citizen reads it: `Senin, 30 Nov 2026 09.00 WIB`. Times are shown in WIB, where the agencies are. */
export function formatDateTime(iso: string, locale: WidgetLocale, withTime = true): string {
  return formatMoment(iso, locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}) }, withTime);
}
