import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CreateStageInput,
  can,
  canAssignRole,
  checkReorder,
  EmotionScore,
  err,
  FREQUENCIES,
  formatTarget,
  hasRole,
  insertionIndex,
  Lines,
  notFound,
  ok,
  PERMISSIONS,
  PHASES,
  type Phase,
  painPointWeight,
  phaseOrderIssues,
  ROLES,
  type Role,
  SEVERITIES,
  UpdateStageInput,
  validate,
  versionConflict,
} from "../src/index.ts";

const ids = (min = 0, max = 12) => fc.uniqueArray(fc.uuid(), { minLength: min, maxLength: max });

describe("checkReorder", () => {
  it("accepts every permutation of the current ids and returns it", () => {
    fc.assert(
      fc.property(
        ids(1).chain((current) =>
          fc.tuple(fc.constant(current), fc.shuffledSubarray(current, { minLength: current.length })),
        ),
        ([current, permutation]) => {
          const r = checkReorder(current, permutation);
          expect(r).toEqual({ ok: true, value: permutation });
          // A copy: the caller's array is not handed back.
          if (r.ok) expect(r.value).not.toBe(permutation);
        },
      ),
    );
  });

  it("rejects a list missing at least one id", () => {
    fc.assert(
      fc.property(
        ids(1).chain((current) =>
          fc.tuple(fc.constant(current), fc.shuffledSubarray(current, { minLength: 0, maxLength: current.length - 1 })),
        ),
        ([current, partial]) => {
          const r = checkReorder(current, partial);
          expect(r.ok).toBe(false);
          if (!r.ok) {
            expect(r.error.code).toBe("invalid_reorder");
            expect(r.error.issues?.[0]?.path).toBe("ids");
          }
        },
      ),
    );
  });

  it("rejects a list with an extra id, wherever it is inserted", () => {
    fc.assert(
      fc.property(ids(0), fc.uuid(), fc.nat(), (current, extra, at) => {
        fc.pre(!current.includes(extra));
        const requested = [...current];
        requested.splice(at % (current.length + 1), 0, extra);
        const r = checkReorder(current, requested);
        expect(!r.ok && r.error.code).toBe("invalid_reorder");
        expect(!r.ok && r.error.message).toContain(extra);
      }),
    );
  });

  it("rejects a list naming an id twice, even when the length matches", () => {
    fc.assert(
      fc.property(
        ids(2).chain((current) =>
          fc.tuple(fc.constant(current), fc.nat({ max: current.length - 1 }), fc.nat({ max: current.length - 1 })),
        ),
        ([current, from, to]) => {
          fc.pre(from !== to);
          // Replace one id with a copy of another: same length, one missing, one duplicated.
          const requested = [...current];
          requested[to] = current[from] as string;
          const r = checkReorder(current, requested);
          expect(!r.ok && r.error.code).toBe("invalid_reorder");
          // Appending a duplicate to a full permutation is rejected too.
          const longer = checkReorder(current, [...current, current[from] as string]);
          expect(!longer.ok && longer.error.message).toContain("twice");
        },
      ),
    );
  });

  it("accepts exactly the permutations: any list is accepted iff it is one", () => {
    const pool = ["a", "b", "c", "d", "e"];
    fc.assert(
      fc.property(fc.subarray(pool), fc.array(fc.constantFrom(...pool), { maxLength: 7 }), (current, requested) => {
        const isPermutation =
          requested.length === current.length &&
          new Set(requested).size === requested.length &&
          requested.every((id) => current.includes(id));
        expect(checkReorder(current, requested).ok).toBe(isPermutation);
      }),
    );
  });
});

describe("insertionIndex", () => {
  it("appends when no position is given and clamps otherwise", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100 }),
        fc.option(fc.integer({ min: -5, max: 200 }), { nil: undefined }),
        (count, requested) => {
          const i = insertionIndex(count, requested);
          expect(i).toBeGreaterThanOrEqual(0);
          expect(i).toBeLessThanOrEqual(count);
          if (requested === undefined) expect(i).toBe(count);
          else if (requested >= 0 && requested <= count) expect(i).toBe(requested);
        },
      ),
    );
    expect(insertionIndex(3, 99)).toBe(3);
    expect(insertionIndex(3, -1)).toBe(0);
  });
});

