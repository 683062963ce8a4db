import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createTokenVerifier } from '@frontline/auth-tokens';
import {
  AppError,
  type BaseConfig,
  type Caller,
  callerFromClaims,
  createLogger,
  type Database,
  type Locale,
  openDatabase,
  piiCipherFromConfig,
  TenantDirectoryClient,
  translate,
  verifierFromConfig,
} from '@frontline/subgraph-kit';
import { loadMembersConfig } from '../app.js';
import type { MembersDeps } from '../deps.js';
import { type MappingOverride, resolveMapping } from '../modules/import/columns.js';
import { ImportField } from '../modules/import/import.entity.js';
import { type JobCounters, runImportJob } from '../modules/import/import.runner.js';
import { createImportJob, errorReportCsv } from '../modules/import/import.service.js';
import { openTable, sniffKind } from '../modules/import/table-reader.js';
import { requireUnionWriter } from '../modules/import/uploads.js';
import { entities, migrations, SCHEMA_NAME } from '../schema.js';

const USAGE = `Imports a member roster (XLSX or CSV) straight into the members database, without HTTP and
without the upload size limit, as an officer of an enterprise union.

  pnpm frontline import <file> --email <officer email> --password <password> [options]

  --dry-run              check every row, write no member (the job and its errors are kept)
  --tenants-url <url>    the tenants service's GraphQL URL (default: TENANTS_URL or http://127.0.0.1:4001/graphql)
  --tenant-id <id>       a federation officer imports into this union of their subtree (switches scope)
  --map <列名=FIELD>      map a column to a field (FIELD: ${Object.values(ImportField).join(', ')}, or - to ignore); repeatable
  --report <path>        where to write the error report (default: <file>.errors.csv, when there are errors)
  --lang <zh-CN|en>      language of the messages and the report (default zh-CN)
  --batch-size <n>       rows per transaction (default 500)

The members database is DATABASE_URL, or the PGlite directory DATA_DIR/members/pgdata (DATA_DIR
defaults to .data). PGlite is single-process: stop the members service first (the CLI refuses to
run while it answers on MEMBERS_PORT/PORT). With DATABASE_URL the service can keep running; the job
then shows in the admin like any other. PII keys: PII_ENCRYPTION_KEY / PII_HMAC_KEY, or the
development keys under DATA_DIR/keys (the same the service uses).

Exit codes: 0 done without row errors, 3 done with row errors, 1 failed, 2 bad usage.`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The directory relative file names are resolved against. */
  cwd: string;
  signal?: AbortSignal;
}

class UsageError extends Error {}

const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;
const SWITCH = `mutation($id: ID) { switchTenant(tenantId: $id) { token } }`;

async function gql(url: string, query: string, variables: object, token?: string, locale: Locale = 'zh-CN') {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': locale,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await res.json()) as {
    data?: Record<string, { token: string }>;
    errors?: { message: string }[];
  };
  if (body.errors?.length || !body.data)
    throw new UsageError(body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return Object.values(body.data)[0].token;
}

