import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.js';
import { type RunningGateway, startGateway } from '../src/gateway.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// The proxy touches no database and no token: a stand-in for the activities service is enough
// (the activities subgraph tests its own check-in routes).
describe('QR check-in through the gateway', () => {
  let activities: Server;
  let activitiesUrl: string;
  let gateway: RunningGateway;
  const seen: Seen[] = [];

  beforeAll(async () => {
    activities = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      if (req.method === 'POST') {
        res.writeHead(409, { 'content-type': 'application/json; charset=utf-8', 'retry-after': '5' });
        res.end(JSON.stringify({ ok: false, error: { code: 'DUPLICATE', message: '您已签到' } }));
      } else {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ ok: true, open: true }));
      }
    });
    await new Promise<void>((resolve) => activities.listen(0, '127.0.0.1', resolve));
    activitiesUrl = `http://127.0.0.1:${(activities.address() as AddressInfo).port}/graphql`;
    gateway = await startGateway(
      loadGatewayConfig({
        ACTIVITIES_URL: activitiesUrl,
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'silent',
        JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
        CORS_ORIGINS: 'http://admin.test',
      }),
    );
  }, 60_000);
  afterAll(async () => {
    await gateway?.close();
    await new Promise<void>((resolve) => activities?.close(() => resolve()));
  });

  it('forwards GET and POST without a token, with the client’s address and language, and passes the answer back', async () => {
    const get = await fetch(`${gateway.url}/checkin/abc.def.ghi`, {
      headers: {
        authorization: 'Bearer not-forwarded',
        'accept-language': 'en',
        origin: 'http://admin.test',
      },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ ok: true, open: true });
    expect(get.headers.get('access-control-allow-origin')).toBe('http://admin.test');
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/checkin/abc.def.ghi' });
    expect(seen[0].headers.authorization).toBeUndefined();
    expect(seen[0].headers['accept-language']).toBe('en');
    expect(seen[0].headers['x-forwarded-for']).toMatch(/127\.0\.0\.1$/);
    expect(seen[0].headers['x-request-id']).toBeTruthy();

    const post = await fetch(`${gateway.url}/checkin/abc.def.ghi`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ employeeNo: 'KY10001', name: '张伟' }),
    });
    expect(post.status).toBe(409);
    expect(post.headers.get('retry-after')).toBe('5');
    expect(((await post.json()) as any).error.message).toBe('您已签到');
    expect(seen[1]).toMatchObject({
      method: 'POST',
      body: JSON.stringify({ employeeNo: 'KY10001', name: '张伟' }),
    });
    // The client's own claim stays first; the address the gateway saw is appended last.
    expect(seen[1].headers['x-forwarded-for']).toMatch(/^198\.51\.100\.7, .*127\.0\.0\.1$/);
  });

  it('answers 404 for the bare prefix, 405 for other methods and 502 when the service is down', async () => {
    expect((await fetch(`${gateway.url}/checkin/`)).status).toBe(404);
    expect((await fetch(`${gateway.url}/checkin/x`, { method: 'PUT' })).status).toBe(405);
    await new Promise<void>((resolve) => {
      activities.close(() => resolve());
      activities.closeAllConnections();
    });
    const down = await fetch(`${gateway.url}/checkin/x`);
    expect(down.status).toBe(502);
    expect(((await down.json()) as any).error.code).toBe('BAD_GATEWAY');
  });
});