describe("Lines()", () => {
  const line = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("", " ", "\t", "  \n ", "전화 예약", "  앞뒤 공백  "),
  );

  it("drops blank lines, trims the rest and keeps their order", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 50 }), (input) => {
        const r = validate(Lines(), input);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toEqual(input.map((l) => l.trim()).filter((l) => l.length > 0));
          expect(r.value.every((l) => l.length > 0 && l === l.trim())).toBe(true);
        }
      }),
    );
  });

  it("rejects more items than allowed and lines longer than allowed (after trimming)", () => {
    expect(validate(Lines(3), ["a", "b", "c", "d"]).ok).toBe(false);
    expect(validate(Lines(3, 5), ["  12345  "]).ok).toBe(true);
    const tooLong = validate(Lines(3, 5), ["ok", "123456"]);
    expect(!tooLong.ok && tooLong.error.issues?.[0]?.path).toBe("1");
  });
});

describe("emotion", () => {
  it("accepts exactly the integers −3..3", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -20, max: 20 }), fc.double({ min: -5, max: 5 })), (n) => {
        const valid = Number.isInteger(n) && n >= -3 && n <= 3;
        expect(EmotionScore.safeParse(n).success).toBe(valid);
        const stage = validate(CreateStageInput, { phase: "before", name: "예약", emotion: n });
        expect(stage.ok).toBe(valid);
        if (!stage.ok) expect(stage.error.issues?.map((i) => i.path)).toEqual(["emotion"]);
        const update = validate(UpdateStageInput, { version: 1, emotion: n });
        expect(update.ok).toBe(valid);
      }),
    );
  });

  it("rejects non-numbers", () => {
    for (const v of ["1", null, true, Number.NaN]) {
      expect(EmotionScore.safeParse(v).success).toBe(false);
    }
  });
});

describe("roles", () => {
  const role = fc.constantFrom(...ROLES);

  it("hasRole follows the order of ROLES (strongest first)", () => {
    fc.assert(
      fc.property(role, role, (a, b) => {
        expect(hasRole(a, b)).toBe(ROLES.indexOf(a) <= ROLES.indexOf(b));
      }),
    );
  });

  it("hasRole is a total order: reflexive, antisymmetric, transitive, total", () => {
    fc.assert(
      fc.property(role, role, role, (a, b, c) => {
        expect(hasRole(a, a)).toBe(true);
        expect(hasRole(a, b) || hasRole(b, a)).toBe(true);
        if (hasRole(a, b) && hasRole(b, a)) expect(a).toBe(b);
        if (hasRole(a, b) && hasRole(b, c)) expect(hasRole(a, c)).toBe(true);
      }),
    );
  });

  it("the owner has every role and the viewer only its own", () => {
    for (const r of ROLES) {
      expect(hasRole("owner", r)).toBe(true);
      expect(hasRole("viewer", r)).toBe(r === "viewer");
    }
  });

  it("can() grants each permission to its role and every stronger one", () => {
    const permissions = Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[];
    for (const r of ROLES) {
      for (const p of permissions) expect(can(r, p), `${r} ${p}`).toBe(hasRole(r, PERMISSIONS[p]));
    }
    const granted = (r: Role) => permissions.filter((p) => can(r, p));
    expect(granted("viewer")).toContain("read");
    expect(granted("viewer")).not.toContain("edit");
    expect(granted("editor")).toEqual(expect.arrayContaining(["read", "edit"]));
    expect(granted("editor")).not.toContain("manageMembers");
    expect(granted("editor")).not.toContain("readAudit");
    expect(granted("admin")).toEqual(
      expect.arrayContaining(["read", "edit", "manageMembers", "manageHospital", "readAudit"]),
    );
    expect(granted("owner")).toEqual(permissions);
  });

  it("canAssignRole: only owners grant owner; admins grant the rest; editors and viewers grant nothing", () => {
    fc.assert(
      fc.property(role, role, (actor, target) => {
        const expected = actor === "owner" || (actor === "admin" && target !== "owner");
        expect(canAssignRole(actor, target)).toBe(expected);
      }),
    );
    expect(canAssignRole("owner", "owner")).toBe(true);
    expect(canAssignRole("admin", "owner")).toBe(false);
    expect(canAssignRole("admin", "admin")).toBe(true);
    expect(canAssignRole("editor", "viewer")).toBe(false);
    expect(canAssignRole("viewer", "viewer")).toBe(false);
  });
});

