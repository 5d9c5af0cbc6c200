export { createSupportBundle, SUPPORT_LOG_ENTRIES, SUPPORT_OPERATIONS, type SupportBundleInput, type SupportShop } from './bundle';
export { redactEncodedSecrets } from './encoded-secrets';
export { collectCrashReports, crashDumpsDir, CRASH_DUMPS_MAX_BYTES, CRASH_DUMPS_MAX_FILES, type CrashReport } from './crash-dumps';
