export { createSupportBundle, SUPPORT_LOG_ENTRIES, SUPPORT_OPERATIONS, type SupportBundleInput } from './bundle';
export { redactEncodedSecrets } from './encoded-secrets';
