import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { deviceKey, storage, withoutIdentityNumbers } from './storage.js';

export interface DeviceDraftOptions<T> {
  /** The widget's tag without `layanan-`, the first part of the key. */
  widget: string;
  /** What the draft is of: `complaint`, a permit type, a service … (the last part of the key). */
  id: () => string;
  /** The API root: a draft of one server means nothing to another. */
  apiBase: () => string | undefined;
  /** The shape's version: a draft kept by another version is not read (and is removed). */
  version: number;
  /**
   * Takes out what the device must not keep beyond the NIK, NPWP and phone fields that are always
   * taken out (e.g. the permit form's answers whose field type is one of those).
   */
  redact?: (value: T) => T;
  /** The most characters of JSON kept; a larger draft is not written (the one before it stays). Default 262144. */
  maxLength?: number;
  /** Where an earlier release kept this draft, and how to read it: moved once to the new key, then removed. */
  legacy?: { key: () => string; read: (value: unknown) => T | undefined };
}

interface Kept<T> {
  v: number;
  savedAt: number;
  data: T;
}

/**
 * What a widget keeps on this device between visits (a draft, a ticket's code, a payment under way),
 * under one key format `layanan:<widget>:<api-origin>:<id>`, versioned and size-capped, never with a
 * NIK, NPWP or phone number in clear text. A widget that has left the page writes nothing, so a late
 * answer cannot overwrite what a newer copy of the widget keeps.
 */
export class DeviceDraft<T> implements ReactiveController {
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DeviceDraftOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
  }

  hostDisconnected(): void {
    this.connected = false;
  }

  private get key(): string {
    return deviceKey(this.options.widget, this.options.apiBase(), this.options.id());
  }

  /** What the device keeps, or `undefined`: none, of another version, or unreadable. */
  read(): T | undefined {
    const kept = storage.get<Kept<T>>(this.key);
    if (kept && typeof kept === 'object' && kept.v === this.options.version && kept.data !== undefined) return kept.data;
    if (kept !== undefined) storage.remove(this.key);
    const legacy = this.options.legacy;
    const old = legacy && storage.get<unknown>(legacy.key());
    if (old === undefined || !legacy) return undefined;
    storage.remove(legacy.key());
    const data = legacy.read(old);
    if (data === undefined) return undefined;
    // Moved, and redacted: an old draft's phone number leaves the device's storage too.
    const redacted = this.redact(data);
    this.put(redacted);
    return redacted;
  }

  /** Keeps `data`; `false` when nothing was written (the widget left the page, too large, storage refused). */
  write(data: T): boolean {
    return this.connected && this.put(data);
  }

  /**
   * Keeps `data` even when the widget has left the page: for the answer to this widget's own request
   * (the payment the server made while the citizen navigated away), which no newer copy can know.
   */
  keep(data: T): boolean {
    return this.put(data);
  }

  /** Forgets the draft (sent, or the citizen cleared it). */
  clear(): void {
    storage.remove(this.key);
  }

  private redact(data: T): T {
    return withoutIdentityNumbers(this.options.redact ? this.options.redact(data) : data);
  }

  private put(data: T): boolean {
    const kept: Kept<T> = { v: this.options.version, savedAt: Date.now(), data: this.redact(data) };
    if (JSON.stringify(kept).length > (this.options.maxLength ?? 262_144)) return false;
    return storage.set(this.key, kept);
  }
}
