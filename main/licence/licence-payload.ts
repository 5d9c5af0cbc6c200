import { z } from 'zod';
import { planSchema } from '../../shared/profile/schema';

const isoDateTime = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time');

/** What a licence grants. Signed by the vendor; editing any byte breaks the signature. */
export const licencePayloadSchema = z.object({
  v: z.literal(1),
  licensee: z.string().min(1),
  plan: planSchema,
  issuedAt: isoDateTime,
  expiresAt: isoDateTime.optional(),
  /** Only valid against the local sandbox / demo agreements, never a real bookkeeping. */
  sandboxOnly: z.boolean().optional(),
  /** The e-conomic agreement (GET /self) the licence is valid for; without one only a sandbox-only licence is valid anywhere (licence-agreement.ts). */
  agreementNumber: z.number().int().positive().optional(),
});
export type LicencePayload = z.infer<typeof licencePayloadSchema>;
