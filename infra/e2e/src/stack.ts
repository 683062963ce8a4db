/** What infra/scripts/dev.mjs announces on stdout, as parsed by the global setup. */
export interface DemoLogin {
  email: string;
  password: string;
  role: string;
  tenantName: string;
}

export interface StackInfo {
  adminUrl: string;
  gatewayUrl: string;
  logins: DemoLogin[];
}

export const STACK_ENV = 'FRONTLINE_E2E_STACK';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Parses one line of dev.mjs output into `info`; returns true on the ready line. */
export function parseStackLine(rawLine: string, info: Partial<StackInfo> & { logins: DemoLogin[] }): boolean {
  const line = rawLine.replace(ANSI, '').trim();
  const admin = /\badmin:\s+(https?:\/\/\S+)/.exec(line);
  if (admin) info.adminUrl = admin[1];
  const gateway = /\bgateway:\s+(https?:\/\/\S+)/.exec(line);
  if (gateway) info.gatewayUrl = gateway[1];
  const login = /demo login:\s+(\S+)\s+(\S+)\s+\(([A-Z_]+),\s*(.+)\)\s*$/.exec(line);
  if (login) {
    const [, email, password, role, tenantName] = login;
    info.logins.push({ email, password, role, tenantName: tenantName.trim() });
  }
  return line.includes('Frontline is ready');
}

export function stackInfo(): StackInfo {
  const raw = process.env[STACK_ENV];
  if (!raw)
    throw new Error(`${STACK_ENV} is not set: run the tests through playwright.config.ts (global setup)`);
  return JSON.parse(raw) as StackInfo;
}

export function demoLogin(description: string, matches: (login: DemoLogin) => boolean): DemoLogin {
  const { logins } = stackInfo();
  const login = logins.find(matches);
  if (!login) {
    const seen = logins.map((l) => `${l.role} ${l.tenantName}`).join('; ');
    throw new Error(`no demo login for ${description} among: ${seen || 'none'}`);
  }
  return login;
}
