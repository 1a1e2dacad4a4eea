import { builder } from '../../builder.ts';
import { createSource } from '../../writes/sources.ts';
import { updateSource } from '../../writes/corrections.ts';
import { SourceKindEnum } from './enums.ts';
import { SourceRef } from './source.ts';
import { WRITE_ERRORS } from './user-errors.ts';
import { changeSetOf, patchOf, recordIdOf, versionedRecordFields, writeType } from './write-inputs.ts';

// Registering a source, with its full text: any signed-in writer may (a source belongs to
// no area); the facts quoted from it are scoped as their own areas are.

const SourceWrite = writeType('SourceWrite', 'A source as registered, and the change that recorded it.', 'source', SourceRef, 'The source.');

const CreateSourceInput = builder.inputType('CreateSourceInput', {
  description: 'A document facts will be quoted from, with its full text.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'A stable code: lower-case letters and digits joined by hyphens, e.g. `nq-15-2023-hdnd-bac-kan`.' }),
    kind: t.field({ type: SourceKindEnum, required: true, description: 'What kind of document it is (not SYNTHETIC: that marks generated test data).' }),
    title: t.string({ required: true, description: 'Its title.' }),
    publisherName: t.string({ required: true, description: 'Who published it, as the document names them.' }),
    publisher: t.string({ description: 'The publishing agency’s code, when PlanHub holds it.' }),
    documentNumber: t.string({ description: 'Its number (số hiệu), e.g. "15/NQ-HĐND".' }),
    publishedOn: t.string({ required: true, description: 'When it was published, to the precision known: `2023`, `2023-12` or `2023-12-13`.' }),
    url: t.string({ description: 'Where it can be read.' }),
    language: t.string({ required: true, description: 'Its language, e.g. `vi`.' }),
    text: t.string({ required: true, description: 'Its full text (stored in Unicode NFC); every quote of it is checked against this.' }),
    reason: t.string({ description: 'Why, when worth saying; kept in the audit trail.' }),
  }),
});

builder.mutationField('createSource', (t) =>
  t.field({
    type: SourceWrite,
    description: 'Registers a source with its text. DUPLICATE when the code is taken.',
    args: { input: t.arg({ type: CreateSourceInput, required: true, description: 'The source.' }) },
    errors: WRITE_ERRORS,
    authScopes: { signedIn: true },
    resolve: (_root, { input }, ctx) =>
      createSource(
        ctx,
        changeSetOf(ctx),
        {
          code: input.code,
          kind: input.kind,
          title: input.title,
          publisherName: input.publisherName,
          publisher: input.publisher ?? null,
          documentNumber: input.documentNumber ?? null,
          publishedOn: input.publishedOn,
          url: input.url ?? null,
          language: input.language,
          text: input.text,
        },
        input.reason ?? null,
      ),
  }),
);

builder.prismaObjectField('Source', 'version', (t) => t.exposeInt('version', { description: 'The source’s version: name it in a correction; a stale one is refused with CONFLICT.' }));

const UpdateSourceInput = builder.inputType('UpdateSourceInput', {
  description: 'A correction of how a source is described (admins). Its text cannot change: every quote’s offsets index it; register a corrected document as a source of its own.',
  fields: (t) => ({
    ...versionedRecordFields(t, 'source'),
    kind: t.field({ type: SourceKindEnum, description: 'What kind of document it is.' }),
    title: t.string({ description: 'Its title.' }),
    publisherName: t.string({ description: 'Who published it, as the document names them.' }),
    publisher: t.string({ description: 'The publishing agency’s code (null clears it).' }),
    documentNumber: t.string({ description: 'Its number (null clears it).' }),
    publishedOn: t.string({ description: 'When it was published: `2023`, `2023-12` or `2023-12-13`.' }),
    url: t.string({ description: 'Where it can be read (null clears it).' }),
    language: t.string({ description: 'Its language.' }),
  }),
});

builder.mutationField('updateSource', (t) =>
  t.field({
    type: SourceWrite,
    description: 'Corrects how a source is described (admins only: a source is every area’s).',
    args: { input: t.arg({ type: UpdateSourceInput, required: true, description: 'The correction.' }) },
    errors: WRITE_ERRORS,
    authScopes: { admin: true },
    resolve: (_root, { input }, ctx) =>
      updateSource(ctx, changeSetOf(ctx), recordIdOf(input.id, 'Source'), input.version, patchOf(input, ['kind', 'title', 'publisherName', 'publisher', 'documentNumber', 'publishedOn', 'url', 'language']), input.reason),
  }),
);
