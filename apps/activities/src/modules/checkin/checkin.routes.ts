import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller, Database, Logger, PostRouteHandler, RouteHandler } from '@frontline/subgraph-kit';
import { audit, type Locale, localeFromHeader, sendJson, translate } from '@frontline/subgraph-kit';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { z } from 'zod';
import { Activity, ActivityStatus } from '../activity/activity.entity.js';
import { Attendance, AttendanceSource, CheckinRosterEntry } from '../attendance/attendance.entity.js';
import { normalizeEmployeeNo, normalizeName } from '../attendance/attendance.inputs.js';
import type { CheckinCodes } from './checkin-code.js';
import { WindowLimiter } from './rate-limit.js';

/** Public check-in routes (`GET`/`POST /checkin/<code>`), matched by prefix. */
export const CHECKIN_ROUTE = '/checkin/*';
const MAX_BODY = 4096;

export interface CheckinRouteOptions {
  db: Database;
  codes: CheckinCodes;
  log: Logger;
  /** Attempts per address and minute, successful or not. */
  perMinute: number;
  /** Failed attempts (unknown number, wrong name, bad code) per address in 10 minutes. */
  failuresPer10Minutes: number;
  /** Peers whose X-Forwarded-For is believed (the gateway); others are the client themselves. */
  trustedProxies: string[];
}

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly key: string,
    readonly params: Record<string, unknown> = {},
  ) {
    super(key);
  }
}

const bodySchema = z.object({
  employeeNo: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(40),
});

/**
 * Public, token-less routes for people checking in with an activity's QR code (no accounts):
 * `GET /checkin/<code>` tells what the activity is and whether it is open, `POST /checkin/<code>`
 * with `{ employeeNo, name }` records attendance. The signed code names the union; the database
 * work runs in that union's scope only.
 */
