import { helpLevels } from './help-levels';
import { referralTargets } from './referrals';
import { z } from './zod';

export const idSchema = z.uuid();

/** The largest PostgreSQL `int4`: a number column never has to refuse a larger one with a 500. */
export const INT4_MAX = 2_147_483_647;

/**
 * A whole, positive number in a path (a version, a revision number). It arrives as text; the web
 * client passes a number.
 */
export const positiveIntParamSchema = z.coerce.number<number>().int().min(1).max(INT4_MAX);

/** A whole number at least 1 that a PostgreSQL `integer` column holds: versions, revision numbers. */
export const positiveInt4Schema = z.number().int().min(1).max(INT4_MAX);

/** A lone UTF-16 surrogate: half a character, which no UTF-8 text (nor `jsonb`) can hold. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** U+0000 (PostgreSQL text cannot hold it) or a lone surrogate (`jsonb` refuses it, `text` would garble it). */
export function hasUnstorableCharacters(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

/**
 * Text as a request brings it: any string that is not a key, an id or an enum starts here, so
 * nothing PostgreSQL cannot store gets past validation.
 */
export const textSchema = () =>
  z.string().refine((text) => !hasUnstorableCharacters(text), {
    message: 'Teksten indeholder tegn, der ikke kan gemmes',
    abort: true,
  });

/** A calendar day `ÅÅÅÅ-MM-DD` that exists (no 30 February) and that PostgreSQL's `date` holds (no year 0). */
export const calendarDateSchema = (message = 'Brug datoformatet ÅÅÅÅ-MM-DD') =>
  z.iso.date(message).refine((day) => day >= '0001-01-01', { message, abort: true });

/** `/…/:id` where the id is a UUID. */
export const idParamsSchema = z.object({ id: idSchema });

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const pageInfoSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  /** The total is a cap, not a count: more than `total` match (a search counts no further). */
  capped: z.literal(true).optional(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

/** List responses are always `{ data, page }`. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: pageInfoSchema });
}

export const okResponseSchema = z.object({ ok: z.literal(true) });

/** A staff member as other records name them: who wrote, changed or logged something. */
export const staffRefSchema = z.object({ id: z.uuid(), displayName: z.string() });

/** One level of the help ladder (`help-levels.ts`). */
export const helpLevelSchema = z.union(
  helpLevels.map((level) => z.literal(level)) as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
  ],
);

/** Where a referral sends the citizen (`referrals.ts`). */
export const referralTargetSchema = z.enum(referralTargets);
