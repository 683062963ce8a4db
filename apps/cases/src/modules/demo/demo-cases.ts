import type { TokenVerifier } from '@frontline/auth-tokens';
import type { Database, Logger } from '@frontline/subgraph-kit';
import type { CasesDeps } from '../../deps.js';

export async function loadDemoCases(
  _db: Database,
  _deps: CasesDeps,
  _tenantsUrl: string,
  _verify: TokenVerifier,
  _log?: Logger,
) {}
