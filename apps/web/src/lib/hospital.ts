import { can, type Membership, ROLES, type Role } from "@motmap/core";
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

const LAST_HOSPITAL_KEY = "motmap.hospital";

export function rememberHospital(hospitalId: string) {
  try {
    localStorage.setItem(LAST_HOSPITAL_KEY, hospitalId);
  } catch {
    // private mode
  }
}

/** Where to land after login: the hospital used last, else the one where the user has the strongest role. */
export function homeHospital(memberships: Membership[]): Membership | null {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_HOSPITAL_KEY);
  } catch {
    last = null;
  }
  const remembered = memberships.find((m) => m.hospitalId === last);
  if (remembered) return remembered;
  const rank = (r: Role) => ROLES.length - ROLES.indexOf(r);
  return [...memberships].sort((a, b) => rank(b.role) - rank(a.role))[0] ?? null;
}
