import { defineConfig } from "vitest/config";

// A fixed key for personal data encrypted at rest: on PostgreSQL motmap refuses to invent one
// (several servers must share it), so every test process gets the same throwaway key.
const env = { MOTMAP_SECRET_KEY: Buffer.alloc(32, 7).toString("base64") };

// One project per package so `--project` picks a layer; e2e runs alone because it drives a browser.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "core", include: ["packages/core/test/**/*.test.ts"] } },
      { test: { name: "tabular", include: ["packages/tabular/test/**/*.test.ts"], testTimeout: 60_000 } },
      {
        test: {
          name: "db",
          env,
          include: ["packages/db/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "server",
          env,
          include: ["apps/server/test/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: { name: "cli", env, include: ["apps/cli/test/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        test: {
          name: "e2e",
          env,
          include: ["e2e/**/*.test.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // A page that renders in 300 ms alone can take seconds while the other projects load both cores (CI).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