export function checkinRoutes(options: CheckinRouteOptions): {
  get: RouteHandler;
  post: PostRouteHandler<never>;
} {
  const attempts = new WindowLimiter(options.perMinute, 60_000);
  const failures = new WindowLimiter(options.failuresPer10Minutes, 10 * 60_000);

  const addressOf = (req: IncomingMessage) => {
    const peer = req.socket.remoteAddress ?? 'unknown';
    const forwarded = req.headers['x-forwarded-for'];
    if (!forwarded || !options.trustedProxies.includes(peer)) return peer;
    // The last entry is the one our own proxy appended; earlier ones the client could have made up.
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded).split(',');
    return list[list.length - 1]?.trim() || peer;
  };

  const reply = (res: ServerResponse, locale: Locale, err: Refusal) =>
    sendJson(
      res,
      err.status,
      {
        ok: false,
        error: {
          // checkin.nameMismatch -> NAME_MISMATCH
          code: err.key
            .replace(/^checkin\./, '')
            .replace(/([a-z])([A-Z])/g, '$1_$2')
            .toUpperCase(),
          messageKey: err.key,
          message: translate(locale, err.key, err.params),
        },
      },
      err.status === 429 ? { 'retry-after': String(err.params.seconds) } : {},
    );

  async function open(req: IncomingMessage) {
    let code: string;
    try {
      code = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname.slice(CHECKIN_ROUTE.length - 1));
    } catch {
      throw new Refusal(400, 'checkin.invalidCode');
    }
    const verdict = await options.codes.verify(code);
    if (!verdict.ok)
      throw verdict.reason === 'expired'
        ? new Refusal(410, 'checkin.expired')
        : new Refusal(400, 'checkin.invalidCode');
    const { claims } = verdict;
    // The code says which union; nothing outside it is reachable from here.
    const em = options.db.forScope({
      id: claims.tenantId,
      path: claims.tenantPath,
      kind: 'ENTERPRISE_UNION',
    });
    const activity = await em.findOne(Activity, { id: claims.activityId });
    if (!activity) throw new Refusal(400, 'checkin.invalidCode');
    const open =
      activity.checkinNonce === claims.nonce &&
      activity.status !== ActivityStatus.CANCELLED &&
      !!activity.checkinExpiresAt &&
      activity.checkinExpiresAt > new Date();
    return { em, activity, open, claims };
  }

  const get: RouteHandler = async (req, res) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    try {
      const { activity, open: isOpen } = await open(req);
      sendJson(res, 200, {
        ok: true,
        open: isOpen,
        ...(isOpen ? {} : { message: translate(locale, 'checkin.closed') }),
        activity: {
          title: activity.title,
          kind: activity.kind,
          customKind: activity.customKind,
          startsAt: activity.startsAt,
          endsAt: activity.endsAt,
          place: activity.place,
        },
        expiresAt: isOpen ? activity.checkinExpiresAt : null,
      });
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      reply(res, locale, err);
    }
  };

  const post: PostRouteHandler<never> = async (req, res, { requestId }) => {
    const locale = localeFromHeader(req.headers['accept-language']);
    const address = addressOf(req);
    try {
      const wait = Math.max(attempts.blockedFor(address), failures.blockedFor(address));
      if (wait) throw new Refusal(429, 'checkin.rateLimited', { seconds: wait });
      attempts.hit(address);
      try {
        const result = await checkIn(req, requestId);
        sendJson(res, 200, { ok: true, ...result });
      } catch (err) {
        if (err instanceof Refusal && err.status !== 409) failures.hit(address);
        throw err;
      }
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      reply(res, locale, err);
    }
  };

  async function checkIn(req: IncomingMessage, requestId: string) {
    const body = bodySchema.safeParse(await readJson(req));
    if (!body.success) throw new Refusal(400, 'checkin.badInput');
    const { em, activity, open: isOpen } = await open(req);
    if (!isOpen) throw new Refusal(410, 'checkin.closed');
    const employeeNo = normalizeEmployeeNo(body.data.employeeNo);
    const entry = await em.findOne(CheckinRosterEntry, { activityId: activity.id, employeeNo });
    if (!entry) throw new Refusal(404, 'checkin.unknownEmployeeNo');
    // Says only that it does not match: the right name is not given away.
    if (normalizeName(entry.name) !== normalizeName(body.data.name))
      throw new Refusal(422, 'checkin.nameMismatch');
    const now = new Date();
    // No officer here: the audit names the member who checked in.
    const actor: Caller = {
      officerId: entry.memberId,
      name: `${entry.name} (QR)`,
      roles: [],
      home: { id: activity.tenantId, path: activity.tenantPath, kind: 'ENTERPRISE_UNION' },
      scope: { id: activity.tenantId, path: activity.tenantPath, kind: 'ENTERPRISE_UNION' },
      token: '',
    };
    try {
      await em.transactional(async (tx) => {
        if (await tx.count(Attendance, { activityId: activity.id, memberId: entry.memberId }))
          throw new Refusal(409, 'checkin.duplicate', { name: entry.name });
        tx.persist(
          Object.assign(new Attendance(), {
            id: randomUUID(),
            tenantId: activity.tenantId,
            tenantPath: activity.tenantPath,
            activityId: activity.id,
            memberId: entry.memberId,
            memberName: entry.name,
            teamId: entry.teamId,
            source: AttendanceSource.CHECKIN,
            createdAt: now,
          }),
        );
        audit(tx, actor, requestId, {
          tenantId: activity.tenantId,
          tenantPath: activity.tenantPath,
          action: 'checkin.attend',
          entity: 'Activity',
          entityId: activity.id,
          changes: { attendees: [null, [entry.memberId]] },
        });
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw new Refusal(409, 'checkin.duplicate', { name: entry.name });
      throw err;
    }
    options.log.info({ requestId, activityId: activity.id }, 'checked in');
    return { name: entry.name, activityTitle: activity.title, checkedInAt: now };
  }

  return { get, post };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Refusal(413, 'checkin.badInput');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new Refusal(400, 'checkin.badInput');
  }
}
