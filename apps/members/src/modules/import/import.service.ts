import { randomUUID } from 'node:crypto';
import {
  AppError,
  audit,
  badInput,
  type Caller,
  type Connection,
  conflict,
  type Database,
  type EntityManager,
  type Locale,
  type Logger,
  notFound,
  paginate,
  parseInput,
  type RequestContext,
  requireRole,
  translate,
} from '@frontline/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import type { MembersDeps } from '../../deps.js';
import { actingUnion, MEMBER_WRITERS } from '../member/union-scope.js';
import { defaultMapping, resolveMapping } from './columns.js';
import { type ColumnMapping, ImportField, ImportJob, ImportRowError, ImportStatus } from './import.entity.js';
import { type JobRunOptions, runImportJob } from './import.runner.js';
import { openTable } from './table-reader.js';
import { type UploadMeta, UploadStore } from './uploads.js';

/** A job whose process has shown no sign of life for this long died with it. */
export const STALE_AFTER_MS = 2 * 60_000;
const HEARTBEAT_MS = 30_000;

export const startImportSchema = z.object({
  uploadId: z.uuid(),
  dryRun: z.boolean().default(true),
  mapping: z
    .array(
      z.object({
        column: z.string().trim().min(1).max(200),
        field: z.enum(ImportField).nullable().optional(),
      }),
    )
    .max(500)
    .nullable()
    .optional(),
});
export type StartImportInput = z.input<typeof startImportSchema>;

export interface ImportServiceOptions {
  /** Where uploads are kept (`DATA_DIR/uploads`). */
  uploadDir: string;
  maxUploadBytes?: number;
  /** Jobs run at once in this process; more wait as PENDING. */
  maxConcurrent?: number;
  /** Uploads older than this are deleted (at start and every 6 hours); default 7 days. */
  uploadRetentionMs?: number;
  run?: Omit<JobRunOptions, 'signal' | 'onProgress'>;
}

/** What the admin's wizard shows before running: the headers found and the default mapping. */
export interface UploadSuggestion {
  uploadId: string;
  fileName: string;
  size: number;
  headerRow: number;
  headers: string[];
  suggestedMapping: ColumnMapping[];
  /** What the default mapping still lacks (i18n keys), e.g. no name column. */
  missing: string[];
}

interface HeldJob {
  jobId: string;
  caller: Caller;
  abort: AbortController;
  started: boolean;
}

/**
 * Roster imports: uploads, suggestions, starting jobs and running them in the background of
 * this process (a small queue), and reading jobs, their row errors and the error report.
 */
export class ImportService {
  readonly uploads: UploadStore;
  readonly #held = new Map<string, HeldJob>();
  readonly #queue: { held: HeldJob; run: () => Promise<unknown> }[] = [];
  readonly #running = new Set<Promise<unknown>>();
  readonly #maxConcurrent: number;
  readonly #heartbeat: NodeJS.Timeout;
  readonly #sweeper: NodeJS.Timeout;
  #closed = false;

  constructor(
    private readonly db: Database,
    private readonly deps: MembersDeps,
    private readonly log: Logger,
    private readonly options: ImportServiceOptions,
  ) {
    this.uploads = new UploadStore(options.uploadDir, options.maxUploadBytes);
    this.#maxConcurrent = options.maxConcurrent ?? 2;
    // Jobs held here (running or queued) show they are alive, so no reader takes them for dead.
    this.#heartbeat = setInterval(() => void this.#beat(), HEARTBEAT_MS);
    this.#heartbeat.unref();
    const retention = options.uploadRetentionMs ?? 7 * 86_400_000;
    const sweep = () =>
      void this.uploads
        .sweep(retention)
        .then((n) => n && this.log.info({ removed: n }, 'old roster uploads deleted'))
        .catch((err) => this.log.warn({ err }, 'sweeping old uploads failed'));
    sweep();
    this.#sweeper = setInterval(sweep, 6 * 3_600_000);
    this.#sweeper.unref();
  }

