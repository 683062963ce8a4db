import { useCallback, useState } from 'react';

/**
 * Forward-only cursors give no page numbers; keep the `after` cursor of every page visited so
 * "previous" can go back.
 */
export function useCursorPages() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const next = useCallback((endCursor: string | null) => {
    if (endCursor) setCursors((c) => [...c, endCursor]);
  }, []);
  const previous = useCallback(() => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)), []);
  return { after: cursors[cursors.length - 1], page: cursors.length, next, previous };
}
