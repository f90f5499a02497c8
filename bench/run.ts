// npm run bench -- <name>: runs bench/<name>/index.ts, which measures and writes bench/results/<name>.json.
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here).filter(
  (d) => !["lib", "results"].includes(d) && statSync(join(here, d)).isDirectory(),
);
const name = process.argv[2];
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name>   (one of: ${available.join(", ")})`);
  process.exit(2);
}
const bench = (await import(`./${name}/index.ts`)) as { main?: () => Promise<void> };
if (typeof bench.main !== "function") throw new Error(`bench/${name}/index.ts exports no main()`);
await bench.main();
