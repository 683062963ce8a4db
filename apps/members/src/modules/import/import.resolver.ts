import { ConnectionArgs, ConnectionType, type RequestContext, translate } from '@frontline/subgraph-kit';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ColumnMapping, ImportField, ImportJob, ImportRowError } from './import.entity.js';
import type { ImportService } from './import.service.js';

export const MemberImportJobConnection = ConnectionType(ImportJob, 'MemberImportJob');
export const MemberImportRowErrorConnection = ConnectionType(ImportRowError, 'MemberImportRowError');

@InputType()
export class MemberImportMappingInput {
  @Field(() => String, { description: 'A header as listed in `memberImportUpload.headers`' })
  column!: string;

  @Field(() => ImportField, { nullable: true, description: 'Null: ignore the column' })
  field?: ImportField | null;
}

@InputType()
export class StartMemberImportInput {
  @Field(() => ID, { description: 'From `POST /upload/members?filename=...` (gateway)' })
  uploadId!: string;

  @Field(() => Boolean, { defaultValue: true, description: 'Check every row and write no member' })
  dryRun!: boolean;

  @Field(() => [MemberImportMappingInput], {
    nullable: true,
    description: 'Overrides of the default mapping, per column; other columns keep their default',
  })
  mapping?: MemberImportMappingInput[] | null;
}

@ObjectType({ description: 'An uploaded roster: the headers found and the mapping an import would use' })
export class MemberImportUpload {
  @Field(() => ID)
  uploadId!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => Int, { description: 'Bytes' })
  size!: number;

  @Field(() => Int, { description: 'Row number of the header row (title rows above are skipped)' })
  headerRow!: number;

  @Field(() => [String])
  headers!: string[];

  @Field(() => [ColumnMapping])
  suggestedMapping!: ColumnMapping[];

  @Field(() => [String], { description: 'What the suggested mapping still lacks, in the caller’s language' })
  missing!: string[];
}

@Resolver(() => ImportJob)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Query(() => MemberImportUpload, {
    description: 'Headers and the suggested mapping of an upload of the caller’s union',
  })
  async memberImportUpload(
    @Arg('uploadId', () => ID) uploadId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<MemberImportUpload> {
    const s = await this.imports.suggest(ctx, uploadId);
    return { ...s, missing: s.missing.map((key) => translate(ctx.locale, key)) };
  }

  @Mutation(() => ImportJob, {
    description:
      'Imports an uploaded roster in the background (a dry run by default); poll `memberImportJob` for progress',
  })
  startMemberImport(
    @Arg('input', () => StartMemberImportInput) input: StartMemberImportInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.imports.start(ctx, input);
  }

  @Query(() => ImportJob)
  memberImportJob(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.imports.job(ctx, id);
  }

  @Query(() => MemberImportJobConnection, { description: 'Imports in scope, newest first' })
  memberImportJobs(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: RequestContext) {
    return this.imports.jobs(ctx, args);
  }

  @FieldResolver(() => MemberImportRowErrorConnection, { description: 'Row errors in row order' })
  errors(
    @Root() job: ImportJob,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.imports.errors(ctx, job, args);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'All row errors as CSV (UTF-8 with BOM, opens in Excel); null when there are none',
  })
  async errorReportCsv(@Root() job: ImportJob, @Ctx() ctx: RequestContext) {
    if (!job.errorCount) return null;
    return this.imports.errorReportCsv(ctx, job);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'processed / total, 0..1; null until counted' })
  progress(@Root() job: ImportJob): number | null {
    if (job.total === null || job.total === undefined) return null;
    return job.total === 0 ? 1 : Math.min(1, job.processed / job.total);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why the job failed, in the caller’s language',
  })
  failureMessage(@Root() job: ImportJob, @Ctx() ctx: RequestContext): string | null {
    return job.failureKey ? translate(ctx.locale, job.failureKey) : null;
  }
}

@Resolver(() => ImportRowError)
export class ImportRowErrorResolver {
  @FieldResolver(() => String, { description: 'The problem in the caller’s language' })
  message(@Root() error: ImportRowError, @Ctx() ctx: RequestContext): string {
    return translate(ctx.locale, error.messageKey, error.params ?? {});
  }
}
