/** "Workshop / team": team names such as 甲班 repeat across workshops. */
export function unitLabel(
  unit: { name: string; parent?: { name: string } | null } | null | undefined,
): string {
  if (!unit) return '—';
  return unit.parent ? `${unit.parent.name} / ${unit.name}` : unit.name;
}
