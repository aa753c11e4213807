import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev:web` forwards API calls: a Vigil started with `npm start`. */
const api = process.env.VIGIL_URL ?? 'http://localhost:4000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 800 },
  server: {
    proxy: {
      // Event streams pass through unbuffered; the proxy only rewrites the origin.
      '/graphql': { target: api, changeOrigin: true },
      // What the dashboard probes to retry at once when Vigil is back (web/src/live/probe.ts).
      '/readyz': { target: api, changeOrigin: true },
    },
  },
});
