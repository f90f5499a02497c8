import { hasRole, type Role } from "../models/user.ts";
import { maskPersonalData } from "../privacy/index.ts";
import { type DomainError, err, ok, type Result } from "../result.ts";
import { validate } from "../validate.ts";
import {
  INITIAL_VOC_WORKFLOW,
  type VocAction,
  type VocAssignment,
  type VocHistoryEntry,
  type VocStatus,
  VocTransition,
  type VocTransitionInput,
  type VocType,
  type VocWorkflowFields,
} from "./voc-item.ts";

/**
 * The VOC workflow: received → assigned → answered → closed, and closed → assigned again.
 *
 * - assign: from received, or again from assigned (reassign / change the due date).
 * - answer: from assigned, or again from answered (correct the reply before closing).
 * - close: from answered. A compliment may also close from received or assigned: it asks for no
 *   answer, it is shared with the staff it praises. Inquiries, suggestions and complaints are
 *   answered first — an unanswered question closed is exactly the failure a VOC register exists to stop.
 * - reopen: closed → assigned, by a manager (admin or owner), with a reason.
 *
 * Roles: editors (the CS team) assign, answer and close; the assigned person may answer whatever
 * their role (department staff are often viewers); only managers reopen.
 */
export const VOC_TRANSITIONS: Readonly<Record<VocAction, readonly VocStatus[]>> = {
  assign: ["received", "assigned"],
  answer: ["assigned", "answered"],
  close: ["answered"],
  reopen: ["closed"],
};

/** Types that may close without an answer, and from which states. */
const CLOSE_UNANSWERED: Readonly<Partial<Record<VocType, readonly VocStatus[]>>> = {
  compliment: ["received", "assigned"],
};

/** The weakest role that may take each action (roles as in `ROLES`). */
export const VOC_ACTION_ROLES = {
  assign: "editor",
  answer: "editor",
  close: "editor",
  reopen: "admin",
} as const satisfies Record<VocAction, Role>;

export interface VocActor {
  userId: string;
  role: Role;
}

/** What the workflow reads of an item. */
export type VocWorkflowItem = VocWorkflowFields & { type: VocType; receivedOn: string };

export interface VocTransitionResult {
  next: VocWorkflowFields;
  history: VocHistoryEntry;
}

/** True when the item's state allows the action, whoever asks. */
export function vocActionAllowedIn(item: Pick<VocWorkflowItem, "status" | "type">, action: VocAction): boolean {
  if (VOC_TRANSITIONS[action].includes(item.status)) return true;
  return action === "close" && (CLOSE_UNANSWERED[item.type]?.includes(item.status) ?? false);
}

/** True when the actor's role (or being the assignee, for answers) permits the action. */
export function vocActionPermitted(
  item: Pick<VocWorkflowItem, "assignment">,
  action: VocAction,
  actor: VocActor,
): boolean {
  if (hasRole(actor.role, VOC_ACTION_ROLES[action])) return true;
  return action === "answer" && item.assignment?.assigneeUserId === actor.userId;
}

/** The actions the UI should offer this actor on this item. */
export function availableVocActions(item: VocWorkflowItem, actor: VocActor): VocAction[] {
  return (Object.keys(VOC_TRANSITIONS) as VocAction[]).filter(
    (a) => vocActionAllowedIn(item, a) && vocActionPermitted(item, a, actor),
  );
}

/**
 * Applies one workflow action. Pure: the caller passes the time (`at`, ISO-8601) and stores `next`
 * and `history` together. Replies and notes are masked for personal data, as the VOC text is.
 */
