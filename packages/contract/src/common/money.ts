import * as z from 'zod/mini';

/** An amount of money in whole rupiah. Never a float: rupiah have no minor unit in practice. */
export const Money = /* @__PURE__ */ z
  .int()
  .check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));
export type Money = z.infer<typeof Money>;

let rupiah: Intl.NumberFormat | undefined;

/** `150000` → `Rp 150.000` (the id-ID form, also used on English pages: it is how bills are printed). */
export function formatRupiah(amount: number): string {
  rupiah ??= new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 });
  return rupiah.format(amount);
}
