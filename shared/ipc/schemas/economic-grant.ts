import { z } from 'zod';
import { problemSchema } from './common';

/**
 * Connecting e-conomic the way owners know it: LedgerBridge opens e-conomic's "add app"
 * page in the browser, the owner logs in and grants access, and e-conomic sends the
 * agreement grant token back to LedgerBridge on 127.0.0.1. The token never reaches the UI.
 */
export const economicGrantStatusSchema = z.object({
  /** `unavailable`: this installation has no e-conomic app to ask for (paste the tokens instead). */
  state: z.enum(['unavailable', 'idle', 'waiting', 'connected', 'failed']),
  /** e-conomic's page to open while waiting. */
  url: z.string().nullable(),
  companyName: z.string().nullable(),
  agreementNumber: z.number().int().nullable(),
  problem: problemSchema.nullable(),
});
export type EconomicGrantStatus = z.infer<typeof economicGrantStatusSchema>;
