import { builder } from '../../builder.ts';
import {
  ConflictError,
  DuplicateRecordError,
  type InputIssue,
  InvalidInputError,
  QuoteNotInSourceError,
  RecordInUseError,
  RecordRetiredError,
  ReferenceNotFoundError,
  SourceTextMissingError,
  USER_ERROR_CLASSES,
  USER_ERROR_CODES,
  UserError,
  type UserErrorCode,
} from '../../writes/user-errors.ts';

// The typed errors of mutation payloads (writes/user-errors.ts): one interface, so a
// client can ask `... on UserError { code field message }` of any payload, and one type
// per kind with what it needs to say.

export const UserErrorCodeEnum = builder.enumType('UserErrorCode', {
  description: 'What is wrong with a write’s input. Stable: clients may switch on it.',
  values: Object.fromEntries(Object.entries(USER_ERROR_CODES).map(([code, description]) => [code, { value: code as UserErrorCode, description }])),
});

export const UserErrorInterface = builder.interfaceRef<UserError>('UserError').implement({
  description: 'A mistake in a write’s input: nothing was written. `field` is the input field to fix, `message` says how.',
  fields: (t) => ({
    code: t.field({ type: UserErrorCodeEnum, description: 'What kind of mistake.', resolve: (e) => e.code }),
    message: t.exposeString('message', { description: 'What is wrong and what to do about it.' }),
    field: t.exposeString('field', { nullable: true, description: 'The input field that is wrong, as a dotted path (`provenance.quote`); null when the input as a whole is.' }),
  }),
});

const InputIssueRef = builder.objectRef<InputIssue>('InputIssue').implement({
  description: 'One field of the input that breaks a rule.',
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field, as a dotted path.' }),
    message: t.exposeString('message', { description: 'What is wrong and what to do about it.' }),
    rule: t.string({ nullable: true, description: 'The data rule broken, when one is: its name, which is also its CHECK constraint’s.', resolve: (i) => i.rule ?? null }),
  }),
});

const common = { interfaces: [UserErrorInterface] };

builder.objectType(InvalidInputError, {
  ...common,
  name: 'InvalidInputError',
  description: 'One or more fields break the data’s rules (the same rules the seed and imports apply).',
  fields: (t) => ({ issues: t.field({ type: [InputIssueRef], description: 'Every problem found, each with its field.', resolve: (e) => [...e.issues] }) }),
});

builder.objectType(ReferenceNotFoundError, {
  ...common,
  name: 'ReferenceNotFoundError',
  description: 'A code or ID in the input names nothing.',
  fields: (t) => ({ reference: t.exposeString('reference', { description: 'The code or ID given.' }) }),
});

const QuoteMatchRef = builder.objectRef<{ start: number; end: number; text: string }>('QuoteMatch').implement({
  description: 'A stretch of a source’s text.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of its first character in the source text.' }),
    end: t.exposeInt('end', { description: 'Offset just after its last character.' }),
    text: t.exposeString('text', { description: 'The text there, verbatim.' }),
  }),
});

builder.objectType(QuoteNotInSourceError, {
  ...common,
  name: 'QuoteNotInSourceError',
  description: 'The quote is not a passage of the source’s text (white space and Unicode normalisation aside).',
  fields: (t) => ({
    sourceCode: t.exposeString('source', { description: 'The code of the source searched.' }),
    closestMatch: t.field({ type: QuoteMatchRef, nullable: true, description: 'Where the text comes nearest to the quote; null when not even its beginning is there.', resolve: (e) => e.closestMatch }),
  }),
});

builder.objectType(SourceTextMissingError, {
  ...common,
  name: 'SourceTextMissingError',
  description: 'The source has no text on file, so no quote can be checked against it.',
  fields: (t) => ({ sourceCode: t.exposeString('source', { description: 'The code of the source.' }) }),
});

builder.objectType(ConflictError, {
  ...common,
  name: 'ConflictError',
  description: 'The record changed since it was read (optimistic concurrency): read it again and reapply the change.',
  fields: (t) => ({
    currentVersion: t.exposeInt('currentVersion', { description: 'The record’s version now.' }),
    yourVersion: t.exposeInt('yourVersion', { description: 'The version the write named.' }),
  }),
});

builder.objectType(DuplicateRecordError, {
  ...common,
  name: 'DuplicateRecordError',
  description: 'A record with the same natural key exists: update it instead.',
  fields: (t) => ({
    existingId: t.exposeID('existingId', { description: 'The global ID of the record that exists.' }),
    existingVersion: t.exposeInt('existingVersion', { nullable: true, description: 'Its version, to name in an update.' }),
  }),
});

builder.objectType(RecordRetiredError, { ...common, name: 'RecordRetiredError', description: 'The record is retired: it can be read, not changed.', fields: () => ({}) });
builder.objectType(RecordInUseError, { ...common, name: 'RecordInUseError', description: 'Another record depends on this one.', fields: () => ({}) });

/** The `errors` option of every mutation: each user error a write can return, in its payload. */
export const WRITE_ERRORS = { types: [...USER_ERROR_CLASSES], directResult: true as const };
