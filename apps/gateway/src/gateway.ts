import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { createTokenVerifier } from '@frontline/auth-tokens';
import { createHttpHandler, createLogger, listen, type RunningServer } from '@frontline/subgraph-kit';
import { supergraphSdl } from '@frontline/supergraph';
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
    // The admin knows only the gateway: roster uploads are streamed on to the members service.
    postRoutes: config.subgraphUrls.members
      ? {
          '/upload/members': uploadProxy({
            serviceUrl: config.subgraphUrls.members,
            path: '/imports/upload',
            log,
          }),
        }
      : {},
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
