import { defineTenantOwnedEntity } from '@frontline/subgraph-kit';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ImportStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, { name: 'MemberImportStatus' });

/** The member fields a roster column can fill. */
export enum ImportField {
  NAME = 'NAME',
  GENDER = 'GENDER',
  NATIONAL_ID = 'NATIONAL_ID',
  PHONE = 'PHONE',
  EMPLOYEE_NO = 'EMPLOYEE_NO',
  TEAM = 'TEAM',
  JOINED_ON = 'JOINED_ON',
  BIRTH_DATE = 'BIRTH_DATE',
  JOB_TITLE = 'JOB_TITLE',
  JOB_TYPE = 'JOB_TYPE',
  SHIFT_PATTERN = 'SHIFT_PATTERN',
  MIGRANT_WORKER = 'MIGRANT_WORKER',
  MODEL_WORKER = 'MODEL_WORKER',
  HARDSHIP_STATUS = 'HARDSHIP_STATUS',
  TAGS = 'TAGS',
}
registerEnumType(ImportField, {
  name: 'MemberImportField',
  description: 'A member field a roster column can fill; TEAM takes a team name or a path like 一车间/甲班',
});

/** One column of the file and the field it fills (null: the column is ignored). */
@ObjectType('MemberImportMapping')
export class ColumnMapping {
  @Field(() => String, { description: 'The header text as found in the file' })
  column!: string;

  @Field(() => ImportField, { nullable: true, description: 'Null: the column is ignored' })
  field!: ImportField | null;
}

/**
 * One import of a roster file (a dry run or the real thing), run in the background by the members
 * service; its counters move as batches commit, so the admin can poll it for progress.
 */
@ObjectType('MemberImportJob', { description: 'An import of a member roster (CSV or XLSX) and its progress' })
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  tenantPath!: string;

  @Field(() => ID)
  uploadId!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Boolean, { description: 'A dry run checks every row and writes no member' })
  dryRun!: boolean;

  @Field(() => ImportStatus)
  status!: ImportStatus;

  @Field(() => [ColumnMapping], { description: 'The mapping the job ran with' })
  mapping!: ColumnMapping[];

  @Field(() => Int, { nullable: true, description: 'Data rows in the file; known once the file is counted' })
  total!: number | null;

  @Field(() => Int)
  processed!: number;

  @Field(() => Int, { description: 'Members created (or, in a dry run, that would be)' })
  created!: number;

  @Field(() => Int, { description: 'Members updated (or, in a dry run, that would be)' })
  updated!: number;

  @Field(() => Int, { description: 'Rows that matched a member with nothing to change' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows with at least one error (nothing of them is written)' })
  failed!: number;

  @Field(() => Int, { description: 'Row errors stored (at most a fixed number per job)' })
  errorCount!: number;

  @Field(() => String, {
    nullable: true,
    description: 'i18n key of a job-level failure (see failureMessage)',
  })
  failureKey!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  finishedAt!: Date | null;

  /** Last sign of life of the process running the job; a stale one means it died. */
  heartbeatAt!: Date | null;

  @Field(() => String)
  createdByName!: string;

  createdById!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

export const ImportJobSchema = defineTenantOwnedEntity<ImportJob>({
  class: ImportJob,
  tableName: 'import_job',
  properties: {
    id: { type: 'uuid', primary: true },
    uploadId: { type: 'uuid' },
    fileName: { type: 'text' },
    dryRun: { type: 'boolean' },
    status: { type: 'text', enum: true, items: Object.values(ImportStatus), default: 'PENDING' },
    mapping: { type: 'json' },
    total: { type: 'integer', nullable: true },
    processed: { type: 'integer', default: 0 },
    created: { type: 'integer', default: 0 },
    updated: { type: 'integer', default: 0 },
    unchanged: { type: 'integer', default: 0 },
    failed: { type: 'integer', default: 0 },
    errorCount: { type: 'integer', default: 0 },
    failureKey: { type: 'text', nullable: true },
    startedAt: { type: 'datetime', nullable: true },
    finishedAt: { type: 'datetime', nullable: true },
    heartbeatAt: { type: 'datetime', nullable: true },
    createdById: { type: 'uuid' },
    createdByName: { type: 'text' },
    createdAt: { type: 'datetime', defaultRaw: 'now()' },
  } as never,
  tenantIndexes: [{ properties: ['createdAt', 'id'] }, { properties: ['status'] }],
  uniques: [
    // One real import at a time per union: two would race for the same members.
    {
      name: 'import_job_one_running_per_tenant',
      expression:
        'create unique index "import_job_one_running_per_tenant" on "members"."import_job" ("tenant_id") where "status" in (\'PENDING\', \'RUNNING\') and not "dry_run"',
    },
  ],
});

/** One problem with one row (and usually one field) of an import; values of personal data are masked. */
@ObjectType('MemberImportRowError', { description: 'A problem with one row of an import file' })
export class ImportRowError {
  @Field(() => ID)
  id!: string;

  tenantId!: string;

  tenantPath!: string;

  jobId!: string;

  @Field(() => Int, { description: 'The row number as a spreadsheet shows it' })
  rowNumber!: number;

  @Field(() => String, { nullable: true, description: 'Header of the column at fault' })
  column!: string | null;

  @Field(() => ImportField, { nullable: true })
  field!: ImportField | null;

  @Field(() => String, { nullable: true, description: 'The value found; ID numbers and phones masked' })
  value!: string | null;

  @Field(() => String)
  messageKey!: string;

  params!: Record<string, unknown> | null;
}

export const ImportRowErrorSchema = defineTenantOwnedEntity<ImportRowError>({
  class: ImportRowError,
  tableName: 'import_row_error',
  properties: {
    id: { type: 'uuid', primary: true },
    jobId: { type: 'uuid' },
    rowNumber: { type: 'integer' },
    column: { type: 'text', nullable: true },
    field: { type: 'text', enum: true, items: Object.values(ImportField), nullable: true },
    value: { type: 'text', nullable: true },
    messageKey: { type: 'text' },
    params: { type: 'json', nullable: true },
  } as never,
  tenantIndexes: [{ properties: ['jobId', 'rowNumber', 'id'] }],
});
