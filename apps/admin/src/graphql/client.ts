import { Client, cacheExchange, fetchExchange, mapExchange } from '@urql/core';
import { isUnauthenticated } from '../lib/graphqlErrors';

export interface ClientOptions {
  url: string;
  token: string | null;
  getLanguage: () => string;
  onUnauthenticated?: () => void;
}

export type ClientFactory = (options: ClientOptions) => Client;

/**
 * One client per token: a new token (login, tenant switch) means a new scope, and a fresh
 * client guarantees nothing cached under the previous scope is shown.
 */
export const createGraphqlClient: ClientFactory = ({ url, token, getLanguage, onUnauthenticated }) =>
  new Client({
    url,
    // Apollo's CSRF protection rejects simple GET requests; POST carries a JSON content type.
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (onUnauthenticated && isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
    fetchOptions: () => ({
      headers: {
        'Accept-Language': getLanguage(),
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
    }),
  });
