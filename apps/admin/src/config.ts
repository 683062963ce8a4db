export interface RuntimeConfig {
  graphqlUrl: string;
}

declare global {
  interface Window {
    __FRONTLINE_CONFIG__?: Partial<RuntimeConfig>;
  }
}

export const DEFAULT_GRAPHQL_URL = 'http://localhost:4000/graphql';

async function fetchConfigJson(fetchImpl: typeof fetch): Promise<Partial<RuntimeConfig>> {
  try {
    const res = await fetchImpl(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
    if (!res.ok) return {};
    // A static server with an SPA fallback answers index.html here: that is "no config", not an error.
    const body: unknown = await res.json();
    return body && typeof body === 'object' ? (body as Partial<RuntimeConfig>) : {};
  } catch {
    return {};
  }
}

/**
 * The built admin is deployed once and pointed at a gateway at run time, so the endpoint is
 * resolved in the browser: a build-time override first, then what the serving host injected
 * (`window.__FRONTLINE_CONFIG__` or `/config.json`), then the local default.
 */
export async function loadRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const fromBuild = import.meta.env.VITE_GRAPHQL_URL as string | undefined;
  if (fromBuild) return { graphqlUrl: fromBuild };
  const injected = window.__FRONTLINE_CONFIG__?.graphqlUrl;
  if (injected) return { graphqlUrl: injected };
  const fromFile = (await fetchConfigJson(fetchImpl)).graphqlUrl;
  return { graphqlUrl: fromFile || DEFAULT_GRAPHQL_URL };
}
