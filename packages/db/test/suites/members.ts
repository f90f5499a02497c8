import { createHash } from "node:crypto";
import type { User } from "@motmap/core";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addMember,
  createHospital,
  createUser,
  deleteExpiredSessions,
  findSessionUser,
  type HospitalContext,
  listAuditEntries,
  listMembers,
  logIn,
  removeMember,
  revokeSession,
  updateMe,
  updateMemberRole,
} from "../../src/index.ts";
import type { TestDatabase } from "../support/engines.ts";
import { expectError, insertUser, newHospital, unwrap } from "../support/fixtures.ts";

const PASSWORD = "correct horse battery staple";

/** Registers the members and sessions tests; `database` is the file's database (one per engine). */
export function membersSuite(database: () => TestDatabase) {
  describe("members and sessions", () => {
    let t: TestDatabase;
    let owner: User;
    let ctx: HospitalContext;

    beforeAll(async () => {
      t = database();
      owner = unwrap(await createUser(t.db, { email: "Owner@Hanbit.kr", name: "김하늘", password: PASSWORD }));
      const h = await createHospital(t.db, { name: "한빛병원" }, owner.id);
      ctx = { db: t.db, hospitalId: h.id, actorId: owner.id };
    });
    const roleOf = async (c: HospitalContext, userId: string) =>
      (await listMembers(c)).find((m) => m.userId === userId)?.role ?? null;

    describe("logging in", () => {
      it("with the right password returns a session token, the user and memberships", async () => {
        expect(owner.email).toBe("owner@hanbit.kr");
        const r = unwrap(await logIn(t.db, { email: "OWNER@hanbit.kr", password: PASSWORD }));
        expect(r.user).toEqual(owner);
        expect(r.memberships).toEqual([{ hospitalId: ctx.hospitalId, hospitalName: "한빛병원", role: "owner" }]);
        expect(r.token.length).toBeGreaterThanOrEqual(32);
        expect(Date.parse(r.expiresAt)).toBeGreaterThan(Date.now());
        const session = await findSessionUser(t.db, r.token);
        expect(session).toEqual({ user: owner, memberships: r.memberships });
      });

      it("a wrong password and an unknown e-mail fail with the same message", async () => {
        const wrong = expectError(
          await logIn(t.db, { email: "owner@hanbit.kr", password: "wrong password!" }),
          "unauthenticated",
        );
        const unknown = expectError(
          await logIn(t.db, { email: "nobody@hanbit.kr", password: PASSWORD }),
          "unauthenticated",
        );
        expect(unknown.message).toBe(wrong.message);
        expect(unknown).toEqual(wrong);
        expectError(await logIn(t.db, { email: "not-an-email", password: PASSWORD }), "validation_failed", "email");
      });

      it("stores only a hash of the token", async () => {
        const { token } = unwrap(await logIn(t.db, { email: "owner@hanbit.kr", password: PASSWORD }));
        const rows = await t.db.selectFrom("sessions").selectAll().where("user_id", "=", owner.id).execute();
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          expect(row.token_hash).not.toBe(token);
          expect(row.token_hash).not.toContain(token);
        }
        expect(rows.map((r) => r.token_hash)).toContain(createHash("sha256").update(token).digest("hex"));
        // The hash itself is not a usable token.
        const hash = createHash("sha256").update(token).digest("hex");
        expect(await findSessionUser(t.db, hash)).toBeNull();
      });

      it("a revoked session is gone; other sessions stay", async () => {
        const one = unwrap(await logIn(t.db, { email: "owner@hanbit.kr", password: PASSWORD }));
        const two = unwrap(await logIn(t.db, { email: "owner@hanbit.kr", password: PASSWORD }));
        expect(one.token).not.toBe(two.token);
        await revokeSession(t.db, one.token);
        expect(await findSessionUser(t.db, one.token)).toBeNull();
        expect((await findSessionUser(t.db, two.token))?.user.id).toBe(owner.id);
        expect(await findSessionUser(t.db, "made-up-token")).toBeNull();
      });

      it("an expired session is null and is cleaned up", async () => {
        const { token } = unwrap(await logIn(t.db, { email: "owner@hanbit.kr", password: PASSWORD }));
        const hash = createHash("sha256").update(token).digest("hex");
        await t.db
          .updateTable("sessions")
          .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
          .where("token_hash", "=", hash)
          .execute();
        expect(await findSessionUser(t.db, token)).toBeNull();
        expect(await deleteExpiredSessions(t.db)).toBe(1);
        expect(await t.db.selectFrom("sessions").select("token_hash").where("token_hash", "=", hash).execute()).toEqual(
          [],
        );
      });

      it("updateMe changes the locale and name", async () => {
        const u = unwrap(await updateMe(t.db, owner.id, { locale: "en" }));
        expect(u).toEqual({ ...owner, locale: "en" });
        const back = unwrap(await updateMe(t.db, owner.id, { locale: "ko" }));
        expect(back).toEqual(owner);
        expectError(await updateMe(t.db, owner.id, { locale: "de" }), "validation_failed", "locale");
      });
    });

    describe("adding members", () => {
      it("a new account needs a password", async () => {
        const before = await listMembers(ctx);
        expectError(
          await addMember(ctx, "owner", { email: "new@hanbit.kr", name: "신규", role: "editor" }),
          "validation_failed",
          "password",
        );
        expect(await listMembers(ctx)).toEqual(before);
        expect(await t.db.selectFrom("users").select("id").where("email", "=", "new@hanbit.kr").execute()).toEqual([]);
      });

      it("creates the account with the password, and the new member can log in", async () => {
        const m = unwrap(
          await addMember(ctx, "admin", {
            email: "Nurse@Hanbit.kr",
            name: "이서준",
            role: "editor",
            password: "nurse-password-1",
          }),
        );
        expect(m).toMatchObject({ email: "nurse@hanbit.kr", name: "이서준", role: "editor" });
        expect(await roleOf(ctx, m.userId)).toBe("editor");
        const session = unwrap(await logIn(t.db, { email: "nurse@hanbit.kr", password: "nurse-password-1" }));
        expect(session.memberships.map((x) => [x.hospitalId, x.role])).toEqual([[ctx.hospitalId, "editor"]]);
      });

      it("an existing account joins without a password, keeping its name", async () => {
        const other = await newHospital(t);
        const userId = await insertUser(t, "박의사", "doctor@hanbit.kr");
        const m = unwrap(
          await addMember(other, "owner", { email: "doctor@hanbit.kr", name: "다른 이름", role: "viewer" }),
        );
        expect(m).toEqual({ userId, email: "doctor@hanbit.kr", name: "박의사", role: "viewer" });
        // Given a password, an existing account still only joins; its password is not replaced.
        const again = unwrap(
          await addMember(ctx, "owner", {
            email: "doctor@hanbit.kr",
            name: "x",
            role: "admin",
            password: "another-password",
          }),
        );
        expect(again.userId).toBe(userId);
        const row = await t.db
          .selectFrom("users")
          .select("password_hash")
          .where("id", "=", userId)
          .executeTakeFirstOrThrow();
        expect(row.password_hash).toBe("not-a-hash");
        expect(await roleOf(other, userId)).toBe("viewer");
        expect(await roleOf(ctx, userId)).toBe("admin");
      });

      it("adding a member twice is a conflict", async () => {
        const userId = await insertUser(t, "중복", "dup@hanbit.kr");
        unwrap(await addMember(ctx, "owner", { email: "dup@hanbit.kr", name: "중복", role: "viewer" }));
        const e = expectError(
          await addMember(ctx, "owner", { email: "DUP@hanbit.kr", name: "중복", role: "editor" }),
          "conflict",
          "email",
        );
        expect(e.message).toContain("dup@hanbit.kr");
        expect(await roleOf(ctx, userId)).toBe("viewer");
      });

      it("only owners grant owner; editors and viewers add no one", async () => {
        await insertUser(t, "후보", "candidate@hanbit.kr");
        const input = (role: string) => ({ email: "candidate@hanbit.kr", name: "후보", role });
        expectError(await addMember(ctx, "admin", input("owner")), "forbidden");
        for (const actor of ["editor", "viewer"] as const) {
          for (const role of ["owner", "admin", "editor", "viewer"])
            expectError(await addMember(ctx, actor, input(role)), "forbidden");
        }
        expect((await listMembers(ctx)).some((m) => m.email === "candidate@hanbit.kr")).toBe(false);
        const m = unwrap(await addMember(ctx, "owner", input("owner")));
        expect(await roleOf(ctx, m.userId)).toBe("owner");
      });
    });

    describe("changing roles and removing members", () => {
      let h: HospitalContext;
      let o1: string;
      let o2: string;
      let adm: string;
      let ed: string;
      beforeAll(async () => {
        h = await newHospital(t);
        o1 = await insertUser(t, "원장1");
        o2 = await insertUser(t, "원장2");
        adm = await insertUser(t, "관리자");
        ed = await insertUser(t, "편집자");
        const at = new Date().toISOString();
        await t.db
          .insertInto("memberships")
          .values([
            { user_id: o1, hospital_id: h.hospitalId, role: "owner", created_at: at },
            { user_id: adm, hospital_id: h.hospitalId, role: "admin", created_at: at },
            { user_id: ed, hospital_id: h.hospitalId, role: "editor", created_at: at },
          ])
          .execute();
        h = { ...h, actorId: o1 };
      });

      it("an admin cannot grant owner nor change an owner", async () => {
        expectError(await updateMemberRole(h, "admin", ed, { role: "owner" }), "forbidden");
        expectError(await updateMemberRole(h, "admin", o1, { role: "admin" }), "forbidden");
        expectError(await removeMember(h, "admin", o1), "forbidden");
        expect(await roleOf(h, ed)).toBe("editor");
        expect(await roleOf(h, o1)).toBe("owner");
      });

      it("an admin changes non-owners; editors and viewers change no one", async () => {
        const m = unwrap(await updateMemberRole(h, "admin", ed, { role: "viewer" }));
        expect(m).toMatchObject({ userId: ed, name: "편집자", role: "viewer" });
        expect(await roleOf(h, ed)).toBe("viewer");
        unwrap(await updateMemberRole(h, "admin", ed, { role: "editor" }));
        expectError(await updateMemberRole(h, "editor", ed, { role: "viewer" }), "forbidden");
        expectError(await updateMemberRole(h, "viewer", ed, { role: "viewer" }), "forbidden");
        expect(await roleOf(h, ed)).toBe("editor");
        expectError(await updateMemberRole(h, "admin", ed, { role: "boss" }), "validation_failed", "role");
      });

      // Regression: removeMember only checked "only an owner removes an owner", so an editor or a
      // viewer could remove any admin, editor or viewer.
      it("editors and viewers cannot remove members", async () => {
        const other = await newHospital(t);
        const victim = await insertUser(t, "관리자2");
        await t.db
          .insertInto("memberships")
          .values({
            user_id: victim,
            hospital_id: other.hospitalId,
            role: "admin",
            created_at: new Date().toISOString(),
          })
          .execute();
        expectError(await removeMember(other, "viewer", victim), "forbidden");
        expectError(await removeMember(other, "editor", victim), "forbidden");
        expect(await roleOf(other, victim)).toBe("admin");
      });

      it("the last owner can be neither demoted nor removed", async () => {
        expect(expectError(await updateMemberRole(h, "owner", o1, { role: "admin" }), "forbidden").message).toContain(
          "owner",
        );
        expectError(await removeMember(h, "owner", o1), "forbidden");
        expect(await roleOf(h, o1)).toBe("owner");
        // Keeping the owner role is fine.
        expect(unwrap(await updateMemberRole(h, "owner", o1, { role: "owner" })).role).toBe("owner");
      });

      it("with a second owner, an owner can be demoted and removed", async () => {
        const { email } = await t.db.selectFrom("users").select("email").where("id", "=", o2).executeTakeFirstOrThrow();
        unwrap(await addMember(h, "owner", { email, name: "원장2", role: "owner" }));
        // With two owners the last-owner rule does not apply, yet an admin still cannot touch an owner.
        expectError(await updateMemberRole(h, "admin", o1, { role: "admin" }), "forbidden");
        expectError(await updateMemberRole(h, "admin", o2, { role: "viewer" }), "forbidden");
        expectError(await removeMember(h, "admin", o2), "forbidden");
        expect(await roleOf(h, o2)).toBe("owner");
        expect(unwrap(await updateMemberRole(h, "owner", o1, { role: "admin" })).role).toBe("admin");
        // o2 is now the last owner.
        expectError(await updateMemberRole(h, "owner", o2, { role: "editor" }), "forbidden");
        expectError(await removeMember(h, "owner", o2), "forbidden");
        unwrap(await updateMemberRole(h, "owner", o1, { role: "owner" }));
        unwrap(await removeMember(h, "owner", o2));
        expect(await roleOf(h, o2)).toBeNull();
        // The account stays.
        expect(await t.db.selectFrom("users").select("id").where("id", "=", o2).execute()).toHaveLength(1);
      });

      it("removing a member keeps the account and its other hospitals", async () => {
        const other = await newHospital(t);
        await t.db
          .insertInto("memberships")
          .values({ user_id: ed, hospital_id: other.hospitalId, role: "admin", created_at: new Date().toISOString() })
          .execute();
        unwrap(await removeMember(h, "admin", ed));
        expect(await roleOf(h, ed)).toBeNull();
        expect(await roleOf(other, ed)).toBe("admin");
        expectError(await removeMember(h, "admin", ed), "not_found");
        expectError(await updateMemberRole(h, "owner", ed, { role: "viewer" }), "not_found");
      });

      it("member changes are audited with the actor", async () => {
        const entries = await listAuditEntries(h, { limit: 100 });
        const membership = entries.filter((e) => e.entityType === "membership");
        expect(membership.map((e) => e.action)).toContain("update");
        expect(membership.map((e) => e.action)).toContain("delete");
        for (const e of membership) expect(e.userId).toBe(o1);
        const removal = membership.find((e) => e.action === "delete" && e.entityId === ed);
        expect(removal).toMatchObject({ before: { userId: ed, role: "editor" }, after: null, userName: "원장1" });
      });
    });
  });
}
