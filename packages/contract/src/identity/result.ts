/** What every identity parser returns: the decoded value, or the reason it cannot be one. */
export type ParseResult<Value, Reason extends string> =
  | { ok: true; value: Value }
  | { ok: false; reason: Reason };

/** Keeps digits only: people type NIKs and NOPs with spaces, dots and dashes. */
export function digitsOf(input: string): string {
  return input.replace(/[\s.\-/]/g, '');
}
