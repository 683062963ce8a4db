import type { GraphQLFormattedError } from 'graphql';

/** Codes that are meant for the caller; anything else is an internal error and is masked. */
const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Outside development, the gateway passes on errors meant for callers (already localized by the
 * subgraph) and replaces everything else — including a subgraph being down — with a generic
 * message, dropping stack traces and downstream details.
 */
export function formatGatewayError(development: boolean) {
  return (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    if (development) return formatted;
    const code = formatted.extensions?.code;
    const { stacktrace: _s, serviceName: _n, exception: _e, ...extensions } = formatted.extensions ?? {};
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    return {
      message: 'Internal server error / 服务器内部错误',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
