export { configure, type LayananConfig } from './internal/config.js';
export { LayananAgencyInfo } from './agency-info/agency-info.js';
export { LayananNikInput } from './nik-input/nik-input.js';
export { LayananNpwpInput } from './npwp-input/npwp-input.js';
export { LayananNopInput } from './nop-input/nop-input.js';
export { LayananPhoneInput } from './phone-input/phone-input.js';
export { LayananErrorEvent, type LayananErrorDetail } from './events/layanan-error.js';
export { LayananAgencyLoadedEvent } from './events/layanan-agency-loaded.js';
export type { Translation } from './translations/translation.js';
