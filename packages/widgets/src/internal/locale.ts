import { en } from '../translations/en.js';
import { id } from '../translations/id.js';
import type { Translation } from '../translations/translation.js';

export type WidgetLocale = 'id' | 'en';

const translations: Record<WidgetLocale, Translation> = { id, en };

/** `en`, `en-US`, `EN-gb` → `en`; everything else, and nothing, → `id` (the default). */
export function widgetLocale(lang: string | null | undefined): WidgetLocale {
  return lang?.trim().toLowerCase().split('-')[0] === 'en' ? 'en' : 'id';
}

/**
 * The language of an element: its own non-empty `lang`, else the nearest ancestor's (across shadow
 * roots, for widgets nested in other components), else the page's.
 */
export function localeOf(element: Element): WidgetLocale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return widgetLocale(lang);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return widgetLocale(document.documentElement.lang);
}

export function translationFor(locale: WidgetLocale): Translation {
  return translations[locale];
}
