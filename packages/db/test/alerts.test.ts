import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readTable } from "@motmap/tabular";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countJourneyVoc,
  countUnreadAlerts,
  createAlertRule,
  createSurvey,
  createVocItem,
  deleteAlertRule,
  type HospitalContext,
  importFollowUpList,
  importSurveyResponses,
  listAlerts,
  markAlertRead,
  markAllAlertsRead,
  publishSurvey,
  putAlertRecipients,
  putSmtpSettings,
  raiseFollowUpIssueAlerts,
  recordFollowUpAttempt,
  submitSurveyResponse,
  updateAlertRule,
  updateVocItem,
} from "../src/index.ts";
import { engines, freshDatabase, type TestDatabase } from "./support/engines.ts";
import { expectError, insertUser, newHospital, type Seeded, seedJourney, unwrap } from "./support/fixtures.ts";

describe.each(engines())("service-recovery alerts on %s", (engine) => {
  let t: TestDatabase;
  let ctx: HospitalContext;
  let other: HospitalContext;
  let s: Seeded;
  let publicId: string;
  let surveyId: string;
  let owner: string;
  let colleague: string;
  const as = (actorId: string): HospitalContext => ({ ...ctx, actorId });

  beforeAll(async () => {
    t = await freshDatabase(engine);
    owner = await insertUser(t, "김팀장");
    colleague = await insertUser(t, "박간호");
    ctx = await newHospital(t, owner);
    other = await newHospital(t, owner);
    s = await seedJourney(ctx);
    const t00 = s.touchpoints[0]?.[0];
    const t10 = s.touchpoints[1]?.[0];
    if (!t00 || !t10) throw new Error("seedJourney gives two stages with a touchpoint each");
    const survey = unwrap(
      await createSurvey(ctx, {
        title: "외래 만족도",
        journeyId: s.journey.id,
        definition: {
          sections: [
            {
              key: "s1",
              questions: [
                { key: "call", type: "satisfaction", text: "예약 전화", touchpointId: t00.id },
                { key: "desk", type: "satisfaction", text: "접수 창구", touchpointId: t10.id },
                { key: "desk7", type: "satisfaction", scale: 7, text: "접수 친절", touchpointId: t10.id },
                { key: "nps", type: "nps", text: "추천 의향" },
              ],
            },
          ],
        },
      }),
    );
    unwrap(await publishSurvey(ctx, survey.id));
    surveyId = survey.id;
    publicId = survey.publicId;
  });
  afterAll(() => t.dispose());

  const tp = (stage: number, i: number) => (s.touchpoints[stage] as { id: string }[])[i] as { id: string };
  const submit = (answers: { key: string; value: number }[], submissionKey = crypto.randomUUID()) =>
    submitSurveyResponse(t.db, publicId, { submissionKey, answers });
  const alertsOf = async (sourceId: string) =>
    t.db.selectFrom("alerts").selectAll().where("source_id", "=", sourceId).execute();

  it("a satisfied response raises nothing and reads no rule (no rules yet either)", async () => {
    const r = unwrap(await submit([{ key: "call", value: 1 }]));
    expect(await alertsOf(r.id)).toEqual([]);
  });

  it("the hospital-wide rule fires once per response, notifying the touchpoint's owners, with mail queued", async () => {
    const [adm, call, opd] = s.departments;
    unwrap(
      await putSmtpSettings(ctx, {
        version: 0,
        host: "127.0.0.1",
        port: 2525,
        secure: false,
        password: "smtp-비밀",
        fromAddress: "motmap@hospital.kr",
        appUrl: "https://motmap.hospital.kr",
      }),
    );
    unwrap(await putAlertRecipients(ctx, call.id, { emails: ["call@hospital.kr", "Lead@hospital.kr"] }));
    unwrap(await putAlertRecipients(ctx, adm.id, { emails: ["lead@hospital.kr"] }));
    const stored = await t.db.selectFrom("smtp_settings").selectAll().executeTakeFirstOrThrow();
    expect(stored.password_encrypted).not.toContain("smtp-비밀");

    const rule = unwrap(await createAlertRule(ctx, { kind: "low_satisfaction", threshold: 2 }));
    const key = crypto.randomUUID();
    const r = unwrap(
      await submit(
        [
          { key: "call", value: 2 },
          { key: "desk", value: 1 },
          { key: "nps", value: 0 },
        ],
        key,
      ),
    );
    const alerts = await alertsOf(r.id);
    // One rule, one alert: the weakest answer (접수 창구 1점) is its headline, the other is counted.
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ rule_id: rule.id, touchpoint_id: tp(1, 0).id, department_id: opd.id });
    expect(JSON.parse(alerts[0]?.detail ?? "{}")).toMatchObject({ score: 1, questionKey: "desk", otherLowAnswers: 1 });
    // 접수 창구 belongs to 외래간호팀, which has no recipients: nothing to mail.
    expect(await t.db.selectFrom("alert_outbox").selectAll().execute()).toEqual([]);

    // The same submission again: no second response, no second alert.
    unwrap(await submit([{ key: "call", value: 2 }], key));
    expect(await alertsOf(r.id)).toHaveLength(1);

    const r2 = unwrap(await submit([{ key: "call", value: 1 }]));
    const [a2] = await alertsOf(r2.id);
    expect(a2?.department_ids).toBe(`,${call.id},${adm.id},`);
    const mail = await t.db
      .selectFrom("alert_outbox")
      .selectAll()
      .where("alert_id", "=", a2?.id ?? "")
      .execute();
    expect(mail.map((m) => m.recipient).sort()).toEqual(["call@hospital.kr", "lead@hospital.kr"]);
    expect(mail.every((m) => m.status === "pending")).toBe(true);
  });

  it("a touchpoint's own rule replaces the default there; disabled, it silences the touchpoint", async () => {
    const own = unwrap(
      await createAlertRule(ctx, { kind: "low_satisfaction", touchpointId: tp(1, 0).id, threshold: 3 }),
    );
    const clash = await createAlertRule(ctx, { kind: "low_satisfaction", touchpointId: tp(1, 0).id, threshold: 1 });
    expectError(clash, "conflict");
    const r = unwrap(
      await submit([
        { key: "desk", value: 3 },
        { key: "call", value: 3 },
      ]),
    );
    expect((await alertsOf(r.id)).map((a) => a.rule_id)).toEqual([own.id]);
    // 7-point answers are rescaled to the 5-point threshold: 4/7 → 3.0 fires, 5/7 → 3.67 does not.
    const r7 = unwrap(await submit([{ key: "desk7", value: 4 }]));
    expect(await alertsOf(r7.id)).toHaveLength(1);
    const r7b = unwrap(await submit([{ key: "desk7", value: 5 }]));
    expect(await alertsOf(r7b.id)).toHaveLength(0);

    unwrap(await updateAlertRule(ctx, own.id, { version: own.version, enabled: false }));
    const silenced = unwrap(await submit([{ key: "desk", value: 1 }]));
    expect(await alertsOf(silenced.id)).toEqual([]);
    unwrap(await deleteAlertRule(ctx, own.id));
    const back = unwrap(await submit([{ key: "desk", value: 1 }]));
    expect(await alertsOf(back.id)).toHaveLength(1);
  });

  it("a high-severity complaint alerts once, on registration or when raised to high later", async () => {
    unwrap(await createAlertRule(ctx, { kind: "voc_complaint" }));
    const base = { channel: "phone" as const, receivedOn: "2026-03-02", text: "예약 전화가 계속 끊겨요 010-1234-5678" };
    const high = unwrap(
      await createVocItem(as(owner), { ...base, type: "complaint", severity: "high", touchpointId: tp(0, 0).id }),
    );
    const [a] = await alertsOf(high.id);
    expect(a?.department_ids).toBe(`,${s.departments[1].id},${s.departments[0].id},`);
    expect(a?.detail).not.toContain("010-1234");
    const again = unwrap(await updateVocItem(as(owner), high.id, { version: high.version, text: "끊겨요!" }));
    expect(again.version).toBe(2);
    expect(await alertsOf(high.id)).toHaveLength(1);

    const praise = unwrap(await createVocItem(as(owner), { ...base, type: "compliment", severity: "high" }));
    expect(await alertsOf(praise.id)).toEqual([]);
    const medium = unwrap(
      await createVocItem(as(owner), {
        ...base,
        type: "complaint",
        severity: "medium",
        departmentIds: [s.departments[2].id],
      }),
    );
    expect(await alertsOf(medium.id)).toEqual([]);
    unwrap(await updateVocItem(as(owner), medium.id, { version: medium.version, severity: "high" }));
    const [raised] = await alertsOf(medium.id);
    // No touchpoint: the VOC's own departments are notified.
    expect(raised?.department_ids).toBe(`,${s.departments[2].id},`);
  });

  it("a follow-up call marked issue alerts through the default rule, once per call", async () => {
    unwrap(await createAlertRule(ctx, { kind: "follow_up_issue", departmentIds: [s.departments[0].id] }));
    const callId = crypto.randomUUID();
    for (let i = 0; i < 2; i++) {
      await t.db.transaction().execute((trx) =>
        raiseFollowUpIssueAlerts(trx, ctx, {
          callId,
          touchpointId: null,
          departmentIds: [s.departments[2].id],
          note: "퇴원 후 약 설명을 못 들었다고 함",
        }),
      );
    }
    const alerts = await alertsOf(callId);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "follow_up_issue", source_type: "follow_up_call" });
    expect(alerts[0]?.department_ids).toBe(`,${s.departments[2].id},${s.departments[0].id},`);
  });

  it("a reached follow-up call with issues alerts the touchpoint's owners once (the hook in recordFollowUpAttempt)", async () => {
    async function* rows() {
      yield { row: 2, cells: ["F-1", "홍길동", "010-4729-3815", "2026-03-10", "외래간호팀"] };
    }
    const header = ["접수번호", "환자명", "연락처", "방문일", "진료과"];
    const report = unwrap(
      await importFollowUpList(ctx, {
        header,
        rows: rows(),
        fileName: "calls.csv",
        mode: "commit",
        mapping: {
          columns: header.map((column, i) => ({
            column,
            target: ["dedupe_key", "name", "phone", "visit_date", "department"][i],
          })),
          defaultJourneyId: s.journey.id,
        },
      }),
    );
    expect(report.created).toBe(1);
    const entry = await t.db
      .selectFrom("follow_up_entries")
      .select("id")
      .where("hospital_id", "=", ctx.hospitalId)
      .executeTakeFirstOrThrow();
    unwrap(
      await recordFollowUpAttempt(as(owner), entry.id, {
        outcome: "reached",
        issues: [
          { text: "예약 전화가 안 돼요. 010-2222-3333", touchpointId: tp(0, 0).id },
          { text: "주차가 불편", touchpointId: null },
        ],
      }),
    );
    const alerts = await alertsOf(entry.id);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ kind: "follow_up_issue", touchpoint_id: tp(0, 0).id });
    expect(alerts[0]?.department_ids).toBe(`,${s.departments[1].id},${s.departments[0].id},`);
    expect(alerts[0]?.detail).not.toContain("2222-3333");
  });

  it("imports raise alerts in batch for the rows created, and nothing when the file comes again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "motmap-alerts-"));
    const path = join(dir, "r.csv");
    writeFileSync(path, "번호,예약 전화,접수 창구\nA1,5,5\nA2,1,4\nA3,2,1\nA4,4,4\n");
    const mapping = {
      sourceName: "EMR",
      columns: [
        { column: "번호", target: { kind: "dedupe_key" } },
        { column: "예약 전화", target: { kind: "answer", questionKey: "call" } },
        { column: "접수 창구", target: { kind: "answer", questionKey: "desk" } },
      ],
    };
    const run = async () => {
      const table = await readTable({ path });
      return unwrap(
        await importSurveyResponses(ctx, surveyId, {
          rows: table.rows,
          header: table.header,
          mapping,
          mode: "commit",
          fileName: "r.csv",
        }),
      );
    };
    const before = (await t.db.selectFrom("alerts").select("id").execute()).length;
    expect((await run()).created).toBe(4);
    const imported = await t.db
      .selectFrom("alerts")
      .innerJoin("survey_responses", "survey_responses.id", "alerts.source_id")
      .select(["survey_responses.submission_key", "alerts.touchpoint_id"])
      .where("survey_responses.channel", "=", "import")
      .orderBy("survey_responses.submission_key")
      .execute();
    expect(imported).toEqual([
      { submission_key: "import:A2", touchpoint_id: tp(0, 0).id },
      { submission_key: "import:A3", touchpoint_id: tp(1, 0).id },
    ]);
    expect((await run()).created).toBe(0);
    expect((await t.db.selectFrom("alerts").select("id").execute()).length).toBe(before + 2);
  });

  it("imports mapped in a worker raise alerts for the rows they create, not for rows stored before", async () => {
    const dir = mkdtempSync(join(tmpdir(), "motmap-alerts-"));
    const lines = ["번호,예약 전화,접수 창구", "B1,1,5", "B2,5,5", "B3,4,4", "B4,2,5", "B5,5,1", "B6,5,5", "B7,1,1"];
    const mapping = {
      sourceName: "EMR",
      columns: [
        { column: "번호", target: { kind: "dedupe_key" } },
        { column: "예약 전화", target: { kind: "answer", questionKey: "call" } },
        { column: "접수 창구", target: { kind: "answer", questionKey: "desk" } },
      ],
    };
    const run = async (name: string, rows: string[]) => {
      const path = join(dir, name);
      writeFileSync(path, `${rows.join("\n")}\n`);
      const table = await readTable({ path });
      let encoder: { threaded: boolean } | null = null;
      const report = unwrap(
        await importSurveyResponses(ctx, surveyId, {
          rows: table.rows,
          header: table.header,
          mapping,
          mode: "commit",
          fileName: name,
          encoding: {
            batchRows: 2,
            awaitWorkerAt: 1,
            onEncoder: (e) => {
              encoder = e;
            },
          },
        }),
      );
      return { report, threaded: (encoder as { threaded: boolean } | null)?.threaded };
    };
    // B1 (low) arrives first on its own; the whole file then creates B2…B7 and alerts B4, B5, B7 only.
    expect((await run("b1.csv", lines.slice(0, 2))).report.created).toBe(1);
    const whole = await run("b.csv", lines);
    expect(whole.threaded).toBe(true);
    expect(whole.report).toMatchObject({ created: 6, duplicates: 1 });
    const alerted = await t.db
      .selectFrom("alerts")
      .innerJoin("survey_responses", "survey_responses.id", "alerts.source_id")
      .select("survey_responses.submission_key")
      .where("survey_responses.import_id", "=", whole.report.importId)
      .orderBy("survey_responses.submission_key")
      .execute();
    expect(alerted.map((a) => a.submission_key)).toEqual(["import:B4", "import:B5", "import:B7"]);
  });

  it("the inbox is per member: unread first, read one, read all; another hospital sees none of it", async () => {
    const mine = unwrap(await listAlerts(as(owner)));
    expect(mine.unread).toBe(mine.items.length);
    expect(mine.items.length).toBeGreaterThan(5);
    const first = mine.items[0];
    if (!first) throw new Error("no alert");
    unwrap(await markAlertRead(as(owner), first.id));
    unwrap(await markAlertRead(as(owner), first.id));
    const after = unwrap(await listAlerts(as(owner)));
    expect(after.unread).toBe(mine.unread - 1);
    expect(after.items.at(-1)?.id).toBe(first.id);
    expect(after.items.at(-1)?.read).toBe(true);
    expect(unwrap(await countUnreadAlerts(as(colleague))).unread).toBe(mine.items.length);

    const byDepartment = unwrap(await listAlerts(as(owner), { departmentId: s.departments[2].id }));
    expect(byDepartment.items.every((a) => a.departmentIds.includes(s.departments[2].id))).toBe(true);
    expect(byDepartment.items.length).toBeGreaterThan(0);
    const surveyAlert = mine.items.find((a) => a.sourceType === "survey_response");
    expect(surveyAlert).toMatchObject({ sourceParentId: surveyId, touchpointName: expect.any(String) });

    expect(unwrap(await markAllAlertsRead(as(owner))).marked).toBe(mine.unread - 1);
    expect(unwrap(await countUnreadAlerts(as(owner))).unread).toBe(0);

    const theirs = { ...other, actorId: owner };
    expect(unwrap(await listAlerts(theirs)).items).toEqual([]);
    expect(unwrap(await countUnreadAlerts(theirs)).unread).toBe(0);
    expectError(await markAlertRead(theirs, first.id), "not_found");
    expect(unwrap(await markAllAlertsRead(theirs)).marked).toBe(0);
    expect(unwrap(await countUnreadAlerts(as(colleague))).unread).toBe(mine.items.length);
  });

  it("counts complaints and compliments per touchpoint of a journey in a period", async () => {
    const counts = unwrap(await countJourneyVoc(ctx, s.journey.id, { from: "2026-03-01", to: "2026-03-31" }));
    expect(counts.items).toEqual([{ touchpointId: tp(0, 0).id, complaints: 1, compliments: 0 }]);
    const none = unwrap(await countJourneyVoc(ctx, s.journey.id, { from: "2026-04-01", to: "2026-04-30" }));
    expect(none.items).toEqual([]);
    expectError(await countJourneyVoc(other, s.journey.id, { from: "2026-03-01", to: "2026-03-31" }), "not_found");
  });
});