export function transitionVoc(
  item: VocWorkflowItem,
  input: VocTransitionInput,
  actor: VocActor,
  at: string,
): Result<VocTransitionResult> {
  const parsed = validate(VocTransition, input);
  if (!parsed.ok) return parsed;
  const action = parsed.value;

  if (!vocActionPermitted(item, action.action, actor)) {
    const needs = VOC_ACTION_ROLES[action.action];
    return err({
      code: "forbidden",
      message:
        action.action === "answer"
          ? `only the assignee or an ${needs} may answer a VOC item`
          : `only an ${needs} or above may ${action.action} a VOC item`,
    });
  }
  if (!vocActionAllowedIn(item, action.action)) return err(notAllowed(item, action.action));

  const note = maskPersonalData(action.note).text;
  const entry = (toStatus: VocStatus, changes: Record<string, unknown>): VocHistoryEntry => ({
    action: action.action,
    fromStatus: item.status,
    toStatus,
    actorId: actor.userId,
    at,
    note,
    changes,
  });

  switch (action.action) {
    case "assign": {
      const assignment: VocAssignment = {
        departmentId: action.departmentId,
        assigneeUserId: action.assigneeUserId,
        dueOn: action.dueOn,
      };
      const bad = checkDue(item, assignment.dueOn);
      if (bad) return err(bad);
      return ok({
        next: { ...workflowOf(item), status: "assigned", assignment },
        history: entry("assigned", { assignment }),
      });
    }
    case "answer": {
      const reply = maskPersonalData(action.reply).text;
      return ok({
        next: { ...workflowOf(item), status: "answered", reply, answeredAt: at, answeredBy: actor.userId },
        history: entry("answered", { reply }),
      });
    }
    case "close":
      return ok({
        next: { ...workflowOf(item), status: "closed", closedAt: at, closedBy: actor.userId },
        history: entry("closed", {}),
      });
    case "reopen": {
      const previous = item.assignment;
      const departmentId = action.departmentId ?? previous?.departmentId;
      const dueOn = action.dueOn ?? previous?.dueOn;
      if (departmentId === undefined || dueOn === undefined) {
        return err({
          code: "validation_failed",
          message: "this item was never assigned: give a departmentId and a dueOn to reopen it",
          issues: [
            ...(departmentId === undefined ? [{ path: "departmentId", message: "required to reopen" }] : []),
            ...(dueOn === undefined ? [{ path: "dueOn", message: "required to reopen" }] : []),
          ],
        });
      }
      const assignment: VocAssignment = {
        departmentId,
        assigneeUserId:
          action.assigneeUserId !== undefined ? action.assigneeUserId : (previous?.assigneeUserId ?? null),
        dueOn,
      };
      const bad = checkDue(item, dueOn);
      if (bad) return err(bad);
      // The old reply stays in the history (its "answer" entry); the item waits for a new one.
      return ok({
        next: { ...INITIAL_VOC_WORKFLOW, status: "assigned", assignment },
        history: entry("assigned", { assignment, reply: null }),
      });
    }
  }
}

/** The history entry written when an item is registered. */
export function vocCreatedHistory(actorId: string, at: string): VocHistoryEntry {
  return { action: "create", fromStatus: null, toStatus: "received", actorId, at, note: "", changes: {} };
}

function workflowOf(item: VocWorkflowItem): VocWorkflowFields {
  const { status, assignment, reply, answeredAt, answeredBy, closedAt, closedBy } = item;
  return { status, assignment, reply, answeredAt, answeredBy, closedAt, closedBy };
}

function checkDue(item: VocWorkflowItem, dueOn: string): DomainError | null {
  if (dueOn >= item.receivedOn) return null;
  const message = `the due date must not be before the day the VOC was received (${item.receivedOn})`;
  return { code: "validation_failed", message, issues: [{ path: "dueOn", message }] };
}

const HINTS: Readonly<Record<VocAction, string>> = {
  assign: "answered or closed items are not reassigned; a manager reopens a closed item",
  answer: "assign it first",
  close: "answer it first (only compliments close without an answer)",
  reopen: "only closed items are reopened",
};

function notAllowed(item: VocWorkflowItem, action: VocAction): DomainError {
  return {
    code: "conflict",
    message: `cannot ${action} a VOC item that is ${item.status}: ${HINTS[action]}`,
    details: { status: item.status, action },
  };
}
