import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AppError,
  addDays,
  ancestorPaths,
  badInput,
  chinaDay,
  chinaDayRange,
  createErrorFormatter,
  inheritedScopeFilter,
  isoDate,
  loadConfig,
  localeFromHeader,
  localizeError,
  notFound,
  pageSize,
  parseInput,
  requireCaller,
  requireRole,
  routeFor,
  scopeFilterArgs,
  scopeUpperBound,
  tenantScopeFilter,
} from '../src/index.js';

describe('locale', () => {
  it.each([
    [undefined, 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW', 'zh-CN'],
    ['fr-FR, en;q=0.5', 'en'],
    ['fr', 'zh-CN'],
  ])('%s -> %s', (header, locale) => expect(localeFromHeader(header)).toBe(locale));
});

describe('errors', () => {
  const schema = z.object({ email: z.email(), name: z.string().min(1), age: z.number().max(120) });

  it('turns bad input into one error with a message per field, in both languages', () => {
    let error: AppError | undefined;
    try {
      parseInput(schema, { email: 'nope', name: '', age: 200 }, 'input');
    } catch (e) {
      error = e as AppError;
    }
    expect(error?.code).toBe('BAD_USER_INPUT');
    const formatted = createErrorFormatter({ development: false })({ message: error!.message }, error);
    const zh = localizeError(formatted, 'zh-CN');
    const en = localizeError(formatted, 'en');
    expect(zh.message).toBe('输入有误，请检查标注的字段');
    expect(en.extensions?.fields).toEqual([
      { field: 'input.email', message: 'Enter a valid email address', messageKey: 'validation.email' },
      { field: 'input.name', message: 'This field is required', messageKey: 'validation.required' },
      { field: 'input.age', message: 'Must be at most 120', messageKey: 'validation.tooBig' },
    ]);
  });

  it('reports one message per field even when several rules fail alike', () => {
    const password = z.object({
      p: z.string().regex(/[a-z]/, 'validation.invalid').regex(/\d/, 'validation.invalid'),
    });
    try {
      parseInput(password, { p: '!!' });
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).fields).toEqual([{ field: 'p', key: 'validation.invalid' }]);
    }
  });

  it('localizes nested params', () => {
    const err = notFound('entity.x');
    const f = createErrorFormatter({ development: false })({ message: err.message }, err);
    expect(localizeError(f, 'en').message).toBe('entity.x not found');
  });

  it('masks unexpected errors outside development and keeps them in development', () => {
    const sqlError = new GraphQLError('relation "x" does not exist', {
      originalError: new Error('select * from x'),
    });
    const formatted = {
      message: sqlError.message,
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
    };
    const masked = createErrorFormatter({ development: false })(formatted, sqlError);
    expect(masked.message).toBe('error.internal');
    expect(JSON.stringify(masked)).not.toContain('relation');
    expect(createErrorFormatter({ development: true })(formatted, sqlError).message).toContain('relation');
  });

  it('fails closed without a caller and checks roles', () => {
    expect(() => requireCaller({ caller: null })).toThrow(AppError);
    const caller = {
      officerId: 'o',
      name: 'n',
      roles: ['UNION_OFFICER' as const],
      home: { id: 'a', path: '/a/', kind: 'ENTERPRISE_UNION' as const },
      scope: { id: 'a', path: '/a/', kind: 'ENTERPRISE_UNION' as const },
      token: 't',
    };
    expect(() => requireRole({ caller }, ['UNION_ADMIN'])).toThrow(/forbidden/);
    expect(requireRole({ caller }, ['UNION_OFFICER'])).toBe(caller);
  });

  it('badInput carries its fields', () => {
    expect(badInput([{ field: 'a', key: 'validation.required' }]).fields).toHaveLength(1);
  });
});

describe('scope', () => {
  it('bounds a subtree by a sortable range', () => {
    expect(scopeUpperBound('/a/b/')).toBe('/a/b0');
    for (const inside of ['/a/b/', '/a/b/c/', '/a/b/zzz/']) {
      expect(inside >= '/a/b/' && inside < scopeUpperBound('/a/b/')).toBe(true);
    }
    for (const outside of ['/a/bc/', '/a/', '/a/b', '/a/c/']) {
      expect(outside >= '/a/b/' && outside < scopeUpperBound('/a/b/')).toBe(false);
    }
  });

  it('filters a union by id and a federation by path range; without a path it matches nothing', () => {
    const cond = tenantScopeFilter.cond as (args: object) => object;
    expect(cond(scopeFilterArgs({ id: 'u', path: '/f/u/', kind: 'ENTERPRISE_UNION' }))).toEqual({
      tenantId: 'u',
    });
    expect(cond(scopeFilterArgs({ id: 'f', path: '/f/', kind: 'FEDERATION' }))).toEqual({
      tenantPath: { $gte: '/f/', $lt: '/f0' },
    });
    expect(cond({})).toEqual({ tenantId: { $in: [] } });
  });
});

