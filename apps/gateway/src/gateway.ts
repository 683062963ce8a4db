import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { createTokenVerifier } from '@frontline/auth-tokens';
import {
  createHttpHandler,
  createLogger,
  type Logger,
  listen,
  type PostRouteHandler,
  type RouteHandler,
  type RunningServer,
  sendJson,
} from '@frontline/subgraph-kit';
import { supergraphSdl } from '@frontline/supergraph';
import { Agent, request } from 'undici';
import type { GatewayConfig } from './config.js';
import { type GatewayContext, gatewayContext } from './context.js';
import { createSubgraphFetcher, ForwardingDataSource } from './data-source.js';
import { formatGatewayError } from './errors.js';
import { uploadProxy } from './upload-proxy.js';

export interface RunningGateway extends RunningServer {
  graphqlUrl: string;
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const log = createLogger('gateway', config.LOG_LEVEL);
  const verify = createTokenVerifier(
    config.JWT_PUBLIC_KEY ? { publicKeyPem: config.JWT_PUBLIC_KEY } : { jwksUrl: config.JWKS_URL as string },
  );
  const fetcher = createSubgraphFetcher(config.SUBGRAPH_TIMEOUT_MS);
  const gateway = new ApolloGateway({
    supergraphSdl: supergraphSdl(),
    buildService: ({ name, url }) =>
      new ForwardingDataSource({ url: config.subgraphUrls[name] ?? url, fetcher }),
  });

  const armor = new ApolloArmor({
    maxDepth: { n: config.MAX_DEPTH },
    maxAliases: { n: config.MAX_ALIASES },
    costLimit: { maxCost: config.MAX_COST },
    // Token limit is graphql-js's own parse option (below): armor's version turns syntax errors into 500s.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: !config.development },
  }).protect();

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.introspection,
    hideSchemaDetailsFromClientErrors: !config.development,
    includeStacktraceInErrorResponses: config.development,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: config.MAX_TOKENS },
    validationRules: armor.validationRules,
    formatError: formatGatewayError(config.development),
    plugins: [
      ...(armor.plugins as never[]),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...(config.development ? [] : [ApolloServerPluginLandingPageDisabled()]),
    ],
  });
  await apollo.start();

  const postRoutes: Record<string, PostRouteHandler<GatewayContext>> = {};
  // The admin knows only the gateway: roster uploads are streamed on to the members service.
  if (config.subgraphUrls.members)
    postRoutes['/upload/members'] = uploadProxy({
      serviceUrl: config.subgraphUrls.members,
      path: '/imports/upload',
      log,
    });
  // The public QR check-in page knows only the gateway too; it has no token (no account).
  const checkin = config.subgraphUrls.activities ? checkinProxy(config.subgraphUrls.activities, log) : null;

  const handler = createHttpHandler<GatewayContext>({
    apollo,
    log,
    corsOrigins: config.corsOrigins,
    // Ready when every subgraph answers its own readiness check.
    ready: async () => {
      const checks = Object.values(config.subgraphUrls).map((url) =>
        fetch(new URL('/readyz', url), { signal: AbortSignal.timeout(2000) }).then(
          (r) => r.ok,
          () => false,
        ),
      );
      return (await Promise.all(checks)).every(Boolean);
    },
    context: (req, requestId) => gatewayContext(req, requestId, verify),
    // Check-in codes are part of the path: the route matches the prefix.
    routes: checkin ? { '/checkin/*': checkin.get } : undefined,
    postRoutes: checkin ? { ...postRoutes, '/checkin/*': checkin.post } : postRoutes,
  });
  const running = await listen(handler, config.HOST, config.GATEWAY_PORT);
  log.info({ url: `${running.url}/graphql`, subgraphs: config.subgraphUrls }, 'gateway listening');
  return {
    ...running,
    graphqlUrl: `${running.url}/graphql`,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}

/**
 * `GET` / `POST /checkin/<code>` forwarded to the activities service as they are, without a token:
 * the signed check-in code is the only credential, and the service checks it. The caller's address
 * goes along (appended to X-Forwarded-For; the service believes only that last entry) so the
 * service can rate-limit per person rather than per gateway.
 */
function checkinProxy(
  serviceUrl: string,
  log: Logger,
): { get: RouteHandler; post: PostRouteHandler<GatewayContext> } {
  const origin = new URL(serviceUrl).origin;
  const dispatcher = new Agent({ connections: 20, headersTimeout: 10_000, bodyTimeout: 10_000 });
  const forward = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const forwardedFor = [req.headers['x-forwarded-for'], req.socket.remoteAddress]
      .flat()
      .filter(Boolean)
      .join(', ');
    const headers: Record<string, string> = {
      'accept-language': req.headers['accept-language'] ?? 'zh-CN',
      'x-request-id': requestId,
      'x-forwarded-for': forwardedFor,
    };
    if (req.method === 'POST') {
      headers['content-type'] = req.headers['content-type'] ?? 'application/json';
      if (req.headers['content-length']) headers['content-length'] = req.headers['content-length'];
    }
    let upstream: Awaited<ReturnType<typeof request>>;
    try {
      upstream = await request(`${origin}${url.pathname}${url.search}`, {
        method: req.method === 'POST' ? 'POST' : 'GET',
        headers,
        body: req.method === 'POST' ? req : undefined,
        dispatcher,
      });
    } catch (err) {
      log.warn({ err, requestId }, 'check-in proxy failed');
      if (!res.headersSent)
        sendJson(res, 502, {
          ok: false,
          error: {
            code: 'BAD_GATEWAY',
            message: '签到服务暂时不可用，请稍后重试 / Check-in is unavailable; try again later',
          },
        });
      return;
    }
    const retryAfter = upstream.headers['retry-after'];
    res.writeHead(upstream.statusCode, {
      'content-type': String(upstream.headers['content-type'] ?? 'application/json; charset=utf-8'),
      'cache-control': 'no-store',
      ...(retryAfter ? { 'retry-after': String(retryAfter) } : {}),
    });
    await pipeline(upstream.body, res);
  };
  return {
    get: (req, res) => forward(req, res, String(res.getHeader('x-request-id') ?? '')),
    post: (req, res, { requestId }) => forward(req, res, requestId),
  };
}
