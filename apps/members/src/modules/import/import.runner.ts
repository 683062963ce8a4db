import { randomUUID } from 'node:crypto';
import {
  AppError,
  audit,
  type Caller,
  type Database,
  type EntityManager,
  fieldProblemsFromZod,
  type Logger,
  maskNationalId,
  maskPhone,
} from '@frontline/subgraph-kit';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { MembersDeps } from '../../deps.js';
import { Member, MemberStatus, MembershipPeriod, PeriodReason } from '../member/member.entity.js';
import { type MemberFields, memberFieldsSchema } from '../member/member.inputs.js';
import {
  changesOf,
  derivePersonalData,
  NATIONAL_ID_PURPOSE,
  namePinyin,
  newPeriod,
  sealPersonalData,
} from '../member/member.service.js';
import { today } from '../member/union-scope.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import {
  type Converted,
  cellText,
  isBlank,
  type RawCell,
  toBoolean,
  toDate,
  toGender,
  toHardship,
  toMobile,
  toName,
  toNationalId,
  toTags,
  toTeamPath,
  toText,
} from './cells.js';
import { mappedColumns, type ResolvedColumn } from './columns.js';
import { ImportField, ImportJob, ImportRowError, ImportStatus } from './import.entity.js';
import { countRows, type FileKind, openTable, type TableRow } from './table-reader.js';
import { TeamIndex } from './teams.js';

export const DEFAULT_BATCH_SIZE = 500;
/** Row errors kept per job; rows past it still count as failed. */
export const MAX_STORED_ERRORS = 10_000;

/** Who runs the job and with what: every statement goes through `db.forScope(caller.scope)`. */
export interface JobRunContext {
  db: Database;
  deps: MembersDeps;
  caller: Caller;
  unionName: string;
  log: Logger;
}

export interface JobRunOptions {
  batchSize?: number;
  maxStoredErrors?: number;
  /** Aborting stops the job between two batches; it ends FAILED with `import.interrupted`. */
  signal?: AbortSignal;
  /** Called after every committed batch with the job's counters. */
  onProgress?: (job: JobCounters) => void;
}

export interface JobCounters {
  total: number | null;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errorCount: number;
}

/** A problem with one row, before it is stored. */
export interface RowProblem {
  rowNumber: number;
  column: string | null;
  field: ImportField | null;
  value: string | null;
  key: string;
  params?: Record<string, unknown>;
}

/** A row that passed every check that needs no database. */
interface ValidRow {
  rowNumber: number;
  given: Set<ImportField>;
  fields: MemberFields;
  joinedGiven: boolean;
  team: OrgUnit | null;
  /** Hashes, masked copies and what the ID number says; ciphertexts are made only when written. */
  derived: Partial<Member>;
  maskedId: string | null;
}

const CONVERT: Record<ImportField, (raw: RawCell) => Converted<unknown>> = {
  [ImportField.NAME]: toName,
  [ImportField.GENDER]: toGender,
  [ImportField.NATIONAL_ID]: toNationalId,
  [ImportField.PHONE]: toMobile,
  [ImportField.EMPLOYEE_NO]: toText,
  [ImportField.TEAM]: toTeamPath,
  [ImportField.JOINED_ON]: toDate,
  [ImportField.BIRTH_DATE]: toDate,
  [ImportField.JOB_TITLE]: toText,
  [ImportField.JOB_TYPE]: toText,
  [ImportField.SHIFT_PATTERN]: toText,
  [ImportField.MIGRANT_WORKER]: (raw) => toBoolean(raw),
  [ImportField.MODEL_WORKER]: (raw) => toBoolean(raw, /劳模|劳动模范|先进|标兵/),
  [ImportField.HARDSHIP_STATUS]: toHardship,
  [ImportField.TAGS]: toTags,
};

/** Member input fields (as zod and `sealPersonalData` name them) and the import field of each. */
const FIELD_OF: Record<string, ImportField> = {
  name: ImportField.NAME,
  gender: ImportField.GENDER,
  birthDate: ImportField.BIRTH_DATE,
  nationalId: ImportField.NATIONAL_ID,
  phone: ImportField.PHONE,
  employeeNo: ImportField.EMPLOYEE_NO,
  jobTitle: ImportField.JOB_TITLE,
  jobType: ImportField.JOB_TYPE,
  shiftPattern: ImportField.SHIFT_PATTERN,
  orgUnitId: ImportField.TEAM,
  joinedOn: ImportField.JOINED_ON,
  migrantWorker: ImportField.MIGRANT_WORKER,
  modelWorker: ImportField.MODEL_WORKER,
  hardshipStatus: ImportField.HARDSHIP_STATUS,
  tags: ImportField.TAGS,
};

