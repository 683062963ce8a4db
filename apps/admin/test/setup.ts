import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Pages with tables and several queries take more than the default second to render in happy-dom.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  vi.unstubAllGlobals();
});
