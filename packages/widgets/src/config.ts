/**
 * Page-wide settings without any element: `import { configure, registerTranslation } from
 * '@layanan/widgets/config'` defines no custom element, so a page pays only for the widgets it imports.
 */
export { configure, type LayananConfig } from './internal/config.js';
export { registerTranslation, type RegisterTranslationOptions, type WidgetLocale } from './internal/locale.js';
export type { DeepPartial, LayananTranslations, TranslationOverrides } from './translations/catalogs.js';
export type { Translation } from './translations/translation.js';
