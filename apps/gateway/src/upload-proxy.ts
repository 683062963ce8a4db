import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { type Logger, type PostRouteHandler, sendJson, translate } from '@frontline/subgraph-kit';
import { Agent, request } from 'undici';
import type { GatewayContext } from './context.js';

export interface UploadProxyOptions {
  /** The target service's GraphQL URL; the upload goes to `path` on the same origin. */
  serviceUrl: string;
  /** e.g. `/imports/upload` */
  path: string;
  log: Logger;
  /** How long the service may take to answer once the whole body is sent. */
  timeoutMs?: number;
}

function refuse(res: ServerResponse, status: number, message: string, code: string, messageKey?: string) {
  sendJson(res, status, {
    errors: [{ message, extensions: { code, ...(messageKey ? { messageKey } : {}) } }],
  });
}

/**
 * `POST /upload/<service>?filename=...`: streams the request body to the service (nothing is
 * buffered here), with the caller's token, language and request id. The token is verified here
 * first (a bad one gets 401 without reaching the service) and again by the service itself.
 */
export function uploadProxy(options: UploadProxyOptions): PostRouteHandler<GatewayContext> {
  const target = new URL(options.path, options.serviceUrl);
  const timeout = options.timeoutMs ?? 5 * 60_000;
  // Its own pool: long uploads must not hold the connections GraphQL calls use.
  const dispatcher = new Agent({ connections: 10, headersTimeout: timeout, bodyTimeout: timeout });
  return async (req, res, { requestId, context }) => {
    let ctx: GatewayContext;
    try {
      ctx = await context();
    } catch (err) {
      const ext = (err as { extensions?: { messageKey?: string } }).extensions;
      return refuse(res, 401, (err as Error).message, 'UNAUTHENTICATED', ext?.messageKey);
    }
    if (!ctx.token) return refuse(res, 401, translate(ctx.locale, 'error.tokenMissing'), 'UNAUTHENTICATED');
    const url = new URL(target);
    url.search = new URL(req.url ?? '/', 'http://localhost').search;
    const headers: Record<string, string> = {
      authorization: `Bearer ${ctx.token}`,
      'content-type': req.headers['content-type'] ?? 'application/octet-stream',
      'accept-language': ctx.locale,
      'x-request-id': requestId,
    };
    if (req.headers['content-length']) headers['content-length'] = req.headers['content-length'];
    let upstream: Awaited<ReturnType<typeof request>>;
    try {
      upstream = await request(url, { method: 'POST', headers, body: req, dispatcher });
    } catch (err) {
      options.log.warn({ err, requestId, target: url.pathname }, 'upload proxy failed');
      if (!res.headersSent) refuse(res, 502, 'upload failed / 上传失败', 'BAD_GATEWAY');
      return;
    }
    res.writeHead(upstream.statusCode, {
      'content-type': String(upstream.headers['content-type'] ?? 'application/json; charset=utf-8'),
    });
    await pipeline(upstream.body, res);
  };
}
