import type { IncomingMessage } from 'node:http';
import { type AccessClaims, TokenError, type TokenVerifier } from '@frontline/auth-tokens';
import { bearerToken, type Locale, localeFromHeader, translate } from '@frontline/subgraph-kit';
import { GraphQLError } from 'graphql';

export interface GatewayContext {
  requestId: string;
  locale: Locale;
  /** The verified token, forwarded to subgraphs (which verify it again). */
  token?: string;
  claims?: AccessClaims;
}

const REASON_KEYS: Record<TokenError['reason'], string> = {
  missing: 'error.tokenMissing',
  malformed: 'error.tokenMalformed',
  expired: 'error.tokenExpired',
  invalid: 'error.tokenInvalid',
};

/**
 * The gateway verifies the caller before planning anything: a request with a bad token is refused
 * whole (401). A request without a token goes on; subgraphs then give it nothing but `login`.
 */
export async function gatewayContext(
  req: IncomingMessage,
  requestId: string,
  verify: TokenVerifier,
): Promise<GatewayContext> {
  const locale = localeFromHeader(req.headers['accept-language']);
  const token = bearerToken(req);
  if (!token) return { requestId, locale };
  try {
    return { requestId, locale, token, claims: await verify(token) };
  } catch (err) {
    if (!(err instanceof TokenError)) throw err;
    const key = REASON_KEYS[err.reason];
    throw new GraphQLError(translate(locale, key), {
      extensions: { code: 'UNAUTHENTICATED', messageKey: key, http: { status: 401 } },
    });
  }
}
