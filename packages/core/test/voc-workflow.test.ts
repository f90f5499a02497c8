import { describe, expect, it } from "vitest";
import {
  availableVocActions,
  INITIAL_VOC_WORKFLOW,
  ROLES,
  type Role,
  transitionVoc,
  VOC_ACTIONS,
  VOC_STATUSES,
  type VocAction,
  type VocActor,
  type VocStatus,
  type VocTransitionInput,
  type VocType,
  type VocWorkflowItem,
  vocCreatedHistory,
} from "../src/index.ts";

const DEPT = "6f1d0c3e-8a2b-4c5d-9e7f-0a1b2c3d4e5f";
const DEPT_2 = "7a2e1d4f-9b3c-4d6e-8f0a-1b2c3d4e5f60";
const ASSIGNEE = "11111111-1111-4111-8111-111111111111";
const CS_STAFF = "22222222-2222-4222-8222-222222222222";
const MANAGER = "33333333-3333-4333-8333-333333333333";
const AT = "2024-06-14T09:30:00.000+09:00";
const LATER = "2024-06-20T15:00:00.000+09:00";

function itemIn(status: VocStatus, type: VocType = "complaint"): VocWorkflowItem {
  const base: VocWorkflowItem = { ...INITIAL_VOC_WORKFLOW, type, receivedOn: "2024-06-13" };
  const assignment = { departmentId: DEPT, assigneeUserId: ASSIGNEE, dueOn: "2024-06-20" };
  if (status === "received") return base;
  if (status === "assigned") return { ...base, status, assignment };
  const answered = { ...base, status, assignment, reply: "사과드립니다.", answeredAt: AT, answeredBy: ASSIGNEE };
  if (status === "answered") return answered;
  return { ...answered, status, closedAt: AT, closedBy: CS_STAFF };
}

const ACTION_INPUT: Record<VocAction, VocTransitionInput> = {
  assign: { action: "assign", departmentId: DEPT, assigneeUserId: ASSIGNEE, dueOn: "2024-06-20" },
  answer: { action: "answer", reply: "불편을 드려 죄송합니다. 주차 안내를 보강했습니다." },
  close: { action: "close" },
  reopen: { action: "reopen", note: "환자가 답변에 만족하지 못해 재문의" },
};

// The rules, written out as a CS manager would read them: action → states it starts from → state it ends in.
const STATE_RULES: Record<VocAction, Partial<Record<VocStatus, VocStatus>>> = {
  assign: { received: "assigned", assigned: "assigned" },
  answer: { assigned: "answered", answered: "answered" },
  close: { answered: "closed" },
  reopen: { closed: "assigned" },
};
// A compliment needs no answer: it also closes straight from received or assigned.
const COMPLIMENT_CLOSE: Partial<Record<VocStatus, VocStatus>> = { received: "closed", assigned: "closed" };
const WEAKEST_ROLE: Record<VocAction, Role> = { assign: "editor", answer: "editor", close: "editor", reopen: "admin" };
const ROLE_ORDER: Role[] = ["viewer", "editor", "admin", "owner"];

const combinations = (["complaint", "compliment"] as const).flatMap((type) =>
  VOC_STATUSES.flatMap((status) =>
    VOC_ACTIONS.flatMap((action) => ROLES.map((role) => ({ type, status, action, role }))),
  ),
);

describe("transitionVoc: every (type, state, action, role)", () => {
  it("covers 2 types × 4 states × 4 actions × 4 roles", () => {
    expect(combinations).toHaveLength(128);
  });

  it.each(combinations)("$type $status --$action--> as $role", ({ type, status, action, role }) => {
    // The actor is not the assignee: that exception is tested on its own below.
    const actor: VocActor = { userId: CS_STAFF, role };
    const result = transitionVoc(itemIn(status, type), ACTION_INPUT[action], actor, LATER);
    const permitted = ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(WEAKEST_ROLE[action]);
    const target =
      STATE_RULES[action][status] ??
      (type === "compliment" && action === "close" ? COMPLIMENT_CLOSE[status] : undefined);
    if (!permitted) {
      expect(result.ok ? null : result.error.code).toBe("forbidden");
    } else if (target === undefined) {
      expect(result.ok ? null : result.error.code).toBe("conflict");
      if (!result.ok) expect(result.error.message).toContain(`cannot ${action} a VOC item that is ${status}`);
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.value.next.status).toBe(target);
      expect(result.value.history).toMatchObject({
        action,
        fromStatus: status,
        toStatus: target,
        actorId: CS_STAFF,
        at: LATER,
      });
    }
  });

  it("availableVocActions offers exactly the actions that succeed", () => {
    for (const { type, status, role } of combinations) {
      const actor: VocActor = { userId: CS_STAFF, role };
      const item = itemIn(status, type);
      const succeed = VOC_ACTIONS.filter((a) => transitionVoc(item, ACTION_INPUT[a], actor, LATER).ok);
      expect(availableVocActions(item, actor)).toEqual(succeed);
    }
  });
});

