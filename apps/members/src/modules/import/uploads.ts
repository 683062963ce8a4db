import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import {
  AppError,
  type Caller,
  forbidden,
  type PostRouteHandler,
  type RequestContext,
  requireRole,
  sendJson,
  translate,
} from '@frontline/subgraph-kit';
import { MEMBER_WRITERS } from '../member/union-scope.js';
import { type FileKind, sniffKind } from './table-reader.js';

export const DEFAULT_UPLOAD_MAX_BYTES = 50 * 1024 * 1024;

/** What is kept beside an uploaded file. */
export interface UploadMeta {
  uploadId: string;
  tenantId: string;
  fileName: string;
  size: number;
  kind: FileKind;
  uploadedById: string;
  uploadedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file name as the user knows it, safe to show and store: no path, no control characters. */
export function cleanFileName(raw: string | null | undefined): string {
  const name = basename(String(raw ?? '').replace(/\\/g, '/'))
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return name || 'upload';
}

/**
 * Uploaded rosters under `DATA_DIR/uploads/<tenantId>/<uploadId>` with a `.json` beside each. A
 * tenant reaches only its own directory, so another union's upload id is simply not found.
 */
export class UploadStore {
  constructor(
    readonly dir: string,
    readonly maxBytes = DEFAULT_UPLOAD_MAX_BYTES,
  ) {}

  private tenantDir(tenantId: string): string {
    if (!UUID.test(tenantId)) throw new Error('not a tenant id');
    return join(this.dir, tenantId);
  }

  filePath(meta: Pick<UploadMeta, 'tenantId' | 'uploadId'>): string {
    return join(this.tenantDir(meta.tenantId), meta.uploadId);
  }

  /** Streams a body to disk, refusing it once it passes `maxBytes`; checks it is CSV or XLSX. */
  async save(tenantId: string, uploadedById: string, fileName: string, body: IncomingMessage) {
    const dir = this.tenantDir(tenantId);
    await mkdir(dir, { recursive: true });
    const uploadId = randomUUID();
    const part = join(dir, `${uploadId}.part`);
    try {
      const size = await writeBounded(body, part, this.maxBytes);
      if (size === 0) throw new AppError('BAD_USER_INPUT', 'import.emptyFile');
      const kind = await sniffKind(part);
      if (kind === 'xls') throw new AppError('BAD_USER_INPUT', 'import.xlsUnsupported');
      if (kind === 'empty') throw new AppError('BAD_USER_INPUT', 'import.emptyFile');
      const meta: UploadMeta = {
        uploadId,
        tenantId,
        fileName,
        size,
        kind,
        uploadedById,
        uploadedAt: new Date().toISOString(),
      };
      await rename(part, join(dir, uploadId));
      await writeFile(join(dir, `${uploadId}.json`), JSON.stringify(meta), { mode: 0o600 });
      return meta;
    } catch (err) {
      await rm(part, { force: true });
      throw err;
    }
  }

  /**
   * Deletes uploads (and leftovers of broken ones) older than `maxAgeMs`: a roster holds ID
   * numbers in clear, so it is kept only as long as it is useful for a dry run and the real run.
   */
  async sweep(maxAgeMs: number): Promise<number> {
    const now = Date.now();
    let removed = 0;
    const tenants = await readdir(this.dir).catch(() => [] as string[]);
    for (const tenant of tenants) {
      if (!UUID.test(tenant)) continue;
      const dir = join(this.dir, tenant);
      for (const name of await readdir(dir).catch(() => [] as string[])) {
        const path = join(dir, name);
        const info = await stat(path).catch(() => null);
        if (info?.isFile() && now - info.mtimeMs > maxAgeMs) {
          await rm(path, { force: true });
          removed++;
        }
      }
    }
    return removed;
  }

  /** The upload of this tenant with this id, or null (unknown, malformed or another tenant's). */
  async get(tenantId: string, uploadId: string): Promise<UploadMeta | null> {
    if (!UUID.test(uploadId) || !UUID.test(tenantId)) return null;
    try {
      const meta = JSON.parse(
        await readFile(join(this.tenantDir(tenantId), `${uploadId}.json`), 'utf8'),
      ) as UploadMeta;
      return meta.tenantId === tenantId && meta.uploadId === uploadId ? meta : null;
    } catch {
      return null;
    }
  }
}

/**
 * Writes a request body to a file, at most `max` bytes. Past that it stops reading (the request
 * is paused, not destroyed, so a 413 can still be answered) and fails with `status: 413`.
 */
function writeBounded(body: IncomingMessage, path: string, max: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const out = createWriteStream(path, { mode: 0o600 });
    let size = 0;
    let done = false;
    const fail = (err: Error) => {
      if (done) return;
      done = true;
      body.pause();
      body.removeAllListeners('data');
      out.destroy();
      reject(err);
    };
    body.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > max) return fail(Object.assign(new Error('upload too large'), { status: 413 }));
      if (!out.write(chunk)) {
        body.pause();
        out.once('drain', () => body.resume());
      }
    });
    body.once('end', () => {
      if (!done) out.end();
    });
    body.once('error', fail);
    body.once('aborted', () => fail(new Error('upload aborted')));
    out.once('error', fail);
    out.once('finish', () => {
      if (done) return;
      done = true;
      resolve(size);
    });
  });
}

/** Uploading needs the same as importing: a member writer acting on an enterprise union. */
export function requireUnionWriter(ctx: Pick<RequestContext, 'caller' | 'authError'>): Caller {
  const caller = requireRole(ctx, MEMBER_WRITERS);
  if (caller.scope.kind !== 'ENTERPRISE_UNION') throw forbidden('member.needUnionScope');
  return caller;
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

function sendError(res: ServerResponse, ctx: RequestContext | null, status: number, err: AppError) {
  const locale = ctx?.locale ?? 'zh-CN';
  sendJson(res, status, {
    errors: [
      {
        message: translate(locale, err.messageKey, err.params),
        extensions: { code: err.code, messageKey: err.messageKey },
      },
    ],
  });
}

/**
 * `POST /imports/upload?filename=花名册.xlsx` with the file as the raw body (at most `maxBytes`) and
 * the caller's Bearer token, verified as for GraphQL. Answers `{ uploadId, fileName, size }`.
 */
export function uploadRoute(store: UploadStore): PostRouteHandler<RequestContext> {
  return async (req, res, { context }) => {
    const ctx = await context();
    try {
      const caller = requireUnionWriter(ctx);
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > store.maxBytes) {
        throw Object.assign(new Error('upload too large'), { status: 413 });
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const fileName = cleanFileName(url.searchParams.get('filename'));
      const meta = await store.save(caller.scope.id, caller.officerId, fileName, req);
      ctx.log.info({ uploadId: meta.uploadId, size: meta.size, kind: meta.kind }, 'roster uploaded');
      sendJson(res, 200, { uploadId: meta.uploadId, fileName: meta.fileName, size: meta.size });
    } catch (err) {
      if (err instanceof AppError) return sendError(res, ctx, STATUS[err.code] ?? 400, err);
      if ((err as { status?: number }).status === 413) {
        // Stop reading the rest of an oversized body; the answer goes out before the socket closes.
        res.setHeader('connection', 'close');
        sendError(
          res,
          ctx,
          413,
          new AppError('BAD_USER_INPUT', 'import.tooLarge', { mb: mb(store.maxBytes) }),
        );
        res.once('finish', () => req.destroy());
        return;
      }
      throw err;
    }
  };
}

function mb(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}