describe("phaseOrderIssues", () => {
  const stage = fc.record({ phase: fc.constantFrom(...PHASES), name: fc.string({ maxLength: 5 }) });
  const rank = (p: Phase) => PHASES.indexOf(p);

  it("reports one issue per step back in time and none for a non-decreasing order", () => {
    fc.assert(
      fc.property(fc.array(stage, { maxLength: 12 }), (stages) => {
        let backSteps = 0;
        for (let i = 1; i < stages.length; i++) {
          if (rank((stages[i] as { phase: Phase }).phase) < rank((stages[i - 1] as { phase: Phase }).phase))
            backSteps++;
        }
        expect(phaseOrderIssues(stages)).toHaveLength(backSteps);
      }),
    );
  });

  it("a sorted list has no issues", () => {
    fc.assert(
      fc.property(fc.array(stage, { maxLength: 12 }), (stages) => {
        const sorted = [...stages].sort((a, b) => rank(a.phase) - rank(b.phase));
        expect(phaseOrderIssues(sorted)).toEqual([]);
      }),
    );
  });

  it("names both stages of a step back", () => {
    expect(
      phaseOrderIssues([
        { phase: "during", name: "진료" },
        { phase: "before", name: "예약" },
      ]),
    ).toEqual(['"예약" (before) comes after "진료" (during)']);
  });
});

describe("painPointWeight", () => {
  const severity = fc.constantFrom(...SEVERITIES);
  const frequency = fc.constantFrom(...FREQUENCIES);

  it("ranges over 1..16 and grows with severity and frequency", () => {
    fc.assert(
      fc.property(severity, severity, frequency, frequency, (s1, s2, f1, f2) => {
        const w = painPointWeight({ severity: s1, frequency: f1 });
        expect(Number.isInteger(w) && w >= 1 && w <= 16).toBe(true);
        if (SEVERITIES.indexOf(s1) <= SEVERITIES.indexOf(s2) && FREQUENCIES.indexOf(f1) <= FREQUENCIES.indexOf(f2)) {
          expect(w).toBeLessThanOrEqual(painPointWeight({ severity: s2, frequency: f2 }));
        }
      }),
    );
    expect(painPointWeight({ severity: "low", frequency: "rare" })).toBe(1);
    expect(painPointWeight({ severity: "critical", frequency: "constant" })).toBe(16);
    expect(painPointWeight({ severity: "high", frequency: "occasional" })).toBe(6);
  });
});

describe("formatTarget", () => {
  it("renders the operator as a symbol and the unit after a space", () => {
    expect(formatTarget({ label: "대기 시간", operator: "<=", value: 15, unit: "분" })).toBe("대기 시간 ≤ 15 분");
    expect(formatTarget({ label: "만족도", operator: ">=", value: 4.5, unit: "" })).toBe("만족도 ≥ 4.5");
    expect(formatTarget({ label: "오류", operator: "=", value: 0, unit: "건" })).toBe("오류 = 0 건");
    expect(formatTarget({ label: "온도", operator: ">=", value: -2, unit: "℃" })).toBe("온도 ≥ -2 ℃");
  });

  it("always starts with the label and ends with the value or unit", () => {
    fc.assert(
      fc.property(
        fc.record({
          label: fc.string({ minLength: 1, maxLength: 10 }),
          operator: fc.constantFrom("<=" as const, ">=" as const, "=" as const),
          value: fc.integer({ min: -1000, max: 1000 }),
          unit: fc.string({ maxLength: 4 }),
        }),
        (t) => {
          const s = formatTarget(t);
          const symbol = { "<=": "≤", ">=": "≥", "=": "=" }[t.operator];
          expect(s).toBe(`${t.label} ${symbol} ${t.value}${t.unit ? ` ${t.unit}` : ""}`);
        },
      ),
    );
  });
});

describe("results", () => {
  it("ok/err build tagged values and the error helpers carry codes and details", () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err({ code: "forbidden", message: "no" })).toEqual({
      ok: false,
      error: { code: "forbidden", message: "no" },
    });
    expect(notFound("journey", "j1")).toEqual({ code: "not_found", message: "journey j1 was not found" });
    const c = versionConflict("stage", "s1", 7);
    expect(c.code).toBe("version_conflict");
    expect(c.details).toEqual({ currentVersion: 7 });
    expect(c.message).toContain("current version 7");
  });
});
