// A writer's mistakes, returned in the mutation's payload as typed errors (the Pothos
// errors plugin), each with a stable code, the input field that is wrong and what to fix.
// Failures that are not the input's (no credentials, out of scope, an outage) stay
// GraphQL errors with codes (errors.ts).

export const USER_ERROR_CODES = {
  INVALID_INPUT: 'One or more fields break the data’s rules; `issues` lists each with its field.',
  REFERENCE_NOT_FOUND: 'A code or ID names nothing.',
  QUOTE_NOT_IN_SOURCE: 'The quote is not a passage of the source’s text; `closestMatch` is where the text comes nearest.',
  SOURCE_TEXT_MISSING: 'The source’s text is not on file, so no quote can be checked against it.',
  CONFLICT: 'The record changed since it was read: `currentVersion` is its version now.',
  DUPLICATE: 'A record with the same natural key exists: `existingId` names it; update it instead.',
  RECORD_RETIRED: 'The record is retired: it can be read, not changed.',
  RECORD_IN_USE: 'Another record depends on this one, so it cannot be retired first.',
} as const;
export type UserErrorCode = keyof typeof USER_ERROR_CODES;

export interface InputIssue {
  /** The input field, as a dotted path (`provenance.quote`, `valueMax`). */
  field: string;
  message: string;
  /** The data rule broken, when one is (its CHECK constraint's name). */
  rule?: string;
}

export abstract class UserError extends Error {
  abstract readonly code: UserErrorCode;
  constructor(
    message: string,
    /** The input field that is wrong, as a dotted path; null when the input as a whole is. */
    readonly field: string | null,
  ) {
    super(message);
  }
}

export class InvalidInputError extends UserError {
  readonly code = 'INVALID_INPUT' as const;
  constructor(readonly issues: readonly InputIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues.length === 1 ? issues[0]!.field : null);
  }
}

export class ReferenceNotFoundError extends UserError {
  readonly code = 'REFERENCE_NOT_FOUND' as const;
  constructor(
    field: string,
    readonly reference: string,
    hint: string,
  ) {
    super(`${field}: nothing has the code or ID "${reference}". ${hint}`, field);
  }
}

export interface ClosestMatch {
  start: number;
  end: number;
  text: string;
}

export class QuoteNotInSourceError extends UserError {
  readonly code = 'QUOTE_NOT_IN_SOURCE' as const;
  constructor(
    field: string,
    readonly source: string,
    readonly closestMatch: ClosestMatch | null,
  ) {
    super(
      closestMatch
        ? `${field}: the quote is not in the text of source "${source}". The text comes nearest at characters ${closestMatch.start}–${closestMatch.end}: "${closestMatch.text}". Copy the passage exactly (only white space and Unicode normalisation may differ).`
        : `${field}: the quote is not in the text of source "${source}", nor is any part of its beginning. Check the source, or register the document it comes from.`,
      field,
    );
  }
}

export class SourceTextMissingError extends UserError {
  readonly code = 'SOURCE_TEXT_MISSING' as const;
  constructor(
    field: string,
    readonly source: string,
  ) {
    super(`${field}: source "${source}" has no text on file, so the quote cannot be checked. Register the source with its full text.`, field);
  }
}

export class ConflictError extends UserError {
  readonly code = 'CONFLICT' as const;
  constructor(
    readonly currentVersion: number,
    readonly yourVersion: number,
  ) {
    super(`version: the record is at version ${currentVersion}, not ${yourVersion}: someone changed it since you read it. Read it again, and apply your change to what is there now.`, 'version');
  }
}

export class DuplicateRecordError extends UserError {
  readonly code = 'DUPLICATE' as const;
  constructor(
    readonly existingId: string,
    readonly existingVersion: number | null,
    what: string,
  ) {
    super(`${what} exists already (${existingId}). Update that record instead, naming its version.`, null);
  }
}

export class RecordRetiredError extends UserError {
  readonly code = 'RECORD_RETIRED' as const;
  constructor(id: string, field = 'id') {
    super(
      field === 'id'
        ? `id: ${id} is retired; it stays in history and cannot be changed. Create a new record instead.`
        : `${field}: "${id}" is retired; it stays in history, and new facts cannot name it. Name one in use.`,
      field,
    );
  }
}

export class RecordInUseError extends UserError {
  readonly code = 'RECORD_IN_USE' as const;
  constructor(message: string) {
    super(message, 'id');
  }
}

/**
 * A row of an import that only an admin may write (a catalogue definition, a person's
 * correction, a retired one brought back). Mutations refuse these before they run
 * (scope-auth); an import, which checks its rows itself, reports it as FORBIDDEN on the row.
 */
export class AdminOnlyError extends Error {
  readonly code = 'FORBIDDEN' as const;
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${message} Ask an admin, or leave the row as it is on file.`);
  }
}

/** What refuses one row of an import, reported on the row: a user error, or one only an admin may write. */
export const isRowRefusal = (error: unknown): error is UserError | AdminOnlyError => error instanceof UserError || error instanceof AdminOnlyError;

export const USER_ERROR_CLASSES = [
  InvalidInputError,
  ReferenceNotFoundError,
  QuoteNotInSourceError,
  SourceTextMissingError,
  ConflictError,
  DuplicateRecordError,
  RecordRetiredError,
  RecordInUseError,
] as const;