function parseMap(values: string[]): MappingOverride[] {
  return values.map((v) => {
    const at = v.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map wants 列名=FIELD, got "${v}"`);
    const column = v.slice(0, at);
    const field = v
      .slice(at + 1)
      .trim()
      .toUpperCase();
    if (field === '-' || field === '') return { column, field: null };
    if (!(Object.values(ImportField) as string[]).includes(field))
      throw new UsageError(`unknown field "${field}" in --map ${v}`);
    return { column, field: field as ImportField };
  });
}

async function serviceAnswers(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** The CLI as a function (tests call it); returns the exit code. */
export async function main(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: env.INIT_CWD ?? process.cwd(),
  },
): Promise<number> {
  let db: Database | undefined;
  let locale: Locale = 'zh-CN';
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'tenants-url': { type: 'string' },
        'tenant-id': { type: 'string' },
        map: { type: 'string', multiple: true, default: [] },
        report: { type: 'string' },
        lang: { type: 'string', default: 'zh-CN' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (positionals[0] === 'import') positionals.shift();
    if (values.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const file = positionals[0];
    if (!file || positionals.length > 1 || !values.email || !values.password) throw new UsageError('');
    locale = values.lang === 'en' ? 'en' : 'zh-CN';
    const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
    if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1 && batchSize <= 5000))
      throw new UsageError('--batch-size must be 1..5000');
    const overrides = parseMap(values.map as string[]);
    const path = resolve(io.cwd, file);
    if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);

    const config = loadMembersConfig({ LOG_LEVEL: 'warn', ...env });
    const log = createLogger('members-import', config.LOG_LEVEL);
    const tenantsUrl = values['tenants-url'] ?? config.TENANTS_URL;

    // A real sign-in gives a real token, so the import acts as that officer with their scope.
    let token = await gql(
      tenantsUrl,
      LOGIN,
      { email: values.email, password: values.password },
      undefined,
      locale,
    );
    if (values['tenant-id'])
      token = await gql(tenantsUrl, SWITCH, { id: values['tenant-id'] }, token, locale);
    const verifier =
      config.JWT_PUBLIC_KEY || config.JWKS_URL
        ? verifierFromConfig(config as BaseConfig)
        : createTokenVerifier({ jwksUrl: new URL('/.well-known/jwks.json', tenantsUrl).toString() });
    const caller: Caller = callerFromClaims(await verifier(token), token);
    requireUnionWriter({ caller });

    const kind = await sniffKind(path);
    if (kind === 'xls' || kind === 'empty')
      throw new AppError('BAD_USER_INPUT', kind === 'xls' ? 'import.xlsUnsupported' : 'import.emptyFile');
    const table = await openTable(path, kind);
    await table.close();
    const { mapping, problems } = resolveMapping(table.columns, overrides);
    if (problems.length) {
      for (const p of problems) io.err(`${p.field}: ${translate(locale, p.key, p.params)}\n`);
      return 2;
    }
    io.err(
      `header row ${table.headerRow}: ${mapping.map((m) => `${m.column}→${m.field ?? '-'}`).join(', ')}\n`,
    );

    const pgliteDir = join(config.dataDir, 'members', 'pgdata');
    if (!config.DATABASE_URL) {
      const port = env.MEMBERS_PORT ?? String(config.PORT);
      if (await serviceAnswers(`http://${config.HOST}:${port}/healthz`))
        throw new UsageError(
          `the members service answers on port ${port}; PGlite is single-process: stop it first, or use DATABASE_URL`,
        );
      if (!existsSync(pgliteDir)) throw new UsageError(`no members database in ${pgliteDir} (set DATA_DIR)`);
    }
    db = await openDatabase({
      schema: SCHEMA_NAME,
      entities,
      migrations,
      databaseUrl: config.DATABASE_URL,
      pgliteDataDir: pgliteDir,
      logger: log,
    });
    await db.migrate();
    const deps: MembersDeps = {
      pii: await piiCipherFromConfig(config as BaseConfig),
      directory: new TenantDirectoryClient(tenantsUrl),
    };
    const unionName = (await deps.directory.get(caller.scope.id, token))?.name ?? '';
    const em = db.forScope(caller.scope);
    // Read in place: there is no upload, so the job's upload id names nothing.
    const job = await createImportJob(em, caller, `cli:${randomUUID()}`, {
      uploadId: randomUUID(),
      fileName: basename(path),
      dryRun: values['dry-run'] as boolean,
      mapping,
    });
    const size = (await stat(path)).size;
    io.err(
      `${job.dryRun ? 'dry run' : 'import'} of ${basename(path)} (${(size / 1024 / 1024).toFixed(1)} MB) into ${unionName} as ${caller.name}: job ${job.id}\n`,
    );
    const started = performance.now();
    const progress = (c: JobCounters) =>
      io.err(
        `  ${c.processed}/${c.total ?? '?'} rows  created ${c.created}  updated ${c.updated}  unchanged ${c.unchanged}  failed ${c.failed}\n`,
      );
    let last = 0;
    const done = await runImportJob(
      { db, deps, caller, unionName, log },
      job.id,
      { path, kind },
      {
        batchSize,
        signal: io.signal,
        onProgress: (c) => {
          if (performance.now() - last < 1000 && c.processed !== c.total) return;
          last = performance.now();
          progress(c);
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    if (done.status === 'FAILED') {
      io.err(`failed: ${translate(locale, done.failureKey ?? 'import.failed')}\n`);
      return 1;
    }
    io.out(
      `${JSON.stringify({
        jobId: done.id,
        dryRun: done.dryRun,
        total: done.total,
        created: done.created,
        updated: done.updated,
        unchanged: done.unchanged,
        failed: done.failed,
        seconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round((done.total ?? 0) / seconds),
      })}\n`,
    );
    if (done.errorCount) {
      const report = resolve(io.cwd, values.report ?? `${path}.errors.csv`);
      await writeFile(report, await errorReportCsv(db.forScope(caller.scope), done.id, locale));
      io.err(`${done.failed} rows with errors; report: ${report}\n`);
    }
    return done.failed ? 3 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(err.message ? `${err.message}\n` : `${USAGE}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      io.err(`${translate(locale, err.messageKey, err.params)}\n`);
      return err.code === 'BAD_USER_INPUT' ? 2 : 1;
    }
    if (
      (err as Error).name === 'ParseArgsError' ||
      (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.err(`${(err as Error).message}\n\n${USAGE}\n`);
      return 2;
    }
    io.err(`${(err as Error).stack ?? err}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  const abort = new AbortController();
  process.once('SIGINT', () => {
    process.stderr.write('stopping after the current batch ...\n');
    abort.abort();
  });
  const code = await main(process.argv.slice(2), process.env, {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    cwd: process.env.INIT_CWD ?? process.cwd(),
    signal: abort.signal,
  });
  process.exit(code);
}
