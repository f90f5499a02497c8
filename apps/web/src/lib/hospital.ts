import { can, type Role } from "@motmap/core";
import { useParams } from "react-router";
import { useSession } from "../api/queries.ts";

/** The hospital in the URL and what the signed-in user may do there. */
export function useHospitalContext() {
  const { hospitalId = "" } = useParams();
  const session = useSession().data ?? null;
  const membership = session?.memberships.find((m) => m.hospitalId === hospitalId) ?? null;
  const role: Role = membership?.role ?? "viewer";
  return {
    hid: hospitalId,
    session,
    membership,
    role,
    canEdit: membership !== null && can(role, "edit"),
    canAdmin: membership !== null && can(role, "manageMembers"),
  };
}
