import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { Logger } from './logger.js';

export const MAX_BODY_BYTES = 1_000_000;

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** What a POST route gets besides the request: its id, and the request context built on demand. */
export interface PostRouteRequest<TContext> {
  requestId: string;
  /**
   * Builds the same context a GraphQL request of this HTTP request would get (the token verified
   * the same way); may throw as that does.
   */
  context(): Promise<TContext>;
}

/**
 * A POST route that reads its own body as a stream (e.g. a file upload): the server reads none of
 * it and applies no body limit, so the handler must bound what it reads.
 */
export type PostRouteHandler<TContext> = (
  req: IncomingMessage,
  res: ServerResponse,
  request: PostRouteRequest<TContext>,
) => void | Promise<void>;

/** The handler for a path: an exact key, else the longest `prefix*` key with more after the prefix. */
export function routeFor<T>(table: Record<string, T> | undefined, pathname: string): T | undefined {
  if (!table) return undefined;
  if (Object.hasOwn(table, pathname)) return table[pathname];
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (!key.endsWith('*')) continue;
    const prefix = key.slice(0, -1);
    if (pathname.length > prefix.length && pathname.startsWith(prefix) && (!best || key.length > best.length))
      best = key;
  }
  return best ? table[best] : undefined;
}

export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  log: Logger;
  /** Builds the GraphQL context of one request (already knows its request id). */
  context: (req: IncomingMessage, requestId: string) => Promise<TContext>;
  /** Extra GET routes, e.g. `/.well-known/jwks.json`; a key ending in `*` matches by prefix (`/checkin/*`). */
  routes?: Record<string, RouteHandler>;
  /** Extra POST routes with streaming bodies, e.g. an upload; other methods get 405. Prefixes as above. */
  postRoutes?: Record<string, PostRouteHandler<TContext>>;
  /** Is the service ready to take traffic (database reachable, ...)? */
  ready?: () => Promise<boolean>;
  /** Origins allowed to call from a browser; empty means no CORS headers at all. */
  corsOrigins?: string[];
  graphqlPath?: string;
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw Object.assign(new Error('request body too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function applyCors(req: IncomingMessage, res: ServerResponse, origins: string[]): void {
  const origin = req.headers.origin;
  if (!origin || !(origins.includes('*') || origins.includes(origin))) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-credentials', 'true');
  res.setHeader(
    'access-control-allow-headers',
    'authorization, content-type, accept-language, x-request-id, apollo-require-preflight',
  );
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-max-age', '600');
}

/**
 * Serves an Apollo server over node:http with health (`/healthz`), readiness (`/readyz`),
 * request ids and a bounded body. Apollo's own integration API does the GraphQL-over-HTTP part.
 */
export function createHttpHandler<TContext extends BaseContext>(options: HttpOptions<TContext>) {
  const path = options.graphqlPath ?? '/graphql';
  return async (req: IncomingMessage, res: ServerResponse) => {
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 100) || randomUUID();
    res.setHeader('x-request-id', requestId);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const started = performance.now();
    if (url.pathname !== '/healthz' && url.pathname !== '/readyz') {
      res.once('finish', () =>
        options.log.info(
          {
            requestId,
            method: req.method,
            path: url.pathname,
            status: res.statusCode,
            ms: Math.round(performance.now() - started),
          },
          'request',
        ),
      );
    }
    try {
      if (options.corsOrigins?.length) applyCors(req, res, options.corsOrigins);
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
      if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
      if (url.pathname === '/readyz') {
        const ok = options.ready ? await options.ready() : true;
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
      }
      const route = routeFor(options.routes, url.pathname);
      if (route && req.method === 'GET') return await route(req, res);
      const postRoute = routeFor(options.postRoutes, url.pathname);
      if (postRoute) {
        if (req.method !== 'POST')
          return sendJson(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
        return await postRoute(req, res, { requestId, context: () => options.context(req, requestId) });
      }
      if (url.pathname !== path) return sendJson(res, 404, { error: 'not found' });

      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown;
      if (req.method === 'POST') {
        const text = await readBody(req);
        const type = headers.get('content-type') ?? '';
        if (type.includes('application/json')) {
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            return sendJson(res, 400, {
              errors: [{ message: 'request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
            });
          }
        } else body = text;
      }
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => options.context(req, requestId),
      });
      for (const [key, value] of result.headers) res.setHeader(key, value);
      res.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        res.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (err) {
      const status = (err as { status?: number }).status ?? 500;
      if (status >= 500) options.log.error({ err, requestId }, 'request failed');
      if (!res.headersSent)
        sendJson(res, status, {
          errors: [{ message: status === 413 ? 'request body too large' : 'internal error' }],
        });
      else res.end();
    }
  };
}

export async function listen(
  handler: ReturnType<typeof createHttpHandler>,
  host: string,
  port: number,
): Promise<RunningServer> {
  const server = createServer({ keepAliveTimeout: 65_000 }, (req, res) => void handler(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    server,
    port: actual,
    url: `http://${host}:${actual}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
