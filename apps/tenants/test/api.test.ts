import { loadOrCreateDevKey, signAccessToken } from '@frontline/auth-tokens';
import { testDbKinds } from '@frontline/subgraph-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, loginAs, startTestTenants, type TestTenants } from '../src/testing.js';

const PROVINCE = '江东省总工会';
const CITY = '临江市总工会';
const MINING = '临江矿业集团有限公司工会';
const TEXTILE = '临江纺织股份有限公司工会';

const ME = `{ me { officer { email role tenant { name } } homeTenant { name } scopeTenant { id name } canSwitchTenant } }`;
const TREE = `{ tenantTree { id name kind depth } }`;
const TENANT = `query T($id: ID!) { tenant(id: $id) { id name parent { name } children { name } } }`;
const SWITCH = `mutation S($id: ID) { switchTenant(tenantId: $id) { token scopeTenant { id name } } }`;
const CREATE_TENANT = `mutation C($input: CreateTenantInput!) { createTenant(input: $input) { id name kind path parent { name } } }`;

describe.each(testDbKinds())('tenants subgraph over HTTP on %s', (kind) => {
  let t: TestTenants;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await startTestTenants(kind, {
      loginLimits: {
        perAccount: { points: 3, durationSeconds: 60 },
        perAddress: { points: 1000, durationSeconds: 60 },
      },
    });
    ids = {};
    for (const name of [PROVINCE, CITY, MINING, TEXTILE]) ids[name] = await t.tenantId(name);
  }, 60_000);
  afterAll(() => t?.close());

  describe('login', () => {
    it('returns a token that identifies the officer', async () => {
      const token = await loginAs(t.url, 'mining.officer@frontline.demo');
      const me = await graphql(t.url, ME, { token });
      expect(me.data?.me).toMatchObject({
        officer: { email: 'mining.officer@frontline.demo', role: 'UNION_OFFICER', tenant: { name: MINING } },
        homeTenant: { name: MINING },
        canSwitchTenant: false,
      });
    });

    it('refuses a wrong password and an unknown email alike, in the caller’s language', async () => {
      const wrong = await graphql(
        t.url,
        'mutation { login(email: "city.admin@frontline.demo", password: "nope1234") { token } }',
        { locale: 'en' },
      );
      const unknown = await graphql(
        t.url,
        'mutation { login(email: "nobody@frontline.demo", password: "nope1234") { token } }',
      );
      expect(wrong.errors?.[0]).toMatchObject({
        message: 'Email or password is incorrect',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(unknown.errors?.[0]).toMatchObject({
        message: '邮箱或密码不正确',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    });

    it('is rate-limited per account, even for the right password afterwards', async () => {
      const email = 'textile.officer@frontline.demo';
      for (let i = 0; i < 3; i++) {
        await graphql(t.url, `mutation { login(email: "${email}", password: "wrong-${i}") { token } }`);
      }
      const blocked = await graphql(
        t.url,
        `mutation { login(email: "${email}", password: "Frontline2026") { token } }`,
        { locale: 'en' },
      );
      expect(blocked.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(blocked.errors?.[0].message).toMatch(/Too many attempts; try again in \d+ seconds/);
      // Other accounts are not affected.
      await expect(loginAs(t.url, 'textile.admin@frontline.demo')).resolves.toBeTruthy();
    });
  });

  describe('scope', () => {
    it('a city federation officer sees its subtree, not the province above', async () => {
      const token = await loginAs(t.url, 'city.officer@frontline.demo');
      const tree = await graphql(t.url, TREE, { token });
      expect(tree.data?.tenantTree.map((x: { name: string }) => x.name).sort()).toEqual(
        [CITY, MINING, TEXTILE, '临江地铁运营有限公司工会'].sort(),
      );
      const child = await graphql(t.url, TENANT, { token, variables: { id: ids[MINING] } });
      expect(child.data?.tenant).toMatchObject({ name: MINING, parent: { name: CITY }, children: [] });
      const above = await graphql(t.url, TENANT, { token, variables: { id: ids[PROVINCE] } });
      expect(above.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('a union officer is refused a sibling union, and sees only its own tenant', async () => {
      const token = await loginAs(t.url, 'mining.admin@frontline.demo');
      const sibling = await graphql(t.url, TENANT, { token, variables: { id: ids[TEXTILE] }, locale: 'en' });
      expect(sibling.data).toBeNull();
      expect(sibling.errors?.[0]).toMatchObject({
        message: 'Organisation not found',
        extensions: { code: 'NOT_FOUND' },
      });
      const tree = await graphql(t.url, TREE, { token });
      expect(tree.data?.tenantTree.map((x: { name: string }) => x.name)).toEqual([MINING]);
      const tenants = await graphql(
        t.url,
        '{ tenants { totalCount } officers { totalCount edges { node { email } } } }',
        { token },
      );
      expect(tenants.data?.tenants.totalCount).toBe(1);
      expect(
        tenants.data?.officers.edges.every((e: { node: { email: string } }) =>
          e.node.email.startsWith('mining.'),
        ),
      ).toBe(true);
    });

    it('a federation officer narrows to a child union and back; the narrowed token is checked', async () => {
      const token = await loginAs(t.url, 'city.officer@frontline.demo');
      const narrowed = await graphql(t.url, SWITCH, { token, variables: { id: ids[MINING] } });
      const child = narrowed.data?.switchTenant;
      expect(child.scopeTenant.name).toBe(MINING);
      const tree = await graphql(t.url, TREE, { token: child.token });
      expect(tree.data?.tenantTree.map((x: { name: string }) => x.name)).toEqual([MINING]);
      const me = await graphql(t.url, ME, { token: child.token });
      expect(me.data?.me).toMatchObject({ homeTenant: { name: CITY }, scopeTenant: { name: MINING } });
      const back = await graphql(t.url, SWITCH, { token: child.token, variables: { id: null } });
      expect(back.data?.switchTenant.scopeTenant.name).toBe(CITY);
      const outside = await graphql(t.url, SWITCH, { token, variables: { id: ids[PROVINCE] } });
      expect(outside.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('a union officer cannot switch tenants', async () => {
      const token = await loginAs(t.url, 'mining.officer@frontline.demo');
      const res = await graphql(t.url, SWITCH, { token, variables: { id: ids[TEXTILE] } });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('tokens', () => {
    it('answers no tenant data without a token, or with a malformed, forged or expired one', async () => {
      const key = await loadOrCreateDevKey(`/tmp/frontline-forger-${process.pid}`);
      const forged = await signAccessToken(
        key,
        {
          sub: 'x',
          name: 'x',
          roles: ['FEDERATION_ADMIN'],
          home: { id: ids[PROVINCE], path: `/${ids[PROVINCE]}/`, kind: 'FEDERATION' },
          scope: { id: ids[PROVINCE], path: `/${ids[PROVINCE]}/`, kind: 'FEDERATION' },
        },
        600,
      );
      const expired = await signAccessToken(
        t.service.signingKey,
        {
          sub: 'x',
          name: 'x',
          roles: ['FEDERATION_ADMIN'],
          home: { id: ids[PROVINCE], path: `/${ids[PROVINCE]}/`, kind: 'FEDERATION' },
          scope: { id: ids[PROVINCE], path: `/${ids[PROVINCE]}/`, kind: 'FEDERATION' },
        },
        60,
        new Date(Date.now() - 3600_000),
      );
      const cases: [string | undefined, string][] = [
        [undefined, 'error.tokenMissing'],
        ['abc.def', 'error.tokenMalformed'],
        [forged.token, 'error.tokenInvalid'],
        [expired.token, 'error.tokenExpired'],
      ];
      for (const [token, key] of cases) {
        const res = await graphql(t.url, TREE, { token });
        expect(res.data ?? null).toBeNull();
        expect(res.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', messageKey: key });
        const entities = await graphql(
          t.url,
          'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { name } } }',
          { token, variables: { r: [{ __typename: 'Tenant', id: ids[MINING] }] } },
        );
        expect(JSON.stringify(entities.data ?? {})).not.toContain(MINING);
      }
    });

    it('exposes the federation service SDL, and entities only in scope', async () => {
      const sdl = await graphql(t.url, '{ _service { sdl } }');
      expect(sdl.data?._service.sdl).toContain('type Tenant');
      const token = await loginAs(t.url, 'mining.officer@frontline.demo');
      const res = await graphql(
        t.url,
        'query E($r: [_Any!]!) { _entities(representations: $r) { ... on Tenant { name } } }',
        {
          token,
          variables: {
            r: [
              { __typename: 'Tenant', id: ids[MINING] },
              { __typename: 'Tenant', id: ids[TEXTILE] },
            ],
          },
        },
      );
      expect(res.data?._entities).toEqual([{ name: MINING }, null]);
    });
  });

  describe('managing tenants and officers', () => {
    it('a federation admin creates a child union whose first admin can log in', async () => {
      const token = await loginAs(t.url, 'city.admin@frontline.demo');
      const res = await graphql(t.url, CREATE_TENANT, {
        token,
        variables: {
          input: {
            parentId: ids[CITY],
            name: '临江港务集团工会',
            kind: 'ENTERPRISE_UNION',
            firstAdmin: {
              email: `port.admin.${kind}@frontline.demo`,
              displayName: '吴海涛',
              password: 'Harbour2026',
            },
          },
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data?.createTenant).toMatchObject({
        name: '临江港务集团工会',
        kind: 'ENTERPRISE_UNION',
        parent: { name: CITY },
      });
      expect(res.data?.createTenant.path).toMatch(new RegExp(`/${ids[CITY]}/${res.data?.createTenant.id}/$`));
      const adminToken = await loginAs(t.url, `port.admin.${kind}@frontline.demo`, 'Harbour2026');
      const me = await graphql(t.url, ME, { token: adminToken });
      expect(me.data?.me.officer).toMatchObject({
        role: 'UNION_ADMIN',
        tenant: { name: '临江港务集团工会' },
      });
    });

    it('bad input gets field-level errors in both languages and creates nothing', async () => {
      const token = await loginAs(t.url, 'city.admin@frontline.demo');
      const input = {
        parentId: ids[CITY],
        name: 'x',
        kind: 'ENTERPRISE_UNION',
        firstAdmin: { email: 'not-an-email', displayName: '', password: 'short' },
      };
      const zh = await graphql(t.url, CREATE_TENANT, { token, variables: { input } });
      const en = await graphql(t.url, CREATE_TENANT, { token, variables: { input }, locale: 'en' });
      expect(zh.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const fields = (r: typeof zh) =>
        Object.fromEntries(r.errors![0].extensions!.fields.map((f: any) => [f.field, f.message]));
      expect(fields(zh)).toMatchObject({
        'input.name': '至少需要 2 个字符',
        'input.firstAdmin.email': '请输入有效的电子邮箱地址',
        'input.firstAdmin.displayName': '此项为必填项',
        'input.firstAdmin.password': '密码至少 8 位，且须同时包含字母和数字',
      });
      expect(fields(en)['input.firstAdmin.email']).toBe('Enter a valid email address');
      const tree = await graphql(t.url, TREE, { token });
      expect(tree.data?.tenantTree.some((x: { name: string }) => x.name === 'x')).toBe(false);
    });

    it('a taken email rolls back the whole creation', async () => {
      const token = await loginAs(t.url, 'city.admin@frontline.demo');
      const res = await graphql(t.url, CREATE_TENANT, {
        token,
        variables: {
          input: {
            parentId: ids[CITY],
            name: '临江电力工会',
            kind: 'ENTERPRISE_UNION',
            firstAdmin: {
              email: 'province.admin@frontline.demo',
              displayName: '重复',
              password: 'Power20261',
            },
          },
        },
      });
      expect(res.errors?.[0].extensions?.fields).toEqual([
        {
          field: 'input.firstAdmin.email',
          message: '该邮箱已被其他账号使用',
          messageKey: 'officer.emailTaken',
        },
      ]);
      const tree = await graphql(t.url, TREE, { token });
      expect(tree.data?.tenantTree.some((x: { name: string }) => x.name === '临江电力工会')).toBe(false);
    });

    it('only federation admins create tenants, and only under a federation in their scope', async () => {
      const unionAdmin = await loginAs(t.url, 'mining.admin@frontline.demo');
      const input = {
        parentId: ids[CITY],
        name: '越权工会',
        kind: 'ENTERPRISE_UNION',
        firstAdmin: { email: 'x1@frontline.demo', displayName: 'x', password: 'Abcdefg123' },
      };
      expect(
        (await graphql(t.url, CREATE_TENANT, { token: unionAdmin, variables: { input } })).errors?.[0]
          .extensions?.code,
      ).toBe('FORBIDDEN');
      const cityAdmin = await loginAs(t.url, 'city.admin@frontline.demo');
      const underUnion = await graphql(t.url, CREATE_TENANT, {
        token: cityAdmin,
        variables: { input: { ...input, parentId: ids[MINING] } },
      });
      expect(underUnion.errors?.[0].extensions?.fields[0]).toMatchObject({
        field: 'input.parentId',
        messageKey: 'tenant.parentNotFederation',
      });
      const aboveScope = await graphql(t.url, CREATE_TENANT, {
        token: cityAdmin,
        variables: { input: { ...input, parentId: ids[PROVINCE] } },
      });
      expect(aboveScope.errors?.[0].extensions?.fields[0]).toMatchObject({
        field: 'input.parentId',
        messageKey: 'tenant.notInScope',
      });
    });

    it('a union admin manages its officers; a stale update is refused', async () => {
      const token = await loginAs(t.url, 'metro.admin@frontline.demo');
      const created = await graphql(
        t.url,
        'mutation C($input: CreateOfficerInput!) { createOfficer(input: $input) { id version role tenant { name } } }',
        {
          token,
          variables: {
            input: {
              email: `metro.new.${kind}@frontline.demo`,
              displayName: '新干部',
              password: 'Metro20261',
              role: 'UNION_OFFICER',
            },
          },
        },
      );
      const officer = created.data?.createOfficer;
      expect(officer).toMatchObject({
        version: 1,
        role: 'UNION_OFFICER',
        tenant: { name: '临江地铁运营有限公司工会' },
      });
      const UPDATE =
        'mutation U($input: UpdateOfficerInput!) { updateOfficer(input: $input) { displayName version } }';
      const first = await graphql(t.url, UPDATE, {
        token,
        variables: { input: { id: officer.id, version: 1, displayName: '新干部甲' } },
      });
      expect(first.data?.updateOfficer).toEqual({ displayName: '新干部甲', version: 2 });
      const stale = await graphql(t.url, UPDATE, {
        token,
        variables: { input: { id: officer.id, version: 1, displayName: '覆盖' } },
        locale: 'en',
      });
      expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' } });
      expect(stale.errors?.[0].message).toMatch(/reload/);
      const fedRole = await graphql(t.url, UPDATE, {
        token,
        variables: { input: { id: officer.id, version: 2, role: 'FEDERATION_ADMIN' } },
      });
      expect(fedRole.errors?.[0].extensions?.fields[0].field).toBe('input.role');
      // An officer of another union is not found, not editable.
      const other = await loginAs(t.url, 'mining.admin@frontline.demo');
      const cross = await graphql(t.url, UPDATE, {
        token: other,
        variables: { input: { id: officer.id, version: 2, displayName: '越权' } },
      });
      expect(cross.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const officerToken = await loginAs(t.url, 'metro.officer@frontline.demo');
      const notAdmin = await graphql(t.url, UPDATE, {
        token: officerToken,
        variables: { input: { id: officer.id, version: 2, displayName: 'x' } },
      });
      expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('every mutation leaves an audit record in its tenant', async () => {
      const rows = await t.database.db.orm.em
        .getConnection()
        .execute(`select action from tenants.audit_event order by created_at`);
      const actions = rows.map((r: Record<string, string>) => r.action);
      expect(actions).toEqual(
        expect.arrayContaining(['officer.login', 'tenant.create', 'officer.create', 'officer.update']),
      );
    });
  });

  it('the directory names any enterprise union, but opens no other tenant data', async () => {
    const token = await loginAs(t.url, 'mining.officer@frontline.demo');
    const dir = await graphql(t.url, '{ tenantDirectory(search: "纺织") { id name kind parentName } }', {
      token,
    });
    expect(dir.data?.tenantDirectory).toEqual([
      { id: ids[TEXTILE], name: TEXTILE, kind: 'ENTERPRISE_UNION', parentName: CITY },
    ]);
    const byId = await graphql(t.url, 'query($ids: [ID!]) { tenantDirectory(ids: $ids) { name } }', {
      token,
      variables: { ids: [ids[PROVINCE]] },
    });
    expect(byId.data?.tenantDirectory).toEqual([{ name: PROVINCE }]);
    // The directory session is not a way around the scope: the sibling is still not found.
    const sibling = await graphql(t.url, TENANT, { token, variables: { id: ids[TEXTILE] } });
    expect(sibling.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await graphql(t.url, '{ tenantDirectory { name } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('raw SQL inside a union’s request scope sees only that union’s officers', async () => {
    const em = t.database.db.forScope({
      id: ids[MINING],
      path: (
        await t.database.db.orm.em
          .getConnection()
          .execute('select tenant_path from tenants.tenant where id = ?', [ids[MINING]])
      )[0].tenant_path,
      kind: 'ENTERPRISE_UNION',
    });
    const rows = await em.execute('select email from tenants.officer');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r: Record<string, string>) => r.email.startsWith('mining.'))).toBe(true);
    const tenants = await em.execute('select name from tenants.tenant');
    expect(tenants).toEqual([{ name: MINING }]);
  });
});