/** What a row error shows of the value: ID numbers and phones masked, long text cut. */
export function maskedValue(field: ImportField | null, text: string): string | null {
  if (!text) return null;
  if (field === ImportField.NATIONAL_ID) return maskNationalId(text.replace(/\s/g, ''));
  if (field === ImportField.PHONE) return maskPhone(text.replace(/[\s-]/g, ''));
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/** Checks a row without the database: conversions, the member schema, what the ID number says. */
export class RowValidator {
  readonly columns: ResolvedColumn[];
  readonly #columnOf = new Map<ImportField, ResolvedColumn>();
  readonly #firstRowOfId = new Map<string, number>();
  readonly #firstRowOfEmployeeNo = new Map<string, number>();

  constructor(
    private readonly deps: MembersDeps,
    mapping: { column: string; field: ImportField | null }[],
    private readonly teams: TeamIndex,
    private readonly todayIso = today(),
  ) {
    this.columns = mappedColumns(mapping);
    for (const c of this.columns) this.#columnOf.set(c.field, c);
  }

  problem(
    row: number,
    field: ImportField | null,
    key: string,
    params?: Record<string, unknown>,
    raw?: RawCell,
  ): RowProblem {
    const col = field ? this.#columnOf.get(field) : undefined;
    return {
      rowNumber: row,
      column: col?.column ?? null,
      field,
      value: raw === undefined || raw === null ? null : maskedValue(field, cellText(raw)),
      key,
      ...(params ? { params } : {}),
    };
  }

  validate(row: TableRow): { valid: ValidRow | null; problems: RowProblem[] } {
    const problems: RowProblem[] = [];
    const bad = new Set<ImportField>();
    const values: Partial<Record<ImportField, unknown>> = {};
    const raws: Partial<Record<ImportField, RawCell>> = {};
    for (const col of this.columns) {
      const raw = row.cells[col.index] ?? null;
      if (isBlank(raw)) continue;
      raws[col.field] = raw;
      const result = CONVERT[col.field](raw);
      if ('error' in result) {
        problems.push(this.problem(row.number, col.field, result.error, result.params, raw));
        bad.add(col.field);
      } else if (result.value !== null) values[col.field] = result.value;
    }
    const rawOf = (f: ImportField) => raws[f] ?? null;

    let team: OrgUnit | null = null;
    if (values[ImportField.TEAM]) {
      const path = values[ImportField.TEAM] as string[];
      const found = this.teams.find(path);
      if ('unit' in found) team = found.unit;
      else {
        problems.push(
          this.problem(
            row.number,
            ImportField.TEAM,
            found.error,
            { team: path.join('/') },
            rawOf(ImportField.TEAM),
          ),
        );
        bad.add(ImportField.TEAM);
      }
    }

    const nationalId = values[ImportField.NATIONAL_ID] as string | undefined;
    const employeeNo = values[ImportField.EMPLOYEE_NO] as string | undefined;
    if (
      !nationalId &&
      !employeeNo &&
      !bad.has(ImportField.NATIONAL_ID) &&
      !bad.has(ImportField.EMPLOYEE_NO)
    ) {
      const field = this.#columnOf.has(ImportField.NATIONAL_ID)
        ? ImportField.NATIONAL_ID
        : ImportField.EMPLOYEE_NO;
      problems.push(this.problem(row.number, field, 'import.needsKey'));
      bad.add(field);
    }

    // Duplicates within the file, by ID number and by employee number; the first row wins.
    const idHash = nationalId ? this.deps.pii.hash(NATIONAL_ID_PURPOSE, nationalId) : null;
    if (idHash) {
      const first = this.#firstRowOfId.get(idHash);
      if (first !== undefined) {
        problems.push(
          this.problem(
            row.number,
            ImportField.NATIONAL_ID,
            'import.duplicateInFile',
            { row: first },
            rawOf(ImportField.NATIONAL_ID),
          ),
        );
        bad.add(ImportField.NATIONAL_ID);
      } else this.#firstRowOfId.set(idHash, row.number);
    }
    if (employeeNo) {
      const first = this.#firstRowOfEmployeeNo.get(employeeNo);
      if (first !== undefined) {
        problems.push(
          this.problem(
            row.number,
            ImportField.EMPLOYEE_NO,
            'import.duplicateInFile',
            { row: first },
            rawOf(ImportField.EMPLOYEE_NO),
          ),
        );
        bad.add(ImportField.EMPLOYEE_NO);
      } else this.#firstRowOfEmployeeNo.set(employeeNo, row.number);
    }

    // The same schema as createMember (lengths, required name, tags), for the fields not already refused.
    const joinedOn = values[ImportField.JOINED_ON] as string | undefined;
    const input = {
      name: (values[ImportField.NAME] as string | undefined) ?? '',
      gender: values[ImportField.GENDER] ?? null,
      birthDate: values[ImportField.BIRTH_DATE] ?? null,
      nationalId: nationalId ?? null,
      phone: values[ImportField.PHONE] ?? null,
      employeeNo: employeeNo ?? null,
      jobTitle: values[ImportField.JOB_TITLE] ?? null,
      jobType: values[ImportField.JOB_TYPE] ?? null,
      shiftPattern: values[ImportField.SHIFT_PATTERN] ?? null,
      orgUnitId: team?.id ?? null,
      joinedOn: joinedOn ?? this.todayIso,
      migrantWorker: values[ImportField.MIGRANT_WORKER] ?? undefined,
      modelWorker: values[ImportField.MODEL_WORKER] ?? undefined,
      hardshipStatus: values[ImportField.HARDSHIP_STATUS] ?? undefined,
      tags: values[ImportField.TAGS] ?? undefined,
    };
    const parsed = memberFieldsSchema.safeParse(input);
    if (!parsed.success) {
      for (const p of fieldProblemsFromZod(parsed.error)) {
        const field = FIELD_OF[p.field.split('.')[0]] ?? null;
        if (field && bad.has(field)) continue;
        problems.push(this.problem(row.number, field, p.key, p.params, field ? rawOf(field) : undefined));
        if (field) bad.add(field);
      }
    }
    if (problems.length || !parsed.success) return { valid: null, problems };

    const fields = parsed.data;
    let derived: Partial<Member>;
    try {
      // The checks and derivations of createMember, without encrypting yet (most rows of a re-run
      // change nothing). A hardship note is never touched by an import.
      derived = derivePersonalData(
        this.deps,
        {
          nationalId: fields.nationalId,
          phone: fields.phone,
          gender: fields.gender,
          birthDate: fields.birthDate,
        },
        'row',
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      for (const f of err.fields) {
        const field = FIELD_OF[f.field.replace(/^row\./, '')] ?? null;
        problems.push(this.problem(row.number, field, f.key, f.params, field ? rawOf(field) : undefined));
      }
      return { valid: null, problems };
    }
    const given = new Set(Object.keys(values) as ImportField[]);
    return {
      valid: {
        rowNumber: row.number,
        given,
        fields,
        joinedGiven: Boolean(joinedOn),
        team,
        derived,
        maskedId: derived.nationalIdMasked ?? null,
      },
      problems,
    };
  }
}

/** The fields to change on an existing member, or a problem (the row's gender or birth date contradicts its ID). */
function diffMember(
  m: Member,
  row: ValidRow,
  encrypt: (clear: string) => string,
): { changes: Partial<Member> } | { problem: [ImportField, string] } {
  const d = row.fields;
  const g = row.given;
  const out: Partial<Member> = {};
  const set = <K extends keyof Member>(k: K, v: Member[K]) => {
    if (JSON.stringify(m[k] ?? null) !== JSON.stringify(v ?? null)) out[k] = v;
  };
  if (g.has(ImportField.NAME) && d.name !== m.name) {
    out.name = d.name;
    out.namePinyin = namePinyin(d.name);
  }
  const s = row.derived;
  if (s.nationalIdHash) {
    if (s.nationalIdHash !== m.nationalIdHash) {
      out.nationalIdSealed = encrypt(d.nationalId as string);
      out.nationalIdHash = s.nationalIdHash;
      out.nationalIdMasked = s.nationalIdMasked;
    }
    set('gender', s.gender ?? null);
    set('birthDate', s.birthDate ?? null);
  } else {
    // What the member's ID number says stands; a roster without the number cannot contradict it.
    if (g.has(ImportField.GENDER) && d.gender !== m.gender) {
      if (m.nationalIdHash) return { problem: [ImportField.GENDER, 'validation.genderMismatch'] };
      out.gender = d.gender ?? null;
    }
    if (g.has(ImportField.BIRTH_DATE) && d.birthDate !== m.birthDate) {
      if (m.nationalIdHash) return { problem: [ImportField.BIRTH_DATE, 'validation.birthDateMismatch'] };
      out.birthDate = d.birthDate ?? null;
    }
  }
  if (s.phoneHash && s.phoneHash !== m.phoneHash) {
    out.phoneSealed = encrypt(d.phone as string);
    out.phoneHash = s.phoneHash;
    out.phoneMasked = s.phoneMasked;
  }
  if (g.has(ImportField.EMPLOYEE_NO)) set('employeeNo', d.employeeNo);
  if (g.has(ImportField.JOB_TITLE)) set('jobTitle', d.jobTitle);
  if (g.has(ImportField.JOB_TYPE)) set('jobType', d.jobType);
  if (g.has(ImportField.SHIFT_PATTERN)) set('shiftPattern', d.shiftPattern);
  if (g.has(ImportField.JOINED_ON)) set('joinedOn', d.joinedOn);
  if (g.has(ImportField.MIGRANT_WORKER)) set('migrantWorker', d.migrantWorker);
  if (g.has(ImportField.MODEL_WORKER)) set('modelWorker', d.modelWorker);
  if (g.has(ImportField.HARDSHIP_STATUS)) set('hardshipStatus', d.hardshipStatus);
  if (g.has(ImportField.TAGS) && JSON.stringify([...m.tags].sort()) !== JSON.stringify([...d.tags].sort()))
    out.tags = d.tags;
  if (row.team && row.team.id !== m.orgUnitId) {
    out.orgUnitId = row.team.id;
    out.unitPath = row.team.unitPath;
  }
  return { changes: out };
}

interface BatchResult {
  created: number;
  updated: number;
  unchanged: number;
  problems: RowProblem[];
}

/** Maps the database's duplicate checks (a concurrent write got there first) to a row error. */
function uniqueViolationKey(err: UniqueConstraintViolationException): { field: ImportField; key: string } {
  const msg = String(err.message);
  if (msg.includes('member_tenant_employee_no_unique'))
    return { field: ImportField.EMPLOYEE_NO, key: 'member.duplicateEmployeeNo' };
  return { field: ImportField.NATIONAL_ID, key: 'member.duplicateNationalId' };
}

/**
 * Runs one import job to the end: counts the rows, then reads them again in batches; each batch is
 * one transaction in the caller's scope (bulk lookups of the union's members by ID hash and by
 * employee number, then the writes, the row errors and the job's counters). A dry run does the
 * same checks and lookups and writes only the job and its row errors.
 */
export async function runImportJob(
  rc: JobRunContext,
  jobId: string,
  file: { path: string; kind: FileKind },
  options: JobRunOptions = {},
): Promise<ImportJob> {
  const { db, caller, log } = rc;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const maxStoredErrors = options.maxStoredErrors ?? MAX_STORED_ERRORS;
  const scoped = () => db.forScope(caller.scope);
  const job = await scoped().findOneOrFail(ImportJob, { id: jobId });
  const counters: JobCounters = {
    total: null,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    failed: 0,
    errorCount: 0,
  };
  const setJob = (em: EntityManager, data: Partial<ImportJob>) =>
    em.nativeUpdate(ImportJob, { id: jobId }, { ...data, heartbeatAt: new Date() });
  await scoped().transactional((tx) => setJob(tx, { status: ImportStatus.RUNNING, startedAt: new Date() }));
  const requestId = `import:${jobId}`;
  // Members already matched by a row of this file (member id → row): a second row that reaches the
  // same member (one by ID number, the other by employee number) is a duplicate too.
  const targeted = new Map<string, number>();
  let statsRefreshedAt = 500;

  const interrupted = () => {
    if (options.signal?.aborted) throw new AppError('INTERNAL_SERVER_ERROR', 'import.interrupted');
  };

  const expectColumns = (columns: string[]) => {
    if (JSON.stringify(columns) !== JSON.stringify(job.mapping.map((m) => m.column)))
      throw new AppError('BAD_USER_INPUT', 'import.fileChanged');
  };

  /** Plans a batch against the union's members and, unless a dry run, writes it. */
  const applyBatch = async (
    tx: EntityManager,
    rows: ValidRow[],
    validator: RowValidator,
  ): Promise<BatchResult> => {
    const result: BatchResult = { created: 0, updated: 0, unchanged: 0, problems: [] };
    if (!rows.length) return result;
    const hashes = [...new Set(rows.map((r) => r.derived.nationalIdHash).filter((h): h is string => !!h))];
    const numbers = [...new Set(rows.map((r) => r.fields.employeeNo).filter((n): n is string => !!n))];
    // One lookup of the union's members for the whole batch, by ID hash or by employee number.
    const keys = [
      ...(hashes.length ? [{ nationalIdHash: { $in: hashes } }] : []),
      ...(numbers.length ? [{ employeeNo: { $in: numbers } }] : []),
    ];
    const found = keys.length ? await tx.find(Member, { $or: keys }) : [];
    const byHash = new Map<string, Member>();
    const byNumber = new Map<string, Member>();
    for (const m of found) {
      if (m.nationalIdHash) byHash.set(m.nationalIdHash, m);
      if (m.employeeNo) byNumber.set(m.employeeNo, m);
    }
    // Which of these people are active members of another union: only the union's id comes back.
    const elsewhere = new Map<string, string>();
    if (hashes.length) {
      // Hashes are base64url, so a plain array literal carries them on either driver.
      const found = await tx.execute(
        'select national_id_hash, tenant_id from members.active_member_tenants(?::text[])',
        [`{${hashes.join(',')}}`],
      );
      for (const r of found as { national_id_hash: string; tenant_id: string }[])
        if (r.tenant_id !== caller.scope.id) elsewhere.set(r.national_id_hash, r.tenant_id);
    }
    const unionNames = elsewhere.size
      ? await rc.deps.directory.lookup([...new Set(elsewhere.values())], caller.token).catch(() => new Map())
      : new Map();

    const moved: { member: Member; unit: OrgUnit | null }[] = [];
    const now = new Date();
    const on = today();
    for (const row of rows) {
      const hash = row.derived.nationalIdHash ?? null;
      const number = row.fields.employeeNo ?? null;
      const byId = hash ? byHash.get(hash) : undefined;
      const byNo = number ? byNumber.get(number) : undefined;
      const fail = (field: ImportField, key: string, params?: Record<string, unknown>) => {
        const p = validator.problem(row.rowNumber, field, key, params);
        p.value =
          field === ImportField.NATIONAL_ID
            ? row.maskedId
            : field === ImportField.EMPLOYEE_NO
              ? number
              : null;
        result.problems.push(p);
      };
      if (byId && byNo && byId.id !== byNo.id) {
        fail(ImportField.EMPLOYEE_NO, 'import.keyConflict');
        continue;
      }
      const target = byId ?? byNo;
      if (!byId && byNo && hash && byNo.nationalIdHash && byNo.nationalIdHash !== hash) {
        fail(ImportField.NATIONAL_ID, 'import.idMismatch');
        continue;
      }
      if (hash && target?.nationalIdHash !== hash && elsewhere.has(hash)) {
        const union = unionNames.get(elsewhere.get(hash) as string)?.name ?? '?';
        fail(ImportField.NATIONAL_ID, 'member.activeElsewhere', { union });
        continue;
      }
      if (target) {
        const first = targeted.get(target.id);
        if (first !== undefined && first !== row.rowNumber) {
          fail(hash ? ImportField.NATIONAL_ID : ImportField.EMPLOYEE_NO, 'import.duplicateInFile', {
            row: first,
          });
          continue;
        }
        targeted.set(target.id, row.rowNumber);
        const diff = diffMember(target, row, (clear) => rc.deps.pii.encrypt(clear));
        if ('problem' in diff) {
          fail(diff.problem[0], diff.problem[1]);
          continue;
        }
        if (!Object.keys(diff.changes).length) {
          result.unchanged++;
          continue;
        }
        result.updated++;
        if (job.dryRun) continue;
        const before = { ...target };
        Object.assign(target, diff.changes);
        if (diff.changes.orgUnitId) moved.push({ member: target, unit: row.team });
        audit(tx, caller, requestId, {
          tenantId: target.tenantId,
          tenantPath: target.tenantPath,
          action: 'member.update',
          entity: 'Member',
          entityId: target.id,
          changes: changesOf(before, target),
        });
        continue;
      }
      result.created++;
      if (job.dryRun) continue;
      const d = row.fields;
      const member = Object.assign(new Member(), {
        id: randomUUID(),
        tenantId: caller.scope.id,
        tenantPath: caller.scope.path,
        name: d.name,
        namePinyin: namePinyin(d.name),
        gender: d.gender ?? null,
        birthDate: d.birthDate ?? null,
        nationalIdSealed: null,
        nationalIdHash: null,
        nationalIdMasked: null,
        phoneSealed: null,
        phoneHash: null,
        phoneMasked: null,
        employeeNo: d.employeeNo,
        jobTitle: d.jobTitle,
        jobType: d.jobType,
        shiftPattern: d.shiftPattern,
        orgUnitId: row.team?.id ?? null,
        unitPath: row.team?.unitPath ?? null,
        joinedOn: d.joinedOn,
        status: MemberStatus.ACTIVE,
        migrantWorker: d.migrantWorker,
        modelWorker: d.modelWorker,
        hardshipStatus: d.hardshipStatus,
        hardshipNoteSealed: null,
        tags: d.tags,
        createdAt: now,
        updatedAt: now,
        version: 1,
        ...sealPersonalData(rc.deps, { nationalId: d.nationalId, phone: d.phone }, 'row'),
      });
      tx.persist(member);
      // With a joining date the period starts then; without one, on the day of the import.
      tx.persist(
        row.joinedGiven
          ? newPeriod(member, rc.unionName, row.team, d.joinedOn, PeriodReason.JOINED)
          : newPeriod(member, rc.unionName, row.team, on, PeriodReason.IMPORTED, null),
      );
      audit(tx, caller, requestId, {
        tenantId: member.tenantId,
        tenantPath: member.tenantPath,
        action: 'member.create',
        entity: 'Member',
        entityId: member.id,
        changes: changesOf({}, member),
      });
    }
    if (moved.length) {
      // A new team closes the open period and opens the next one, as moving a member does.
      const open = await tx.find(MembershipPeriod, {
        memberId: { $in: moved.map((m) => m.member.id) },
        endedOn: null,
      });
      const openOf = new Map(open.map((p) => [p.memberId, p]));
      for (const { member, unit } of moved) {
        const current = openOf.get(member.id);
        const start = current && current.startedOn > on ? current.startedOn : on;
        if (current) current.endedOn = start;
        tx.persist(newPeriod(member, rc.unionName, unit, start, PeriodReason.MOVED, null));
      }
    }
    return result;
  };

  /** Commits one batch with its row errors and the job's counters, all or nothing. */
  const commitBatch = async (
    validator: RowValidator,
    rows: ValidRow[],
    problems: RowProblem[],
    invalidRows: number,
  ): Promise<void> => {
    const next = { ...counters };
    await scoped().transactional(async (tx) => {
      const result = await applyBatch(tx, rows, validator);
      const all = [...problems, ...result.problems];
      next.processed += rows.length + invalidRows;
      next.created += result.created;
      next.updated += result.updated;
      next.unchanged += result.unchanged;
      next.failed += invalidRows + new Set(result.problems.map((p) => p.rowNumber)).size;
      for (const p of all) {
        if (next.errorCount >= maxStoredErrors) break;
        next.errorCount++;
        tx.persist(
          Object.assign(new ImportRowError(), {
            id: randomUUID(),
            tenantId: caller.scope.id,
            tenantPath: caller.scope.path,
            jobId,
            rowNumber: p.rowNumber,
            column: p.column,
            field: p.field,
            value: p.value,
            messageKey: p.key,
            params: p.params ?? null,
          }),
        );
      }
      await tx.flush();
      await setJob(tx, {
        processed: next.processed,
        created: next.created,
        updated: next.updated,
        unchanged: next.unchanged,
        failed: next.failed,
        errorCount: next.errorCount,
      });
    });
    Object.assign(counters, next);
    options.onProgress?.({ ...counters });
    // Planner statistics follow the union's growth: refreshed after 1,000 new members, then each
    // time their number doubles (a handful of short ANALYZEs per job).
    if (!job.dryRun && counters.created >= statsRefreshedAt * 2 && counters.created >= 1000) {
      statsRefreshedAt = counters.created;
      await scoped()
        .transactional((tx) => tx.execute('select members.refresh_member_stats()'))
        .catch((err) => log.warn({ err, jobId }, 'refreshing member statistics failed'));
    }
  };

  /**
   * A batch that a concurrent write collided with (a duplicate that appeared meanwhile, a member
   * edited meanwhile) is redone row by row, so only the colliding rows fail.
   */
  const commitWithRetry = async (
    validator: RowValidator,
    rows: ValidRow[],
    problems: RowProblem[],
    invalidRows: number,
  ) => {
    try {
      await commitBatch(validator, rows, problems, invalidRows);
      return;
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException || err instanceof OptimisticLockError))
        throw err;
      if (rows.length <= 1 && !problems.length) {
        const row = rows[0];
        const { field, key } =
          err instanceof UniqueConstraintViolationException
            ? uniqueViolationKey(err)
            : { field: ImportField.NAME, key: 'error.conflict' };
        const p = validator.problem(row.rowNumber, field, key);
        p.value = field === ImportField.NATIONAL_ID ? row.maskedId : (row.fields.employeeNo ?? null);
        await commitBatch(validator, [], [p], 1);
        return;
      }
      log.warn(
        { jobId, rows: rows.length },
        'import batch collided with a concurrent write; redoing it row by row',
      );
    }
    await commitBatch(validator, [], problems, invalidRows);
    // A row keeps its claim on the member it matched (see `targeted`), so a redo does not see itself.
    for (const row of rows) await commitWithRetry(validator, [row], [], 0);
  };

  let committing: Promise<void> = Promise.resolve();
  try {
    const units = await scoped().find(OrgUnit, {});
    const teams = new TeamIndex(units);

    // Open the file for reading (it waits at the header) and count its data rows meanwhile with a
    // second, lighter reader, so progress has a total before the first batch.
    const table = await openTable(file.path, file.kind);
    try {
      expectColumns(table.columns);
      const total = await countRows(file.path, file.kind, table.headerRow);
      interrupted();
      counters.total = total;
      await scoped().transactional((tx) => setJob(tx, { total }));
      options.onProgress?.({ ...counters });
    } catch (err) {
      await table.close();
      throw err;
    }

    const validator = new RowValidator(rc.deps, job.mapping, teams);
    let batch: ValidRow[] = [];
    let problems: RowProblem[] = [];
    let invalidRows = 0;
    // The next batch is read and checked while the previous one commits (the database server works
    // in its own process); commits still run strictly one after another.
    let commitError: unknown = null;
    const flush = async () => {
      const [rows, ps, invalid] = [batch, problems, invalidRows];
      batch = [];
      problems = [];
      invalidRows = 0;
      await committing;
      if (commitError) throw commitError;
      interrupted();
      committing = commitWithRetry(validator, rows, ps, invalid).catch((err) => {
        commitError = err;
      });
      // Let requests waiting for the database (one connection on PGlite) go first.
      await new Promise((resolve) => setImmediate(resolve));
    };
    for await (const row of table.rows) {
      const { valid, problems: rowProblems } = validator.validate(row);
      if (valid) batch.push(valid);
      else {
        invalidRows++;
        problems.push(...rowProblems);
      }
      if (batch.length + invalidRows >= batchSize) await flush();
    }
    await flush();
    await committing;
    if (commitError) throw commitError;
    // The count may include rows of blanks only, which are skipped: the total is what was read.
    counters.total = counters.processed;
    await scoped().transactional((tx) =>
      setJob(tx, { status: ImportStatus.SUCCEEDED, finishedAt: new Date(), total: counters.processed }),
    );
    log.info({ jobId, dryRun: job.dryRun, ...counters }, 'import finished');
  } catch (err) {
    await committing;
    const key = err instanceof AppError ? err.messageKey : 'import.failed';
    if (!(err instanceof AppError)) log.error({ err, jobId }, 'import failed');
    else log.warn({ jobId, key }, 'import stopped');
    await scoped()
      .transactional((tx) =>
        setJob(tx, { status: ImportStatus.FAILED, failureKey: key, finishedAt: new Date() }),
      )
      .catch((e) => log.error({ err: e, jobId }, 'could not mark the import as failed'));
  }
  return scoped().findOneOrFail(ImportJob, { id: jobId });
}