describe('rows handed down a subtree', () => {
  it('are visible in the owner’s scope and to every tenant below it, not to siblings', () => {
    expect(ancestorPaths('/a/b/c/')).toEqual(['/a/', '/a/b/']);
    expect(ancestorPaths('/a/')).toEqual([]);
    const cond = inheritedScopeFilter.cond as (args: Record<string, unknown>) => unknown;
    expect(cond({ path: '/a/b/' })).toEqual({
      $or: [{ tenantPath: { $gte: '/a/b/', $lt: '/a/b0' } }, { tenantPath: { $in: ['/a/'] } }],
    });
    expect(cond({ path: '/a/' })).toEqual({ tenantPath: { $gte: '/a/', $lt: '/a0' } });
    expect(cond({})).toEqual({ tenantId: { $in: [] } });
  });
});

describe('China time', () => {
  it('counts whole days at UTC+8 and validates calendar days', () => {
    expect(chinaDay(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
    expect(chinaDayRange('2026-02-01', '2026-02-28')).toEqual({
      start: new Date('2026-01-31T16:00:00Z'),
      end: new Date('2026-02-28T16:00:00Z'),
    });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(isoDate.safeParse(' 2028-02-29 ').data).toBe('2028-02-29');
    for (const bad of ['2026-02-29', '2026-13-01', '26-1-1'])
      expect(isoDate.safeParse(bad).error?.issues[0].message).toBe('validation.date');
  });
});

describe('routes', () => {
  it('match a whole path first, then the longest prefix with something after it', () => {
    const table = { '/imports/upload': 'upload', '/checkin/*': 'checkin', '/checkin/admin/*': 'admin' };
    expect(routeFor(table, '/imports/upload')).toBe('upload');
    expect(routeFor(table, '/checkin/abc')).toBe('checkin');
    expect(routeFor(table, '/checkin/admin/x')).toBe('admin');
    expect(routeFor(table, '/checkin/')).toBeUndefined();
    expect(routeFor(table, '/imports/upload/x')).toBeUndefined();
    expect(routeFor(undefined, '/x')).toBeUndefined();
  });
});

describe('pagination', () => {
  it('bounds the page size', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(0)).toThrow(AppError);
    expect(() => pageSize(101)).toThrow(AppError);
  });
});

describe('config', () => {
  it('lists every bad variable at once', () => {
    expect(() => loadConfig({ SERVICE_NAME: '', PORT: 'x', DATABASE_URL: 'mysql://' })).toThrow(
      /SERVICE_NAME[\s\S]*PORT[\s\S]*DATABASE_URL/,
    );
  });

  it('requires a way to verify tokens in production', () => {
    expect(() => loadConfig({ SERVICE_NAME: 'members', PORT: '1', NODE_ENV: 'production' })).toThrow(
      /JWKS_URL/,
    );
  });
});

describe('personal data', async () => {
  const { PiiCipher, maskNationalId, maskPhone, normalizeMobile, parseNationalId, nationalIdCheckChar } =
    await import('../src/index.js');
  const cipher = new PiiCipher({ encryptionKey: Buffer.alloc(32, 1), hmacKey: Buffer.alloc(32, 2) });

  it('encrypts with a fresh IV, decrypts, and refuses tampering', () => {
    const a = cipher.encrypt('110105198001011234');
    expect(a).not.toBe(cipher.encrypt('110105198001011234'));
    expect(cipher.decrypt(a)).toBe('110105198001011234');
    const tampered = `${a.slice(0, -2)}${a.endsWith('A') ? 'B' : 'A'}${a.slice(-1)}`;
    expect(() => cipher.decrypt(tampered)).toThrow();
  });

  it('hashes per purpose', () => {
    expect(cipher.hash('nid', 'x')).toBe(cipher.hash('nid', 'x'));
    expect(cipher.hash('nid', 'x')).not.toBe(cipher.hash('phone', 'x'));
  });

  it('validates GB 11643 numbers and reads birth date and gender', () => {
    const base = '11010519491231002';
    const id = base + nationalIdCheckChar(base);
    expect(parseNationalId(id)).toEqual({ birthDate: '1949-12-31', gender: 'FEMALE' });
    expect(parseNationalId(`${base}${nationalIdCheckChar(base) === '0' ? '1' : '0'}`)).toBeNull();
    expect(parseNationalId('110105194913310020')).toBeNull();
    expect(parseNationalId('11010519491231')).toBeNull();
  });

  it('masks and normalizes', () => {
    expect(maskNationalId('110105198001011234')).toBe('1101**********1234');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(normalizeMobile('+86 138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile('12812345678')).toBeNull();
  });
});
