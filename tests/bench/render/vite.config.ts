// Builds the chart render benchmark page (index.html beside this file). Only the benchmark uses
// it: d3-org-chart stays out of the app's own build, whose config is the project's vite.config.ts.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
