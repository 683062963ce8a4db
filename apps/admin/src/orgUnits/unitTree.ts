import type { OrgUnitKind } from '../gql/graphql';

export const UNIT_KINDS: OrgUnitKind[] = ['BRANCH', 'WORKSHOP', 'TEAM'];

export interface UnitLike {
  id: string;
  tenantId: string;
  parentId?: string | null;
  name: string;
  kind: OrgUnitKind;
  status?: string;
}

export interface UnitNode<T extends UnitLike> {
  unit: T;
  children: UnitNode<T>[];
}

/** Chinese names in pinyin order (ICU's default collation for zh). */
export const pinyinCollator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Nests units by parentId, siblings by name in pinyin order. Units whose parent is not in the list
 * (top-level units, or below a closed unit that is hidden) become roots.
 */
export function buildUnitTree<T extends UnitLike>(units: readonly T[]): UnitNode<T>[] {
  const nodes = new Map<string, UnitNode<T>>();
  for (const unit of units) nodes.set(unit.id, { unit, children: [] });
  const roots: UnitNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNode<T>[]) => {
    list.sort((a, b) => pinyinCollator.compare(a.unit.name, b.unit.name));
    for (const n of list) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** The kind a new unit below `parent` usually has: branch → workshop → team. */
export function childKind(parent: { kind: OrgUnitKind } | null | undefined): OrgUnitKind {
  if (!parent) return 'BRANCH';
  return parent.kind === 'BRANCH' ? 'WORKSHOP' : 'TEAM';
}

/** Ids of a unit and everything below it (a unit cannot move under these). */
export function subtreeIds<T extends UnitLike>(units: readonly T[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (!u.parentId) continue;
    children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id]);
  }
  const ids = new Set<string>();
  const walk = (id: string) => {
    ids.add(id);
    for (const c of children.get(id) ?? []) walk(c);
  };
  walk(rootId);
  return ids;
}

export interface UnitOption {
  value: string;
  title: string;
  /** Shown once chosen: the path, since names such as 甲班 repeat across workshops. */
  label: string;
  disabled?: boolean;
  selectable?: boolean;
  children: UnitOption[];
}

interface OptionRules<T extends UnitLike> {
  /** Units that cannot be chosen but still show their children (default: all can be chosen). */
  selectable?: (unit: T, hasChildren: boolean) => boolean;
  /** Units left out with everything below them. */
  exclude?: ReadonlySet<string>;
  /** Names of the unions, to group a federation's units by union. */
  unionNames?: ReadonlyMap<string, string>;
}

/** TreeSelect data for picking a unit. */
export function unitOptions<T extends UnitLike>(
  units: readonly T[],
  rules: OptionRules<T> = {},
): UnitOption[] {
  const toOptions = (nodes: UnitNode<T>[], above: string[] = []): UnitOption[] =>
    nodes
      .filter(({ unit }) => !rules.exclude?.has(unit.id))
      .map(({ unit, children }) => ({
        value: unit.id,
        title: unit.name,
        label: [...above, unit.name].join(' / '),
        selectable: rules.selectable ? rules.selectable(unit, children.length > 0) : true,
        children: toOptions(children, [...above, unit.name]),
      }));
  const roots = buildUnitTree(units);
  const tenantIds = [...new Set(roots.map((r) => r.unit.tenantId))];
  if (tenantIds.length <= 1 || !rules.unionNames) return toOptions(roots);
  // A federation sees several unions' trees: one (unselectable) group per union.
  return tenantIds
    .map((tenantId) => ({
      value: `union:${tenantId}`,
      title: rules.unionNames?.get(tenantId) ?? tenantId,
      label: rules.unionNames?.get(tenantId) ?? tenantId,
      selectable: false,
      children: toOptions(roots.filter((r) => r.unit.tenantId === tenantId)),
    }))
    .sort((a, b) => pinyinCollator.compare(a.title, b.title));
}
