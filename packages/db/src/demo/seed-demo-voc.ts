import {
  INITIAL_VOC_WORKFLOW,
  localDate,
  maskVocContact,
  maskVocText,
  transitionVoc,
  type VocHistoryEntry,
  type VocTransitionInput,
  type VocWorkflowFields,
  vocCreatedHistory,
} from "@motmap/core";
import { DEMO_VOC, DEMO_VOC_JOURNEY_TITLE } from "@motmap/core/demo";
import { type HospitalContext, newId, newSortableId, transact } from "../context.ts";
import { secretBoxOf } from "../crypto/secret-boxes.ts";
import { VOC_TIME_ZONE } from "../voc/list-voc-items.ts";
import { trainVocModel } from "../voc/voc-model.ts";
import { workflowColumns } from "../voc/voc-rows.ts";

const DAY = 86_400_000;

/**
 * The demo VOC on 한빛대학교병원's first-visit outpatient journey: the 400 seeded texts, moved in time
 * so the newest arrived yesterday, tagged with their touchpoints, spread over the workflow the way a
 * CS team's register looks (old items closed, recent ones waiting, a few overdue), one in eight with a
 * reply contact (encrypted). Written in one transaction, then the suggestion model is trained on them.
 */
export async function seedDemoVoc(ctx: HospitalContext, today: Date = new Date()): Promise<number> {
  const actorId = ctx.actorId;
  if (!actorId) throw new Error("demo VOC: needs the acting owner");
  const journey = await ctx.db
    .selectFrom("journeys")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .where("title", "=", DEMO_VOC_JOURNEY_TITLE)
    .executeTakeFirst();
  if (!journey) throw new Error(`demo VOC: no journey "${DEMO_VOC_JOURNEY_TITLE}"`);
  const touchpoints = await ctx.db
    .selectFrom("touchpoints as t")
    .innerJoin("stages as s", "s.id", "t.stage_id")
    .leftJoin("touchpoint_departments as d", (j) => j.onRef("d.touchpoint_id", "=", "t.id").on("d.position", "=", 0))
    .select(["t.id", "t.name", "s.id as stage_id", "s.name as stage_name", "d.department_id"])
    .where("t.hospital_id", "=", ctx.hospitalId)
    .where("t.journey_id", "=", journey.id)
    .execute();
  const byName = new Map(touchpoints.map((t) => [`${t.stage_name}\u0000${t.name}`, t]));
  const fallbackDepartment = await ctx.db
    .selectFrom("departments")
    .select("id")
    .where("hospital_id", "=", ctx.hospitalId)
    .orderBy("position")
    .executeTakeFirstOrThrow();

  const newest = DEMO_VOC.reduce((m, v) => (v.receivedOn > m ? v.receivedOn : m), "");
  const shift = Date.parse(localDate(today.toISOString(), VOC_TIME_ZONE)) - DAY - Date.parse(newest);
  const box = secretBoxOf(ctx.db);

  const items: Record<string, unknown>[] = [];
  const departments: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  for (const [i, v] of DEMO_VOC.entries()) {
    const tp = byName.get(`${v.stage}\u0000${v.touchpoint}`);
    if (!tp) throw new Error(`demo VOC: no touchpoint "${v.touchpoint}" in stage "${v.stage}"`);
    const received = Date.parse(v.receivedOn) + shift;
    const receivedOn = new Date(received).toISOString().slice(0, 10);
    const age = Math.round((today.getTime() - received) / DAY);
    const departmentId = tp.department_id ?? fallbackDepartment.id;
    const at = (days: number, hour: number) => new Date(received + days * DAY + hour * 3_600_000).toISOString();

    // Old items are closed; the last weeks show every state; a few assignments ran past their due date.
    const steps: [VocTransitionInput, string][] = [];
    const assign = (days: number): [VocTransitionInput, string] => [
      {
        action: "assign",
        departmentId,
        assigneeUserId: actorId,
        dueOn: new Date(received + days * DAY).toISOString().slice(0, 10),
      },
      at(0, 2),
    ];
    const stage = age > 45 ? 3 : age > 14 ? (i % 4 === 0 ? 2 : 3) : i % 5;
    if (stage >= 1) steps.push(i % 11 === 0 && age <= 14 ? assign(3) : assign(age > 14 ? 7 : 7 + (i % 7)));
    if (stage >= 2 && v.type !== "compliment") {
      steps.push([
        { action: "answer", reply: "불편을 드려 죄송합니다. 담당 부서와 확인하여 개선하겠습니다." },
        at(2, 4),
      ]);
    }
    if (stage >= 3) steps.push([{ action: "close" }, at(3, 1)]);

    let workflow: VocWorkflowFields = INITIAL_VOC_WORKFLOW;
    const lines: VocHistoryEntry[] = [vocCreatedHistory(actorId, at(0, 1))];
    for (const [input, when] of steps) {
      const result = transitionVoc(
        { ...workflow, type: v.type, receivedOn },
        input,
        { userId: actorId, role: "owner" },
        when,
      );
      if (!result.ok) throw new Error(`demo VOC ${i}: ${result.error.message}`);
      workflow = result.value.next;
      lines.push(result.value.history);
    }
    const contact =
      i % 8 === 3
        ? `010-${String(2000 + ((i * 37) % 7000)).padStart(4, "0")}-${String(1000 + ((i * 91) % 9000)).padStart(4, "0")}`
        : null;
    const id = newSortableId(received + i);
    const created = lines[0]?.at ?? at(0, 1);
    items.push({
      id,
      hospital_id: ctx.hospitalId,
      version: lines.length,
      created_at: created,
      updated_at: lines[lines.length - 1]?.at ?? created,
      type: v.type,
      channel: v.channel,
      received_on: receivedOn,
      touchpoint_id: tp.id,
      stage_id: tp.stage_id,
      severity: v.severity,
      text: maskVocText(v.text).text,
      contact_encrypted: contact ? box.encrypt(contact) : null,
      contact_masked: contact ? maskVocContact(contact) : null,
      ...workflowColumns(workflow),
      suggestion: null,
      created_by: actorId,
    });
    departments.push({ voc_item_id: id, department_id: departmentId, hospital_id: ctx.hospitalId, position: 0 });
    for (const h of lines) {
      history.push({
        id: newId(),
        hospital_id: ctx.hospitalId,
        voc_item_id: id,
        at: h.at,
        actor_id: h.actorId,
        action: h.action,
        from_status: h.fromStatus,
        to_status: h.toStatus,
        note: h.note,
        changes: JSON.stringify(h.changes),
      });
    }
  }

  const result = await transact(ctx, async (trx) => {
    // Chunks keep every engine under its bound-parameter limit.
    const chunk = <T>(rows: T[], size: number) =>
      Array.from({ length: Math.ceil(rows.length / size) }, (_, k) => rows.slice(k * size, k * size + size));
    for (const part of chunk(items, 40))
      await trx
        .insertInto("voc_items")
        .values(part as never)
        .execute();
    for (const part of chunk(departments, 200))
      await trx
        .insertInto("voc_item_departments")
        .values(part as never)
        .execute();
    for (const part of chunk(history, 100))
      await trx
        .insertInto("voc_history")
        .values(part as never)
        .execute();
    await trx
      .insertInto("audit_log")
      .values({
        id: newId(),
        hospital_id: ctx.hospitalId,
        user_id: actorId,
        at: new Date().toISOString(),
        action: "import",
        entity_type: "voc_item",
        entity_id: null,
        before_json: null,
        after_json: JSON.stringify({ demo: true, items: items.length }),
      })
      .execute();
    await trainVocModel(trx, ctx);
    return items.length;
  });
  if (!result.ok) throw new Error(`demo VOC: ${result.error.message}`);
  return result.value;
}
