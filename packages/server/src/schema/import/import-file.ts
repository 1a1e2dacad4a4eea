import { builder } from '../../builder.ts';
import type { ImportReport } from '../../import/run.ts';
import { runImport } from '../../import/run.ts';

// A file imported through GraphQL (the GraphQL multipart request spec, which yoga reads):
// the same import as `POST /import` and `npm run import` (import/run.ts), its report as a
// type. A file's problems are in the report, not errors: the report is the answer.

const ImportKindEnum = builder.enumType('ImportKind', {
  description: 'The kind of records a file holds.',
  values: {
    SOURCES: { description: 'Sources with their full texts, which the facts of the same file may quote.' },
    RESULTS: { description: 'Results: figures reported for an indicator and period.' },
    TARGETS: { description: 'Targets: what a plan sets for an indicator and period.' },
    SOLUTIONS: { description: 'Solutions and directives of a plan, each quoted.' },
    AGENCIES: { description: 'Agencies of an area, under their parents.' },
  },
});

const NumberLocaleEnum = builder.enumType('NumberLocale', {
  description: 'How a file writes its numbers.',
  values: { VI: { description: 'Vietnamese: 2,5 is two and a half; 8.500 is eight thousand five hundred.' }, EN: { description: 'English: 2.5 and 8,500.' } },
});

const ImportActionEnum = builder.enumType('ImportAction', {
  description: 'What an import does (or, in a dry run, would do) with a row.',
  values: {
    CREATE: { description: 'A new record.' },
    UPDATE: { description: 'A recorded one (matched by its natural key) with values that differ, or retired and brought back.' },
    UNCHANGED: { description: 'A recorded one the row matches exactly.' },
    ERROR: { description: 'A row with a problem (see `problems`): nothing of the file is written.' },
  },
});

type Row = ImportReport['rows'][number];
type Problem = ImportReport['problems'][number];

const ImportRowRef = builder.objectRef<Row>('ImportRow').implement({
  description: 'One row of the file, and what the import does with it.',
  fields: (t) => ({
    sheet: t.exposeString('sheet', { description: 'The sheet (a CSV’s is `CSV`; a JSON file’s, its key).' }),
    row: t.exposeInt('row', { description: 'The row, as the file’s viewer numbers it (1 is the header).' }),
    kind: t.field({ type: ImportKindEnum, description: 'The kind of record.', resolve: (r) => r.kind.toUpperCase() as 'SOURCES' | 'RESULTS' | 'TARGETS' | 'SOLUTIONS' | 'AGENCIES' }),
    action: t.field({ type: ImportActionEnum, description: 'What is done with it.', resolve: (r) => r.action }),
    id: t.id({ nullable: true, description: 'The record’s global ID, when matched or written.', resolve: (r) => r.id }),
  }),
});

const ImportProblemRef = builder.objectRef<Problem>('ImportProblem').implement({
  description: 'A problem of the file, where it is and what to fix.',
  fields: (t) => ({
    sheet: t.exposeString('sheet', { nullable: true, description: 'The sheet; null for the file as a whole.' }),
    row: t.exposeInt('row', { nullable: true, description: 'The row (1 is the header); null for a sheet or the file as a whole.' }),
    column: t.exposeString('column', { nullable: true, description: 'The column’s letter and header, as the file’s viewer shows them: `D "Giá trị"`.' }),
    value: t.exposeString('value', { nullable: true, description: 'The value found there.' }),
    code: t.exposeString('code', { description: 'A stable code: UNKNOWN_COLUMN, MISSING_VALUE, INVALID_VALUE, AMBIGUOUS_NUMBER, DUPLICATE, FORBIDDEN, UNREADABLE_FILE, or a write’s (REFERENCE_NOT_FOUND, QUOTE_NOT_IN_SOURCE, INVALID_INPUT…).' }),
    message: t.exposeString('message', { description: 'What is wrong, and what to do.' }),
  }),
});

