import type { LayananTranslations, TranslationOverrides } from '../translations/catalogs.js';

/** The languages every widget ships complete catalogs for, and the server speaks. */
export type WidgetLocale = 'id' | 'en';

/** How a language added with `registerTranslation` falls back. */
export interface RegisterTranslationOptions {
  /**
   * The language for the texts this one leaves out: `id`, `en` or another registered language.
   * Default: `id` for a new language; an override of `id` or `en` completes itself.
   */
  fallback?: string;
}

// Per language: its fallback and every set of texts registered for it, in order.
const registrations = new Map<string, { fallback: string; texts: TranslationOverrides[] }>();
const warned = new Set<string>();
/** Called whenever `registerTranslation()` changes the texts (the widgets re-render). */
export const translationListeners = new Set<() => void>();
// Merged texts by catalog and language (`queue-ticket jv`); emptied by every registration.
const merged = new Map<string, Texts>();

/**
 * Adds or overrides texts of a language, for every widget on the page, before or after they appear:
 * `registerTranslation('en', { common: { retry: 'Try again' }, 'queue-ticket': { submit: 'Get my number' } })`,
 * or a new language, `registerTranslation('jv', { … }, { fallback: 'id' })`. Calls add up; a later
 * text wins. Widgets already on the page re-render.
 */
export function registerTranslation(lang: string, texts: TranslationOverrides, { fallback }: RegisterTranslationOptions = {}): void {
  const code = lang.trim().toLowerCase();
  const builtIn = code === 'id' || code === 'en';
  const registration = registrations.get(code) ?? { fallback: builtIn ? code : 'id', texts: [] };
  // A built-in language always ends its own chain: its catalogs are complete.
  if (fallback && !builtIn) registration.fallback = fallback.trim().toLowerCase();
  registration.texts.push(texts);
  registrations.set(code, registration);
  merged.clear();
  translationListeners.forEach((listener) => listener());
}

/**
 * The language a `lang` value means to the widgets: a registered language (`jv`, or `jv-ID` when only
 * `jv` is registered), `id`, `en` (`en-US` → `en`); nothing → `id`. Any other language also gives `id`,
 * and the console says so once per language, with how to add it.
 */
export function widgetLanguage(lang: string | null | undefined): string {
  const tag = lang?.trim().toLowerCase() || 'id';
  for (const code of [tag, tag.split('-')[0]!]) if (code === 'id' || code === 'en' || registrations.has(code)) return code;
  if (!warned.has(tag)) {
    warned.add(tag);
    console.warn(`Layanan: no texts for lang="${lang}", showing Bahasa Indonesia. Add them with registerTranslation('${tag.split('-')[0]}', {…}).`);
  }
  return 'id';
}

/** A language and its fallbacks, the built-in `id` or `en` first (its catalogs are complete), the language itself last. */
function chainOf(language: string): string[] {
  const chain: string[] = [];
  for (let code = language; !chain.includes(code); code = registrations.get(code)?.fallback ?? 'id') {
    chain.unshift(code);
    if (code === 'id' || code === 'en') return chain;
  }
  return ['id', ...chain]; // a fallback loop (a → b → a) rests on Bahasa Indonesia
}

/** The built-in language a language rests on: what the server is asked to speak, and how dates and money are written. */
export function baseLocale(language: string): WidgetLocale {
  return chainOf(language)[0] as WidgetLocale;
}

/**
 * The language of an element: its own non-empty `lang`, else the nearest ancestor's (across shadow
 * roots, for widgets nested in other components), up to the page's `<html lang>`.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return widgetLanguage(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'id'; // <html lang> was the last ancestor; an element out of the page speaks the default
}

type Texts = Record<string, unknown>;

/**
 * One catalog's texts: Bahasa Indonesia, always in the bundle, and English once loaded. A page in
 * Indonesian never downloads the English texts; a widget in English waits for them before it first
 * renders (`LocalizedElement`), so it never shows Indonesian first.
 */
export interface Catalog<T> {
  readonly id: T;
  en?: T;
}

// Every catalog whose widget module ran, with the English loader each was declared with.
const englishLoaders = new Map<Catalog<unknown>, () => Promise<unknown>>();
const englishLoading = new Map<Catalog<unknown>, Promise<unknown>>();

/**
 * Declares a catalog: `catalog(id, () => import('./queue-ticket.strings.en.js').then((m) => m.en))`.
 * The dynamic import is the one place a bundler splits the English texts off.
 */
export function catalog<T>(id: T, loadEnglish: () => Promise<T>): Catalog<T> {
  const texts: Catalog<T> = { id };
  englishLoaders.set(texts, loadEnglish);
  return texts;
}

/**
 * `undefined` when every declared catalog has its English texts, else a promise that settles once
 * they are loaded. A failed load (offline) settles it too: the texts then fall back to Indonesian
 * rather than leave a widget blank, and the next call tries again.
 */
export function englishLoaded(): Promise<unknown> | undefined {
  const loads: Promise<unknown>[] = [];
  for (const [texts, load] of englishLoaders) {
    if (texts.en) continue;
    let loading = englishLoading.get(texts);
    if (!loading) {
      loading = load().then(
        (en) => {
          texts.en = en;
          merged.clear();
        },
        (error) => console.warn('Layanan: could not load the English texts, showing Bahasa Indonesia.', error),
      ).finally(() => englishLoading.delete(texts));
      englishLoading.set(texts, loading);
    }
    loads.push(loading);
  }
  return loads.length ? Promise.all(loads) : undefined;
}

// Only plain objects nest; a text, a function or a list (the weekdays) is replaced whole.
const isTexts = (value: unknown): value is Texts => (value as object | undefined)?.constructor === Object;

/** `base` with `override`'s texts on top; objects merge, everything else (strings, functions, lists) replaces. */
function merge(base: Texts, override: Texts): Texts {
  const out: Texts = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = isTexts(value) && isTexts(base[key]) ? merge(base[key], value) : value;
  return out;
}

/**
 * The texts of one catalog in a language: the catalog's built-in language, then every registered
 * override along the language's fallbacks. Widgets call this with their own catalog, so a bundle
 * carries only its own texts. English not loaded yet (or not loadable) reads as Indonesian.
 */
export function translate<K extends keyof LayananTranslations>(key: K, source: Catalog<LayananTranslations[K]>, language: string): LayananTranslations[K] {
  let texts = merged.get(`${key} ${language}`);
  if (!texts) {
    const chain = chainOf(language);
    texts = ((chain[0] === 'en' && source.en) || source.id) as Texts;
    for (const code of chain) for (const own of registrations.get(code)?.texts ?? []) if (isTexts(own[key])) texts = merge(texts, own[key]);
    merged.set(`${key} ${language}`, texts);
  }
  return texts as LayananTranslations[K];
}
