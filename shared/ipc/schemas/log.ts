import { z } from 'zod';
import { idString, isoDateTime, pagingRequest, severitySchema } from './common';

export const logListRequest = z.object({
  severity: severitySchema.optional(),
  code: z.string().max(40).optional(),
  orderId: idString.optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
  search: z.string().max(200).optional(),
  includeResolved: z.boolean().default(true),
  ...pagingRequest,
});
export type LogListRequest = z.input<typeof logListRequest>;

export const logRowSchema = z.object({
  id: idString,
  at: isoDateTime,
  severity: severitySchema,
  code: z.string(),
  /** One line in the owner's language. */
  title: z.string(),
  orderId: idString.nullable(),
  orderNumber: z.string().nullable(),
  resolved: z.boolean(),
});
export type LogRow = z.infer<typeof logRowSchema>;

export const logListResponse = z.object({
  total: z.number().int().min(0),
  rows: z.array(logRowSchema),
  /** Every code present in the log, for the filter. */
  codes: z.array(z.string()),
});

export const logDetailSchema = logRowSchema.extend({
  /** What happened, in plain words. */
  message: z.string(),
  /** How to fix it, step by step, in plain words. */
  fix: z.array(z.string()),
  /** Places in the app the fix sends the owner to (shared/i18n/places.ts ids); the UI offers a button for each. */
  places: z.array(z.string()),
  /** Whether a retry of the order can help. */
  retryable: z.boolean(),
  /** Technical details for support (never secrets). */
  technical: z.string(),
  context: z.record(z.string(), z.unknown()),
});
export type LogDetail = z.infer<typeof logDetailSchema>;

export const logIdRequest = z.object({ id: idString });
export const logResolveResponse = z.object({ id: idString, resolved: z.literal(true) });
