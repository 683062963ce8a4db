import type { Role } from '@frontline/auth-tokens';
import type { Database, Logger } from '@frontline/subgraph-kit';
import { Officer } from '../officer/officer.entity.js';
import { Tenant } from '../tenant/tenant.entity.js';
import { newOfficer, newTenant } from '../tenant/tenant.service.js';

export const DEMO_PASSWORD = 'Frontline2026';

interface DemoTenant {
  key: string;
  name: string;
  kind: Tenant['kind'];
  parent?: string;
  officers: { email: string; displayName: string; role: Role }[];
}

/** A provincial federation, a city federation under it, and the city's enterprise unions. */
export const DEMO_TENANTS: DemoTenant[] = [
  {
    key: 'province',
    name: '江东省总工会',
    kind: 'FEDERATION',
    officers: [{ email: 'province.admin@frontline.demo', displayName: '周建国', role: 'FEDERATION_ADMIN' }],
  },
  {
    key: 'city',
    name: '临江市总工会',
    kind: 'FEDERATION',
    parent: 'province',
    officers: [
      { email: 'city.admin@frontline.demo', displayName: '陈立华', role: 'FEDERATION_ADMIN' },
      { email: 'city.officer@frontline.demo', displayName: '林晓燕', role: 'FEDERATION_OFFICER' },
    ],
  },
  {
    key: 'mining',
    name: '临江矿业集团有限公司工会',
    kind: 'ENTERPRISE_UNION',
    parent: 'city',
    officers: [
      { email: 'mining.admin@frontline.demo', displayName: '王德明', role: 'UNION_ADMIN' },
      { email: 'mining.officer@frontline.demo', displayName: '赵春梅', role: 'UNION_OFFICER' },
    ],
  },
  {
    key: 'textile',
    name: '临江纺织股份有限公司工会',
    kind: 'ENTERPRISE_UNION',
    parent: 'city',
    officers: [
      { email: 'textile.admin@frontline.demo', displayName: '刘桂英', role: 'UNION_ADMIN' },
      { email: 'textile.officer@frontline.demo', displayName: '孙志强', role: 'UNION_OFFICER' },
    ],
  },
  {
    key: 'metro',
    name: '临江地铁运营有限公司工会',
    kind: 'ENTERPRISE_UNION',
    parent: 'city',
    officers: [
      { email: 'metro.admin@frontline.demo', displayName: '何文博', role: 'UNION_ADMIN' },
      { email: 'metro.officer@frontline.demo', displayName: '郭丽娟', role: 'UNION_OFFICER' },
    ],
  },
];

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  tenantName: string;
}

export function demoLogins(): DemoLogin[] {
  return DEMO_TENANTS.flatMap((t) =>
    t.officers.map((o) => ({ email: o.email, password: DEMO_PASSWORD, role: o.role, tenantName: t.name })),
  );
}

/** The line format scripts rely on: `demo login: <email> <password> (<role>, <tenant name>)`. */
export function formatDemoLogin(l: DemoLogin): string {
  return `demo login: ${l.email} ${l.password} (${l.role}, ${l.tenantName})`;
}

/**
 * Loads the demo tenants and officers once: does nothing when any tenant exists. Runs as the
 * database owner — it is the installation's bootstrap, before any officer exists to act.
 */
export async function loadDemoData(db: Database, log?: Logger): Promise<boolean> {
  const em = db.orm.em.fork({ clear: true, useContext: false });
  if ((await em.count(Tenant, {}, { filters: false })) > 0) return false;
  const byKey = new Map<string, Tenant>();
  await em.transactional(async (tx) => {
    for (const def of DEMO_TENANTS) {
      const tenant = newTenant(def.parent ? (byKey.get(def.parent) ?? null) : null, def.name, def.kind);
      byKey.set(def.key, tenant);
      tx.persist(tenant);
      for (const o of def.officers) tx.persist(await newOfficer(tenant, { ...o, password: DEMO_PASSWORD }));
    }
  });
  log?.info({ tenants: DEMO_TENANTS.length }, 'demo data loaded');
  return true;
}

export { Officer };