const ImportCountsRef = builder.objectRef<ImportReport['counts']>('ImportCounts').implement({
  description: 'How many rows each action takes.',
  fields: (t) => ({
    create: t.int({ description: 'Rows creating a record.', resolve: (c) => c.CREATE }),
    update: t.int({ description: 'Rows updating one.', resolve: (c) => c.UPDATE }),
    unchanged: t.int({ description: 'Rows a record matches already.', resolve: (c) => c.UNCHANGED }),
    error: t.int({ description: 'Rows with a problem.', resolve: (c) => c.ERROR }),
  }),
});

const ImportReportRef = builder.objectRef<ImportReport>('ImportReport').implement({
  description: 'What an import did, or in a dry run would do: row by row, with every problem of the file. A file with any problem is not applied at all.',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'Whether it was a dry run (nothing written, whatever the file).' }),
    applied: t.exposeBoolean('applied', { description: 'Whether the data changed: a real run without problems that had something to change.' }),
    format: t.string({ nullable: true, description: 'How the file was read: `csv`, `xlsx` or `json`.', resolve: (r) => r.format }),
    locale: t.field({ type: NumberLocaleEnum, nullable: true, description: 'The number format used: declared, or detected from the file; null when it could not be told.', resolve: (r) => (r.locale ? (r.locale === 'vi' ? 'VI' : 'EN') : null) }),
    changeSet: t.string({ nullable: true, description: 'The import’s change set in the audit trail (`changes(filter: { changeSet })`), when applied.', resolve: (r) => r.changeSet }),
    counts: t.field({ type: ImportCountsRef, description: 'Rows by action.', resolve: (r) => r.counts }),
    rows: t.field({ type: [ImportRowRef], description: 'Every row of the file, in order.', resolve: (r) => r.rows }),
    problems: t.field({ type: [ImportProblemRef], description: 'Every problem found, not just the first.', resolve: (r) => r.problems }),
  }),
});

const ImportFileInput = builder.inputType('ImportFileInput', {
  description: 'A file to import: a CSV (UTF-8, `;` or `,`), an Excel workbook (.xlsx), or JSON in the seed’s record format.',
  fields: (t) => ({
    file: t.field({ type: 'File', required: true, description: 'The file, as a part of the multipart request.' }),
    kind: t.field({ type: ImportKindEnum, description: 'The kind of records, for a file whose sheets are not named for one (a CSV).' }),
    dryRun: t.boolean({ defaultValue: false, description: 'Check and report only: nothing is written.' }),
    reason: t.string({ description: 'Why; kept with every change of the import. Required unless a dry run.' }),
    locale: t.field({ type: NumberLocaleEnum, description: 'How the file writes numbers; detected from its cells when not given (a cell both readings fit is then refused).' }),
  }),
});

builder.mutationField('importFile', (t) =>
  t.field({
    type: ImportReportRef,
    description:
      'Imports a file of sources, agencies, results, targets and solutions: the whole file in one transaction or nothing; rows matched by their natural keys (the same file twice changes nothing); every row checked as the mutations check it, in the areas of the token. Larger files than a GraphQL request may carry go to `POST /import`.',
    args: { input: t.arg({ type: ImportFileInput, required: true, description: 'The file and how to import it.' }) },
    authScopes: { signedIn: true },
    resolve: async (_root, { input }, ctx) =>
      runImport({ db: { prisma: ctx.prisma, writer: ctx.database!.writer, config: ctx.database!.config, get direct() { return ctx.database!.direct; } }, principal: ctx.principal!, feed: ctx.feed, deadline: ctx.deadline }, new Uint8Array(await input.file.arrayBuffer()), {
        kind: input.kind?.toLowerCase() ?? null,
        dryRun: input.dryRun ?? false,
        reason: input.reason ?? '',
        locale: input.locale ? (input.locale === 'VI' ? 'vi' : 'en') : null,
        fileName: input.file.name,
        mediaType: input.file.type || null,
      }),
  }),
);
