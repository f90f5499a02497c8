import type { Membership, Role, User } from "@motmap/core";
import type { Database, HospitalContext } from "@motmap/db";

/** What middleware puts on the request context for handlers. */
export interface AppEnv {
  Variables: {
    database: Database;
    session: { token: string; user: User; memberships: Membership[] } | null;
    hospital: HospitalContext;
    role: Role;
  };
}
