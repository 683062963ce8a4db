import type { IncomingMessage } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { createTokenVerifier, TokenError, type TokenVerifier } from '@frontline/auth-tokens';
import type { GraphQLSchema } from 'graphql';
import type { BaseConfig } from './config.js';
import { callerFromClaims, createRequestContext, type RequestContext } from './context.js';
import { createErrorFormatter, localizeError } from './errors.js';
import {
  createHttpHandler,
  listen,
  type PostRouteHandler,
  type RouteHandler,
  type RunningServer,
} from './http.js';
import { localeFromHeader } from './i18n.js';
import { LoaderRegistry } from './loaders.js';
import type { Logger } from './logger.js';
import type { Database } from './orm.js';

/** Localizes every error's message (and field messages) into the caller's language. */
export function localizePlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors) {
            const locale = contextValue?.locale ?? 'zh-CN';
            response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
              localizeError(e, locale),
            );
          }
        },
      };
    },
  };
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization?.trim();
  if (!header) return undefined;
  const match = /^Bearer(?:\s+(.*))?$/i.exec(header);
  // "Bearer" with nothing after it counts as no token; any other scheme is passed on to fail verification.
  return match ? match[1]?.trim() || undefined : header;
}

export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export function verifierFromConfig(config: BaseConfig): TokenVerifier {
  if (config.JWT_PUBLIC_KEY) return createTokenVerifier({ publicKeyPem: config.JWT_PUBLIC_KEY });
  if (config.JWKS_URL) return createTokenVerifier({ jwksUrl: config.JWKS_URL });
  throw new Error('no way to verify tokens: set JWKS_URL or JWT_PUBLIC_KEY');
}

export interface SubgraphServerOptions {
  config: BaseConfig;
  schema: GraphQLSchema;
  db: Database;
  log: Logger;
  verifier: TokenVerifier;
  routes?: Record<string, RouteHandler>;
  /** POST routes that stream their own bodies (see `PostRouteHandler`). */
  postRoutes?: Record<string, PostRouteHandler<RequestContext>>;
  plugins?: ApolloServerPlugin<RequestContext>[];
}

export interface RunningSubgraph extends RunningServer {
  apollo: ApolloServer<RequestContext>;
}

/**
 * Starts a subgraph: every request gets a context with the verified caller (or none, and then
 * no data: the EntityManager refuses), errors masked outside development and localized.
 */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const { config, log, db, verifier } = options;
  const development = config.NODE_ENV === 'development';
  const apollo = new ApolloServer<RequestContext>({
    schema: options.schema,
    introspection: !config.isProduction,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter({
      development,
      onInternal: (err) => log.error({ err }, 'internal error'),
    }),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      localizePlugin(),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  const handler = createHttpHandler<RequestContext>({
    apollo,
    log,
    routes: options.routes,
    postRoutes: options.postRoutes,
    ready: () => db.ping(),
    context: async (req, requestId) => {
      const token = bearerToken(req);
      let caller: RequestContext['caller'] = null;
      let authError: TokenError | undefined;
      try {
        if (token) caller = callerFromClaims(await verifier(token), token);
      } catch (err) {
        if (!(err instanceof TokenError)) throw err;
        authError = err;
      }
      return createRequestContext({
        requestId,
        locale: localeFromHeader(req.headers['accept-language']),
        log: log.child({ requestId, officer: caller?.officerId }),
        loaders: new LoaderRegistry(),
        db,
        caller,
        authError,
        clientAddress: clientAddress(req),
      });
    },
  });
  const running = await listen(handler, config.HOST, config.PORT);
  log.info({ url: `${running.url}/graphql` }, 'subgraph listening');
  return {
    ...running,
    apollo,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}
