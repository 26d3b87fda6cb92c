/**
 * QRIS payloads: EMVCo merchant-presented QR, a string of TLV fields (two-digit tag, two-digit
 * length, value) ending in tag 63, a CRC-16/CCITT-FALSE over everything before its value.
 */

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as four upper-case hex digits. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (let i = 0; i < text.length; i++) {
    crc ^= text.charCodeAt(i) << 8;
    for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

/** One TLV field: `tag` + two-digit length + `value`. */
export function tlv(tag: string, value: string): string {
  if (value.length > 99) throw new RangeError(`EMV field ${tag} is longer than 99 characters`);
  return `${tag}${String(value.length).padStart(2, '0')}${value}`;
}

/** Splits a payload into its top-level fields; `null` when the lengths do not add up. */
export function parseEmv(payload: string): Array<{ tag: string; value: string }> | null {
  const fields: Array<{ tag: string; value: string }> = [];
  let at = 0;
  while (at < payload.length) {
    const tag = payload.slice(at, at + 2);
    const length = Number(payload.slice(at + 2, at + 4));
    if (!/^\d{2}$/.test(tag) || !Number.isInteger(length) || at + 4 + length > payload.length) return null;
    fields.push({ tag, value: payload.slice(at + 4, at + 4 + length) });
    at += 4 + length;
  }
  return fields;
}

/** Is this a well-formed EMVCo payload whose last field is a correct CRC? */
export function isValidQrisPayload(payload: string): boolean {
  const fields = parseEmv(payload);
  const last = fields?.at(-1);
  if (!fields || fields[0]?.tag !== '00' || last?.tag !== '63' || last.value.length !== 4) return false;
  return crc16(payload.slice(0, -4)) === last.value;
}

export interface QrisPaymentInit {
  merchantName: string;
  merchantCity: string;
  /** The National Merchant ID issued for the agency's QRIS. */
  merchantId: string;
  /** Acquirer's reverse-domain id, e.g. `ID.CO.BANKLAMPUNG.WWW`. */
  acquirer: string;
  amount: number;
  /** The payment's reference, printed on the citizen's banking app receipt. */
  reference: string;
}

/** A dynamic (single-use, fixed amount) QRIS payload in rupiah, with its CRC. */
export function buildQrisPayload(init: QrisPaymentInit): string {
  const body =
    tlv('00', '01') +
    tlv('01', '12') + // dynamic: one payment, one amount
    tlv('26', tlv('00', init.acquirer) + tlv('01', init.merchantId) + tlv('03', 'UMI')) +
    tlv('51', tlv('00', 'ID.CO.QRIS.WWW') + tlv('02', init.merchantId) + tlv('03', 'UMI')) +
    tlv('52', '9311') + // merchant category: tax payments
    tlv('53', '360') + // IDR
    tlv('54', String(init.amount)) +
    tlv('58', 'ID') +
    tlv('59', init.merchantName.slice(0, 25)) +
    tlv('60', init.merchantCity.slice(0, 15)) +
    tlv('62', tlv('01', init.reference.slice(0, 25))) +
    '6304';
  return body + crc16(body);
}
