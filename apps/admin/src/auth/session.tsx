import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Provider as UrqlProvider } from 'urql';
import { type ClientFactory, createGraphqlClient } from '../graphql/client';
import { currentLanguage } from '../i18n';
import { readToken, writeToken } from './tokenStore';

export interface Session {
  token: string | null;
  /** The gateway's GraphQL endpoint; other gateway routes (uploads) sit beside it. */
  graphqlUrl: string;
  /** Stores a token from login or switchTenant; every query is refetched under it. */
  signIn: (token: string) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside <SessionProvider>');
  return session;
}

interface Props {
  graphqlUrl: string;
  createClient?: ClientFactory;
  children: ReactNode;
}

export function SessionProvider({ graphqlUrl, createClient = createGraphqlClient, children }: Props) {
  const { i18n } = useTranslation();
  const [token, setToken] = useState(readToken);

  const signIn = useCallback((next: string) => {
    writeToken(next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    writeToken(null);
    setToken(null);
  }, []);
  // A late answer for an older token (e.g. one replaced by switchTenant) must not end the new session.
  const expire = useCallback((expired: string) => {
    if (readToken() === expired) writeToken(null);
    setToken((current) => (current === expired ? null : current));
  }, []);

  const client = useMemo(
    () =>
      createClient({
        url: graphqlUrl,
        token,
        getLanguage: () => currentLanguage(i18n),
        // Without a token an UNAUTHENTICATED answer (e.g. wrong password) is the form's business.
        onUnauthenticated: token ? () => expire(token) : undefined,
      }),
    [createClient, graphqlUrl, token, i18n, expire],
  );

  const session = useMemo(
    () => ({ token, graphqlUrl, signIn, signOut }),
    [token, graphqlUrl, signIn, signOut],
  );
  return (
    <SessionContext value={session}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext>
  );
}
