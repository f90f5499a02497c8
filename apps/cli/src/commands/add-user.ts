import { parseArgs } from "node:util";
import { Role } from "@motmap/core";
import { createUser } from "@motmap/db";
import { failIf, orFail } from "../cli-error.ts";
import { withDatabase } from "../open-database.ts";

export async function addUserCommand(args: string[], env: NodeJS.ProcessEnv, out: Console): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      password: { type: "string" },
      hospital: { type: "string" },
      role: { type: "string", default: "viewer" },
    },
  });
  failIf(!values.email || !values.name || !values.password, "user add needs --email, --name and --password");
  const role = Role.safeParse(values.role);
  failIf(!role.success, `--role must be one of ${Role.options.join(", ")}`);
  return withDatabase(env, async ({ db }) => {
    if (values.hospital) {
      const hospital = await db
        .selectFrom("hospitals")
        .select("id")
        .where("id", "=", values.hospital)
        .executeTakeFirst();
      failIf(!hospital, `no hospital with id ${values.hospital}`);
    }
    const user = orFail(await createUser(db, { email: values.email, name: values.name, password: values.password }));
    if (values.hospital && role.success) {
      await db
        .insertInto("memberships")
        .values({ user_id: user.id, hospital_id: values.hospital, role: role.data, created_at: user.createdAt })
        .execute();
    }
    out.log(`Created ${user.email} (${user.id})${values.hospital ? ` as ${values.role} of ${values.hospital}` : ""}`);
    return 0;
  });
}
