import { CombinedError } from '@urql/core';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_GRAPHQL_URL, loadRuntimeConfig } from '../src/config';
import en from '../src/i18n/en.json';
import zhCN from '../src/i18n/zh-CN.json';
import { serverFieldErrors, toFormFieldErrors } from '../src/lib/graphqlErrors';
import { buildTenantTree, withTenants } from '../src/tenants/tree';

describe('buildTenantTree', () => {
  it('nests by parentId and makes tenants with an unknown parent roots', () => {
    const roots = buildTenantTree([
      { id: 'city', parentId: 'province-outside-scope' },
      { id: 'a', parentId: 'city' },
      { id: 'b', parentId: 'city' },
      { id: 'orphan', parentId: null },
    ]);
    expect(roots.map((r) => r.tenant.id)).toEqual(['city', 'orphan']);
    expect(roots[0].children.map((c) => c.tenant.id)).toEqual(['a', 'b']);
  });

  it('adds missing tenants once', () => {
    expect(
      withTenants([{ id: 'a' }], [{ id: 'home' }, { id: 'a' }, { id: 'home' }]).map((t) => t.id),
    ).toEqual(['home', 'a']);
  });
});

describe('server field errors', () => {
  it('maps input paths onto form name paths', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'bad',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'input.firstAdmin.email', message: 'taken' },
              { field: 'input.name', message: 'empty' },
              { field: 'input.name', message: 'too long' },
              { field: 'input.name', message: 'too long' },
              { field: 'email', message: 'x' },
            ],
          },
        },
      ],
    });
    expect(toFormFieldErrors(serverFieldErrors(error), 'input')).toEqual([
      { name: ['firstAdmin', 'email'], errors: ['taken'] },
      { name: ['name'], errors: ['empty', 'too long'] },
      { name: ['email'], errors: ['x'] },
    ]);
  });
});

describe('runtime config', () => {
  it('prefers the injected window config', async () => {
    window.__FRONTLINE_CONFIG__ = { graphqlUrl: 'http://injected/graphql' };
    const fetchImpl = vi.fn();
    expect(await loadRuntimeConfig(fetchImpl)).toEqual({ graphqlUrl: 'http://injected/graphql' });
    expect(fetchImpl).not.toHaveBeenCalled();
    delete window.__FRONTLINE_CONFIG__;
  });

  it('reads /config.json', async () => {
    const fetchImpl = vi.fn(async () => Response.json({ graphqlUrl: 'http://127.0.0.1:4100/graphql' }));
    expect(await loadRuntimeConfig(fetchImpl)).toEqual({ graphqlUrl: 'http://127.0.0.1:4100/graphql' });
    expect(fetchImpl).toHaveBeenCalledWith('/config.json', expect.anything());
  });

  it('falls back when /config.json is missing or is the SPA page', async () => {
    const missing = vi.fn(async () => new Response('not found', { status: 404 }));
    const html = vi.fn(
      async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    expect(await loadRuntimeConfig(missing)).toEqual({ graphqlUrl: DEFAULT_GRAPHQL_URL });
    expect(await loadRuntimeConfig(html)).toEqual({ graphqlUrl: DEFAULT_GRAPHQL_URL });
  });
});

describe('translations', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
    );

  it('has every key in both languages', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });
});
