import { InvalidInputError } from './user-errors.ts';

// Checks every write shares, beyond the record's own schema.

export const MAX_QUOTE_LENGTH = 5_000;
export const MAX_REASON_LENGTH = 2_000;

/** A reason given for an update or retirement: required, trimmed, bounded. */
export function requiredReason(reason: string | null | undefined): string {
  const r = reason?.trim() ?? '';
  if (!r) throw new InvalidInputError([{ field: 'reason', message: 'Say why the record changes: a reason is kept with every update and retirement in the audit trail.' }]);
  if (r.length > MAX_REASON_LENGTH) throw new InvalidInputError([{ field: 'reason', message: `The reason is ${r.length} characters long; keep it to ${MAX_REASON_LENGTH}.` }]);
  return r;
}

export function optionalReason(reason: string | null | undefined): string | null {
  return reason == null || reason.trim() === '' ? null : requiredReason(reason);
}

/** A quote a writer sends: bounded, since it is matched against the whole source text. */
export function checkQuoteLength(quote: string, field: string): void {
  if (quote.trim().length === 0) throw new InvalidInputError([{ field, message: 'Give the exact passage of the source the fact comes from.' }]);
  if (quote.length > MAX_QUOTE_LENGTH) throw new InvalidInputError([{ field, message: `The quote is ${quote.length} characters long; quote at most ${MAX_QUOTE_LENGTH}, the sentence that states the fact.` }]);
}

/** A date as the seed's records write it (YYYY-MM-DD), for the shared record schemas. */
export const isoDay = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, 10) : null);
export const dayOf = (s: string | null): Date | null => (s ? new Date(`${s}T00:00:00.000Z`) : null);

/** A value from a correction's patch when given (null clears it), else the record's. */
export const pick = <P extends object, T>(patch: P, field: keyof P & string, current: T): T => (patch[field] === undefined ? current : (patch[field] as T));
