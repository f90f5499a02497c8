#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx motmap` works from the repository without a build.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const result = spawnSync(process.execPath, ["--import", "tsx", main, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
