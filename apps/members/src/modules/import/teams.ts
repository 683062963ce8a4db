import { OrgUnit, OrgUnitStatus } from '../org-unit/org-unit.entity.js';
import { cleanText } from './columns.js';

const key = (name: string) => cleanText(name).replace(/\s/g, '').toLowerCase();

export type TeamMatch = { unit: OrgUnit } | { error: 'import.unknownTeam' | 'import.ambiguousTeam' };

/**
 * The active units of a union, found by name or by a path of names (`一车间/甲班`). A path may
 * start anywhere above the unit (`甲班`, `一车间/甲班`, `一矿/一车间/甲班`); it must name one unit.
 */
export class TeamIndex {
  readonly #byPath = new Map<string, OrgUnit[]>();

  constructor(units: OrgUnit[]) {
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of units) {
      if (unit.status !== OrgUnitStatus.ACTIVE) continue;
      const names: string[] = [];
      const seen = new Set<string>();
      for (let u: OrgUnit | undefined = unit; u && !seen.has(u.id); u = byId.get(u.parentId ?? '')) {
        seen.add(u.id);
        names.unshift(key(u.name));
      }
      for (let i = 0; i < names.length; i++) {
        const path = names.slice(i).join('/');
        this.#byPath.set(path, [...(this.#byPath.get(path) ?? []), unit]);
      }
    }
  }

  find(path: string[]): TeamMatch {
    const found = this.#byPath.get(path.map(key).join('/')) ?? [];
    if (found.length === 1) return { unit: found[0] };
    return { error: found.length ? 'import.ambiguousTeam' : 'import.unknownTeam' };
  }
}
