import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    // antd alone is ~1 MB minified; the admin is an intranet app, so one vendor chunk is fine.
    chunkSizeWarningLimit: 2000,
  },
});