describe("transitionVoc: the assignee", () => {
  const viewer = (userId: string): VocActor => ({ userId, role: "viewer" });

  it("may answer as a viewer, and correct the answer", () => {
    const answered = transitionVoc(itemIn("assigned"), ACTION_INPUT.answer, viewer(ASSIGNEE), LATER);
    expect(answered.ok).toBe(true);
    const again = transitionVoc(itemIn("answered"), ACTION_INPUT.answer, viewer(ASSIGNEE), LATER);
    expect(again.ok).toBe(true);
  });

  it("may not close, reassign or reopen as a viewer", () => {
    expect(transitionVoc(itemIn("answered"), ACTION_INPUT.close, viewer(ASSIGNEE), LATER)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(transitionVoc(itemIn("assigned"), ACTION_INPUT.assign, viewer(ASSIGNEE), LATER)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(transitionVoc(itemIn("closed"), ACTION_INPUT.reopen, viewer(ASSIGNEE), LATER)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("another viewer may not answer", () => {
    const result = transitionVoc(itemIn("assigned"), ACTION_INPUT.answer, viewer(CS_STAFF), LATER);
    expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    if (!result.ok) expect(result.error.message).toBe("only the assignee or an editor may answer a VOC item");
  });
});

describe("transitionVoc: history and fields", () => {
  const editor: VocActor = { userId: CS_STAFF, role: "editor" };
  const admin: VocActor = { userId: MANAGER, role: "admin" };

  it("walks a complaint through its whole life, one history entry per change", () => {
    let item: VocWorkflowItem = itemIn("received");
    const history = [vocCreatedHistory(CS_STAFF, AT)];
    const steps: [VocTransitionInput, VocActor][] = [
      [{ action: "assign", departmentId: DEPT, dueOn: "2024-06-18", note: "주차보안팀 확인 요청" }, editor],
      [{ action: "assign", departmentId: DEPT_2, assigneeUserId: ASSIGNEE, dueOn: "2024-06-19" }, editor],
      [
        { action: "answer", reply: "안내 요원 교육을 다시 했습니다." },
        { userId: ASSIGNEE, role: "viewer" },
      ],
      [{ action: "close" }, editor],
      [{ action: "reopen", note: "같은 불만 재접수" }, admin],
      [{ action: "answer", reply: "만차 안내판을 교체했습니다." }, editor],
      [{ action: "close", note: "환자 회신 완료" }, editor],
    ];
    for (const [input, actor] of steps) {
      const result = transitionVoc(item, input, actor, LATER);
      if (!result.ok) throw new Error(result.error.message);
      item = { ...item, ...result.value.next };
      history.push(result.value.history);
    }
    expect(history.map((h) => `${h.fromStatus ?? "-"}>${h.toStatus}`)).toEqual([
      "->received",
      "received>assigned",
      "assigned>assigned",
      "assigned>answered",
      "answered>closed",
      "closed>assigned",
      "assigned>answered",
      "answered>closed",
    ]);
    expect(item).toMatchObject({
      status: "closed",
      assignment: { departmentId: DEPT_2, assigneeUserId: ASSIGNEE, dueOn: "2024-06-19" },
      reply: "만차 안내판을 교체했습니다.",
      answeredBy: CS_STAFF,
      closedBy: CS_STAFF,
    });
    // The first reply is gone from the item but kept in its history.
    expect(history[3]?.changes).toEqual({ reply: "안내 요원 교육을 다시 했습니다." });
    expect(history[1]).toMatchObject({
      note: "주차보안팀 확인 요청",
      changes: { assignment: { assigneeUserId: null } },
    });
  });

  it("masks personal data in replies and notes", () => {
    const result = transitionVoc(
      itemIn("assigned"),
      { action: "answer", reply: "010-1234-5678 로 전화드렸습니다.", note: "환자 900101-1234567 확인" },
      editor,
      LATER,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.next.reply).toBe("[전화번호] 로 전화드렸습니다.");
    expect(result.value.history.note).toBe("환자 [주민번호] 확인");
    expect(JSON.stringify(result.value)).not.toMatch(/5678|1234567/);
  });

  it("reopening clears the answer and the closing, keeps the assignment, and needs a reason", () => {
    const result = transitionVoc(
      itemIn("closed"),
      { action: "reopen", note: "재문의", dueOn: "2024-06-30" },
      admin,
      LATER,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.next).toEqual({
      ...INITIAL_VOC_WORKFLOW,
      status: "assigned",
      assignment: { departmentId: DEPT, assigneeUserId: ASSIGNEE, dueOn: "2024-06-30" },
    });
    const noReason = transitionVoc(itemIn("closed"), { action: "reopen", note: "  " }, admin, LATER);
    expect(noReason).toMatchObject({
      ok: false,
      error: { code: "validation_failed", issues: [{ path: "note", message: "say why the item is reopened" }] },
    });
  });

  it("a compliment closed without assignment needs a department and a due date to reopen", () => {
    const closed: VocWorkflowItem = {
      ...itemIn("received", "compliment"),
      status: "closed",
      closedAt: AT,
      closedBy: CS_STAFF,
    };
    const bare = transitionVoc(closed, { action: "reopen", note: "전달 누락" }, admin, LATER);
    expect(bare).toMatchObject({ ok: false, error: { code: "validation_failed" } });
    if (!bare.ok) expect(bare.error.issues?.map((i) => i.path)).toEqual(["departmentId", "dueOn"]);
    const full = transitionVoc(
      closed,
      { action: "reopen", note: "전달 누락", departmentId: DEPT, dueOn: "2024-06-21" },
      admin,
      LATER,
    );
    expect(full.ok && full.value.next.assignment).toEqual({
      departmentId: DEPT,
      assigneeUserId: null,
      dueOn: "2024-06-21",
    });
  });

  it("rejects a due date before the VOC was received, and malformed actions", () => {
    const early = transitionVoc(
      itemIn("received"),
      { action: "assign", departmentId: DEPT, dueOn: "2024-06-12" },
      editor,
      LATER,
    );
    expect(early).toMatchObject({ ok: false, error: { code: "validation_failed", issues: [{ path: "dueOn" }] } });
    const sameDay = transitionVoc(
      itemIn("received"),
      { action: "assign", departmentId: DEPT, dueOn: "2024-06-13" },
      editor,
      LATER,
    );
    expect(sameDay.ok).toBe(true);
    const badDate = transitionVoc(
      itemIn("received"),
      { action: "assign", departmentId: DEPT, dueOn: "20.6.2024" },
      editor,
      LATER,
    );
    expect(badDate).toMatchObject({
      ok: false,
      error: { code: "validation_failed", issues: [{ path: "dueOn", message: "use a date like 2024-06-13" }] },
    });
    const emptyReply = transitionVoc(itemIn("assigned"), { action: "answer", reply: " " }, editor, LATER);
    expect(emptyReply).toMatchObject({
      ok: false,
      error: { issues: [{ path: "reply", message: "write the reply given to the patient" }] },
    });
    const unknown = transitionVoc(
      itemIn("assigned"),
      { action: "escalate" } as unknown as VocTransitionInput,
      editor,
      LATER,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: "validation_failed" } });
  });

  it("tells why a transition is refused", () => {
    const early = transitionVoc(itemIn("received"), ACTION_INPUT.answer, editor, LATER);
    expect(early.ok ? "" : early.error.message).toBe("cannot answer a VOC item that is received: assign it first");
    const unanswered = transitionVoc(itemIn("assigned", "inquiry"), ACTION_INPUT.close, editor, LATER);
    expect(unanswered.ok ? "" : unanswered.error.message).toBe(
      "cannot close a VOC item that is assigned: answer it first (only compliments close without an answer)",
    );
    if (!unanswered.ok) expect(unanswered.error.details).toEqual({ status: "assigned", action: "close" });
  });
});
