import { defineConfig } from 'drizzle-kit';

// One migrations folder serves PGlite and PostgreSQL. Tables are declared next to the capability
// that owns them (`src/<capability>/*.tables.ts`).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/**/*.tables.ts',
  out: './drizzle',
});
