import { clearAll, DEMO_LOGIN, seedDemo } from "@motmap/db/demo";
import { withDatabase } from "../open-database.ts";

export async function resetDemoCommand(env: NodeJS.ProcessEnv, out: Console): Promise<void> {
  await withDatabase(env, async ({ db }) => {
    await clearAll(db);
    const { hospitalId } = await seedDemo(db);
    out.log(`Demo hospital reset (id ${hospitalId}). Log in as ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  });
}