  async #beat() {
    for (const held of this.#held.values()) {
      await this.db
        .forScope(held.caller.scope)
        .transactional((tx) => tx.nativeUpdate(ImportJob, { id: held.jobId }, { heartbeatAt: new Date() }))
        .catch((err) => this.log.warn({ err, jobId: held.jobId }, 'import heartbeat failed'));
    }
  }

  async #uploadOf(caller: Caller, uploadId: string, field: string): Promise<UploadMeta> {
    parseInput(z.uuid(), uploadId, field);
    // Only the caller's own union's directory is looked in: another union's upload is not found.
    const meta = await this.uploads.get(caller.scope.id, uploadId);
    if (!meta) throw notFound('entity.memberImportUpload');
    return meta;
  }

  async #columns(meta: UploadMeta, field: string) {
    try {
      const table = await openTable(this.uploads.filePath(meta), meta.kind);
      await table.close();
      return table;
    } catch (err) {
      if (err instanceof AppError) throw badInput([{ field, key: err.messageKey }]);
      throw err;
    }
  }

  /** The headers of an upload and the mapping an import would use by default. */
  async suggest(ctx: RequestContext, uploadId: string): Promise<UploadSuggestion> {
    const caller = requireRole(ctx, MEMBER_WRITERS);
    const meta = await this.#uploadOf(caller, uploadId, 'uploadId');
    const table = await this.#columns(meta, 'uploadId');
    const { problems } = resolveMapping(table.columns, []);
    return {
      uploadId: meta.uploadId,
      fileName: meta.fileName,
      size: meta.size,
      headerRow: table.headerRow,
      headers: table.columns,
      suggestedMapping: defaultMapping(table.columns),
      missing: problems.map((p) => p.key),
    };
  }

  /**
   * Creates a PENDING job for an upload of the caller's union and queues it; returns at once. The
   * file's header and the mapping are checked first, so a bad mapping fails here, field by field.
   */
  async start(ctx: RequestContext, input: StartImportInput): Promise<ImportJob> {
    const { caller, unionName } = await actingUnion(ctx, this.deps);
    const data = parseInput(startImportSchema, input, 'input');
    const meta = await this.#uploadOf(caller, data.uploadId, 'input.uploadId');
    const table = await this.#columns(meta, 'input.uploadId');
    const { mapping, problems } = resolveMapping(table.columns, data.mapping);
    if (problems.length) throw badInput(problems);
    const em = ctx.em;
    if (!data.dryRun) {
      const busy = await em.findOne(ImportJob, {
        status: { $in: [ImportStatus.PENDING, ImportStatus.RUNNING] },
        dryRun: false,
      });
      if (busy && !(await this.#failIfStale(em, busy))) throw conflict('import.alreadyRunning');
    }
    const job = await createImportJob(em, caller, ctx.requestId, {
      uploadId: meta.uploadId,
      fileName: meta.fileName,
      dryRun: data.dryRun,
      mapping,
    });
    this.enqueue(job, caller, unionName, meta);
    return job;
  }

  /** Runs a job in the background of this process, at most `maxConcurrent` at once. */
  enqueue(job: ImportJob, caller: Caller, unionName: string, meta: UploadMeta): Promise<ImportJob> {
    const held: HeldJob = { jobId: job.id, caller, abort: new AbortController(), started: false };
    this.#held.set(job.id, held);
    const done = new Promise<ImportJob>((resolve, reject) => {
      this.#queue.push({
        held,
        run: () =>
          runImportJob(
            { db: this.db, deps: this.deps, caller, unionName, log: this.log },
            job.id,
            { path: this.uploads.filePath(meta), kind: meta.kind },
            { ...this.options.run, signal: held.abort.signal },
          ).then(resolve, (err) => {
            reject(err);
            throw err;
          }),
      });
      this.#pump();
    });
    // The queue logs a crash; a caller that does not wait for the job need not handle it.
    done.catch(() => undefined);
    return done;
  }

  #pump() {
    while (!this.#closed && this.#running.size < this.#maxConcurrent && this.#queue.length) {
      const next = this.#queue.shift()!;
      next.held.started = true;
      const p: Promise<unknown> = next
        .run()
        .catch((err) => this.log.error({ err, jobId: next.held.jobId }, 'import job crashed'))
        .finally(() => {
          this.#held.delete(next.held.jobId);
          this.#running.delete(p);
          this.#pump();
        });
      this.#running.add(p);
    }
  }

  /** Is the job held (running or queued) by this process? */
  holds(jobId: string): boolean {
    return this.#held.has(jobId);
  }

  /** A PENDING or RUNNING job that no process keeps alive any more is marked FAILED (interrupted). */
  async #failIfStale(em: EntityManager, job: ImportJob): Promise<boolean> {
    if (job.status !== ImportStatus.PENDING && job.status !== ImportStatus.RUNNING) return false;
    if (this.holds(job.id)) return false;
    const seen = (job.heartbeatAt ?? job.createdAt).getTime();
    if (Date.now() - seen < STALE_AFTER_MS) return false;
    await em.transactional((tx) =>
      tx.nativeUpdate(
        ImportJob,
        { id: job.id, status: { $in: [ImportStatus.PENDING, ImportStatus.RUNNING] } },
        { status: ImportStatus.FAILED, failureKey: 'import.interrupted', finishedAt: new Date() },
      ),
    );
    Object.assign(job, {
      status: ImportStatus.FAILED,
      failureKey: 'import.interrupted',
      finishedAt: new Date(),
    });
    return true;
  }

  async job(ctx: RequestContext, id: string): Promise<ImportJob> {
    requireRole(ctx, MEMBER_WRITERS);
    parseInput(z.uuid(), id, 'id');
    const job = await ctx.em.findOne(ImportJob, { id });
    if (!job) throw notFound('entity.memberImportJob');
    await this.#failIfStale(ctx.em, job);
    return job;
  }

  async jobs(ctx: RequestContext, args: { first?: number | null; after?: string | null }) {
    requireRole(ctx, MEMBER_WRITERS);
    const page = await paginate(ctx.em, ImportJob, {}, args, { createdAt: 'desc', id: 'desc' });
    for (const edge of page.edges) await this.#failIfStale(ctx.em, edge.node);
    return page;
  }

  errors(
    ctx: RequestContext,
    job: ImportJob,
    args: { first?: number | null; after?: string | null },
  ): Promise<Connection<ImportRowError>> {
    return paginate(ctx.em, ImportRowError, { jobId: job.id }, args, { rowNumber: 'asc', id: 'asc' });
  }

  /**
   * Every stored row error of the job as CSV in the caller's language, with a BOM so that Excel
   * opens the Chinese text correctly; cells that a spreadsheet would run as formulas are defused.
   */
  errorReportCsv(ctx: RequestContext, job: ImportJob): Promise<string> {
    return errorReportCsv(ctx.em, job.id, ctx.locale);
  }

  /** Stops taking jobs; running ones stop after their current batch (FAILED, interrupted). */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#heartbeat);
    clearInterval(this.#sweeper);
    for (const held of this.#held.values()) held.abort.abort();
    const queued = this.#queue.splice(0);
    for (const { held } of queued) {
      this.#held.delete(held.jobId);
      await this.db
        .forScope(held.caller.scope)
        .transactional((tx) =>
          tx.nativeUpdate(
            ImportJob,
            { id: held.jobId },
            { status: ImportStatus.FAILED, failureKey: 'import.interrupted', finishedAt: new Date() },
          ),
        )
        .catch(() => undefined);
    }
    await Promise.allSettled([...this.#running]);
  }
}

/**
 * Creates a PENDING job with its audit record. A second real import of the same union while one is
 * PENDING or RUNNING is refused by a partial unique index (CONFLICT `import.alreadyRunning`).
 */
export async function createImportJob(
  em: EntityManager,
  caller: Caller,
  requestId: string | null,
  input: { uploadId: string; fileName: string; dryRun: boolean; mapping: ColumnMapping[] },
): Promise<ImportJob> {
  const now = new Date();
  const job = Object.assign(new ImportJob(), {
    id: randomUUID(),
    tenantId: caller.scope.id,
    tenantPath: caller.scope.path,
    uploadId: input.uploadId,
    fileName: input.fileName,
    dryRun: input.dryRun,
    status: ImportStatus.PENDING,
    mapping: input.mapping,
    total: null,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errorCount: 0,
    failureKey: null,
    startedAt: null,
    finishedAt: null,
    heartbeatAt: now,
    createdById: caller.officerId,
    createdByName: caller.name,
    createdAt: now,
  });
  try {
    await em.transactional(async (tx) => {
      tx.persist(job);
      audit(tx, caller, requestId, {
        tenantId: job.tenantId,
        tenantPath: job.tenantPath,
        action: job.dryRun ? 'memberImport.dryRun' : 'memberImport.start',
        entity: 'MemberImportJob',
        entityId: job.id,
        changes: { fileName: [null, job.fileName], uploadId: [null, job.uploadId] },
      });
    });
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) throw conflict('import.alreadyRunning');
    throw err;
  }
  return job;
}

/**
 * Every stored row error of a job as CSV in the given language, with a BOM so that Excel opens
 * the Chinese text correctly; cells that a spreadsheet would run as formulas are defused.
 */
export async function errorReportCsv(em: EntityManager, jobId: string, locale: Locale): Promise<string> {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const lines = [
    [t('import.report.row'), t('import.report.column'), t('import.report.value'), t('import.report.problem')],
  ];
  const pageSize = 1000;
  for (let offset = 0; ; offset += pageSize) {
    const page = await em.find(
      ImportRowError,
      { jobId },
      { orderBy: { rowNumber: 'asc', id: 'asc' }, limit: pageSize, offset },
    );
    for (const e of page)
      lines.push([String(e.rowNumber), e.column ?? '', e.value ?? '', t(e.messageKey, e.params ?? {})]);
    if (page.length < pageSize) break;
  }
  return `\ufeff${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
