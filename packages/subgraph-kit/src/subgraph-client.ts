import { serviceUnavailable } from './errors.js';

export interface GraphQLReply<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { message?: string }[] } }[];
}

/**
 * Calls another subgraph directly with the caller's own token (it verifies the token and applies the
 * caller's scope itself), passing on language and request id. A service that does not answer, or
 * answers with something that is not JSON, is `SERVICE_UNAVAILABLE` (`serviceKey`, e.g.
 * `service.members`); what it answered is the caller's to read.
 */
export async function callSubgraph<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  call: { token: string; serviceKey: string; locale?: string; requestId?: string; timeoutMs?: number },
): Promise<GraphQLReply<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${call.token}`,
        ...(call.locale ? { 'accept-language': call.locale } : {}),
        ...(call.requestId ? { 'x-request-id': call.requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(call.timeoutMs ?? 5000),
    });
    return { status: res.status, ...((await res.json()) as Omit<GraphQLReply<T>, 'status'>) };
  } catch {
    throw serviceUnavailable(call.serviceKey);
  }
}
