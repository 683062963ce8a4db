#!/usr/bin/env node
// Runs the whole stack locally (what `npm start` ends in): every subgraph, the gateway and the
// admin, on embedded PGlite under .data/ (or DATABASE_URL), demo data loaded once.
// Needs a prior build; bootstrap.mjs does both.
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dataDir = resolve(process.env.FRONTLINE_DATA_DIR ?? join(root, '.data'));
const logDir = join(dataDir, 'logs');
mkdirSync(logDir, { recursive: true });
const host = '127.0.0.1';
const started = Date.now();
const children = [];
let stopping = false;

const say = (msg) => process.stdout.write(`${msg}\n`);

function portFree(port) {
  return new Promise((ok) => {
    const s = createNetServer();
    s.once('error', () => ok(false));
    s.listen(port, host, () => s.close(() => ok(true)));
  });
}

async function freePort() {
  return new Promise((ok) => {
    const s = createNetServer();
    s.listen(0, host, () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** A port from the environment must be free; a default that is taken is replaced by a free one. */
async function choosePort(envName, fallback) {
  const fromEnv = process.env[envName];
  const port = Number(fromEnv ?? fallback);
  if (await portFree(port)) return port;
  if (fromEnv) {
    say(`port ${port} (${envName}) is in use; choose another, e.g. ${envName}=${port + 100} npm start`);
    process.exit(1);
  }
  const other = await freePort();
  say(`note: port ${port} is in use, using ${other} instead (set ${envName} to choose)`);
  return other;
}

async function waitReady(name, url, child, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} was not ready after ${timeoutMs / 1000} s`);
}

function tail(file, lines = 25) {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

function startService(name, script, env) {
  const logFile = join(logDir, `${name}.log`);
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      say(
        `\n${name} stopped unexpectedly (${signal ?? `exit ${code}`}); its log (${logFile}):\n${tail(logFile)}`,
      );
      void stopAll(1);
    }
  });
  children.push({ name, child, logFile });
  return { child, logFile };
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Serves the built admin with SPA fallback, and /config.json telling it where the gateway is. */
function serveAdmin(port, graphqlUrl) {
  const dist = join(root, 'apps/admin/dist');
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ graphqlUrl }));
      return;
    }
    let file = resolve(dist, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dist, 'index.html');
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': file.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

let adminServer;
async function stopAll(code = 0) {
  if (stopping) return;
  stopping = true;
  say('\nstopping Frontline ...');
  adminServer?.close();
  await Promise.all(
    children.map(
      ({ child }) =>
        new Promise((ok) => {
          if (child.exitCode !== null) return ok();
          const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(force);
            ok();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  say('stopped.');
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
  const subgraphs = JSON.parse(readFileSync(join(root, 'infra/supergraph/subgraphs.json'), 'utf8'));
  const gatewayPort = await choosePort('GATEWAY_PORT', 4000);
  const adminPort = await choosePort('ADMIN_PORT', 5173);
  const ports = {};
  for (const s of subgraphs) ports[s.name] = await choosePort(s.portEnv, s.defaultPort);
  const urlOf = (name) => `http://${host}:${ports[name]}`;
  const adminOrigins = [`http://${host}:${adminPort}`, `http://localhost:${adminPort}`];
  const db = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`;
  say(`starting Frontline on ${db} ...`);

  const common = {
    DATA_DIR: dataDir,
    HOST: host,
    JWKS_URL: `${urlOf('tenants')}/.well-known/jwks.json`,
    // Every service may call another directly (e.g. cases asks members about a case's members).
    ...Object.fromEntries(subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, `${urlOf(s.name)}/graphql`])),
  };
  // tenants first: it owns the keys every other service verifies tokens with.
  const ordered = [...subgraphs].sort((a, b) => (a.name === 'tenants' ? -1 : b.name === 'tenants' ? 1 : 0));
  for (const s of ordered) {
    const env = { ...common, SERVICE_NAME: s.name, PORT: String(ports[s.name]), DEMO_DATA: '1' };
    // Check-in QR codes open the admin's public check-in page.
    if (s.name === 'activities') env.CHECKIN_PAGE_URL = `http://${host}:${adminPort}/checkin/`;
    if (s.name === 'tenants') delete env.JWKS_URL;
    const { child } = startService(s.name, join(root, `apps/${s.name}/dist/main.js`), env);
    if (s.name === 'tenants') await waitReady(s.name, `${urlOf(s.name)}/readyz`, child);
  }
  await Promise.all(children.map(({ name, child }) => waitReady(name, `${urlOf(name)}/readyz`, child)));
  const subgraphEnv = Object.fromEntries(subgraphs.map((s) => [s.portEnv, String(ports[s.name])]));
  const gw = startService('gateway', join(root, 'apps/gateway/dist/main.js'), {
    ...subgraphEnv,
    GATEWAY_PORT: String(gatewayPort),
    HOST: host,
    JWKS_URL: common.JWKS_URL,
    CORS_ORIGINS: adminOrigins.join(','),
  });
  await waitReady('gateway', `http://${host}:${gatewayPort}/readyz`, gw.child);
  const graphqlUrl = `http://${host}:${gatewayPort}/graphql`;

  const adminBuilt = existsSync(join(root, 'apps/admin/dist/index.html'));
  if (adminBuilt) adminServer = await serveAdmin(adminPort, graphqlUrl);

  const { demoLogins, formatDemoLogin } = await import(
    join(root, 'apps/tenants/dist/modules/demo/demo-data.js')
  );
  say('');
  if (adminBuilt) say(`admin: http://${host}:${adminPort}/`);
  say(`gateway: ${graphqlUrl}`);
  for (const s of subgraphs) say(`subgraph ${s.name}: ${urlOf(s.name)}/graphql`);
  say(`logs: ${logDir}`);
  say('');
  for (const login of demoLogins()) say(formatDemoLogin(login));
  say('');
  say(`Frontline is ready (${((Date.now() - started) / 1000).toFixed(1)} s). Press Ctrl-C to stop.`);
}

main().catch((err) => {
  say(`Frontline failed to start: ${err.message}`);
  for (const { name, logFile } of children) say(`--- ${name} (${logFile})\n${tail(logFile, 15)}`);
  void stopAll(1);
});
