export { configure, type LayananConfig } from './internal/config.js';
export { LayananAgencyInfo } from './agency-info/agency-info.js';
export { LayananErrorEvent, type LayananErrorDetail } from './events/layanan-error.js';
export { LayananAgencyLoadedEvent } from './events/layanan-agency-loaded.js';
export type { Translation } from './translations/translation.js';
