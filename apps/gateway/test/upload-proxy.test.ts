import { startTestMembers, type TestMembers } from '@frontline/members/testing';
import { graphql, loginAs, startTestTenants, type TestTenants } from '@frontline/tenants/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../src/config.js';
import { type RunningGateway, startGateway } from '../src/gateway.js';

// The proxy does not touch a database; one kind is enough.
describe('roster upload through the gateway', () => {
  let tenants: TestTenants;
  let members: TestMembers;
  let gateway: RunningGateway;
  beforeAll(async () => {
    tenants = await startTestTenants('pglite');
    members = await startTestMembers('pglite', tenants.url);
    gateway = await startGateway(
      loadGatewayConfig({
        MEMBERS_URL: members.url,
        TENANTS_URL: tenants.url,
        NODE_ENV: 'test',
        GATEWAY_PORT: '0',
        LOG_LEVEL: 'silent',
        JWKS_URL: new URL('/.well-known/jwks.json', tenants.url).toString(),
      }),
    );
  }, 90_000);
  afterAll(async () => {
    await gateway?.close();
    await members?.close();
    await tenants?.close();
  });

  const post = (body: string | ReadableStream, headers: Record<string, string> = {}) =>
    fetch(`${gateway.url}/upload/members?filename=${encodeURIComponent('花名册.csv')}`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...headers },
      body,
      duplex: 'half',
    } as RequestInit);

  it('streams the body to the members service with the caller’s token; the admin then sees the mapping', async () => {
    const token = await loginAs(gateway.graphqlUrl, 'mining.officer@frontline.demo');
    // A streamed (chunked) body: nothing is buffered on the way.
    const chunks = [
      '\ufeff姓名,身份证号,',
      '班组,入会时间\r\n',
      '张三,110101199003071234,甲班,2020-01-01\r\n',
    ];
    const stream = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await post(stream, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const { uploadId, fileName } = (await res.json()) as { uploadId: string; fileName: string };
    expect(fileName).toBe('花名册.csv');
    const mapping = await graphql(
      gateway.graphqlUrl,
      `query($id: ID!) { memberImportUpload(uploadId: $id) { headers suggestedMapping { column field } } }`,
      { token, variables: { id: uploadId } },
    );
    expect(mapping.data?.memberImportUpload.headers).toEqual(['姓名', '身份证号', '班组', '入会时间']);
    expect(mapping.data?.memberImportUpload.suggestedMapping.map((m: any) => m.field)).toEqual([
      'NAME',
      'NATIONAL_ID',
      'TEAM',
      'JOINED_ON',
    ]);
    // The upload belongs to the mining union: another union does not find it through the gateway either.
    const other = await loginAs(gateway.graphqlUrl, 'textile.officer@frontline.demo');
    const foreign = await graphql(
      gateway.graphqlUrl,
      `query($id: ID!) { memberImportUpload(uploadId: $id) { headers } }`,
      { token: other, variables: { id: uploadId } },
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a missing or bad token at the gateway, and passes on the service’s refusals', async () => {
    expect((await post('姓名\r\n')).status).toBe(401);
    const bad = await post('姓名\r\n', { authorization: 'Bearer not.a.token', 'accept-language': 'en' });
    expect(bad.status).toBe(401);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const fed = await loginAs(gateway.graphqlUrl, 'city.officer@frontline.demo');
    const res = await post('姓名\r\n', { authorization: `Bearer ${fed}`, 'accept-language': 'en' });
    expect(res.status).toBe(403);
    expect(((await res.json()) as any).errors[0].message).toMatch(/Switch to an enterprise union/);
    const get = await fetch(`${gateway.url}/upload/members`);
    expect(get.status).toBe(405);
  });
});
