export { verifyLicence, type LicenceVerification, type VerifyLicenceOptions } from './verify-licence';
export { signLicence } from './sign-licence';
export { licencePayloadSchema, type LicencePayload } from './licence-payload';
export { licensedAgreement } from './licence-agreement';
export { SANDBOX_AGREEMENT_NUMBER } from './sandbox-agreement';
export { VENDOR_PUBLIC_KEY_PEM } from './vendor-public-key';
