import { z } from "zod";
import { Id, Name } from "./common.ts";

/** Roles, strongest first. Each role can do everything the roles after it can. */
export const ROLES = ["owner", "admin", "editor", "viewer"] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

const rank: Record<Role, number> = { owner: 3, admin: 2, editor: 1, viewer: 0 };

/** True when `role` is at least as strong as `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}

/** What each kind of action needs; route handlers ask by action, not by role name. */
export const PERMISSIONS = {
  read: "viewer",
  /** Every member may comment on the map; that is how staff join the discussion. */
  comment: "viewer",
  edit: "editor",
  manageMembers: "admin",
  manageHospital: "admin",
  readAudit: "admin",
} as const satisfies Record<string, Role>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return hasRole(role, PERMISSIONS[permission]);
}

/** Only an owner may grant or remove the owner role. */
export function canAssignRole(actor: Role, target: Role): boolean {
  if (!can(actor, "manageMembers")) return false;
  return target === "owner" ? actor === "owner" : true;
}

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
/** Passwords: long enough to resist guessing; no composition rules (NIST 800-63B). */
export const Password = z.string().min(10, "at least 10 characters").max(200);

export const Locale = z.enum(["ko", "en"]);
export type Locale = z.infer<typeof Locale>;

export const User = z.object({
  id: Id,
  email: Email,
  name: Name(100),
  locale: Locale,
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

export const Membership = z.object({
  hospitalId: Id,
  hospitalName: z.string(),
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

export const Member = z.object({
  userId: Id,
  email: Email,
  name: z.string(),
  role: Role,
});
export type Member = z.infer<typeof Member>;

export const LoginInput = z.object({ email: Email, password: z.string().min(1).max(200) });
export type LoginInput = z.infer<typeof LoginInput>;

export const AddMemberInput = z.object({
  email: Email,
  name: Name(100),
  role: Role,
  /** Needed only when the e-mail has no account yet. */
  password: Password.optional(),
});
export type AddMemberInput = z.infer<typeof AddMemberInput>;

export const UpdateMemberInput = z.object({ role: Role });
export type UpdateMemberInput = z.infer<typeof UpdateMemberInput>;

export const CreateUserInput = z.object({
  email: Email,
  name: Name(100),
  password: Password,
  locale: Locale.default("ko"),
});
export type CreateUserInput = z.input<typeof CreateUserInput>;

export const UpdateMeInput = z.object({ locale: Locale.optional(), name: Name(100).optional() });
export type UpdateMeInput = z.infer<typeof UpdateMeInput>;
