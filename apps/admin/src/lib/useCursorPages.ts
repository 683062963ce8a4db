import { useCallback, useState } from 'react';

/**
 * Forward-only cursors give no page numbers; keep the `after` cursor of every page visited so
 * "previous" can go back. A new `resetKey` (other filters, sort or page size) starts again at page 1.
 */
export function useCursorPages(resetKey = '') {
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({
    key: resetKey,
    cursors: [null],
  });
  const cursors = state.key === resetKey ? state.cursors : [null];
  const next = useCallback(
    (endCursor: string | null) => {
      if (!endCursor) return;
      setState((s) => ({
        key: resetKey,
        cursors: [...(s.key === resetKey ? s.cursors : [null]), endCursor],
      }));
    },
    [resetKey],
  );
  const previous = useCallback(
    () =>
      setState((s) => {
        const current = s.key === resetKey ? s.cursors : [null];
        return { key: resetKey, cursors: current.length > 1 ? current.slice(0, -1) : current };
      }),
    [resetKey],
  );
  return { after: cursors[cursors.length - 1], page: cursors.length, next, previous };
}
