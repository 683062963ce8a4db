import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubCall {
  authorization: string | undefined;
  input: Record<string, any>;
}

/**
 * A small real GraphQL-over-HTTP server standing in for the cases subgraph (being built elsewhere):
 * `createCase` per the agreed contract, idempotent on `sourceItemId` within the caller's tenant.
 */
export async function startCasesStub() {
  const calls: StubCall[] = [];
  const cases = new Map<string, { id: string; number: string; status: string }>();
  let mode: 'ok' | 'refuse' = 'ok';
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    const send = (payload: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    const auth = req.headers.authorization;
    if (!auth?.startsWith('Bearer ') || !/createCase/.test(body.query))
      return send({ errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
    const input = body.variables.input;
    calls.push({ authorization: auth, input });
    if (mode === 'refuse')
      return send({ errors: [{ message: '摘要过长', extensions: { code: 'BAD_USER_INPUT' } }] });
    const claims = JSON.parse(Buffer.from(auth.slice(7).split('.')[1], 'base64url').toString('utf8'));
    const key = `${claims.scope.id}/${input.sourceItemId}`;
    let found = cases.get(key);
    if (!found) {
      found = {
        id: randomUUID(),
        number: `SQ-2026-${String(cases.size + 1).padStart(5, '0')}`,
        status: 'OPEN',
      };
      cases.set(key, found);
    }
    send({ data: { createCase: found } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    calls,
    setMode(m: 'ok' | 'refuse') {
      mode = m;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A port nothing listens on: the "cases is down" path. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/graphql`;
}
