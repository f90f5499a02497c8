import type { AddressInfo } from "node:net";
import { createSurvey, publishSurvey } from "@motmap/db";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverDueMail } from "../src/mail/alert-mail-sender.ts";
import { freshMember, type QuickUser, seedTenant, type Tenant, unwrap } from "./support/samples.ts";
import { engines, type TestApp, testApp } from "./support/test-app.ts";

interface Received {
  from: string;
  to: string[];
  subject: string;
  body: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / Q) in a header, decoded. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9a-f]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

/** The message's subject and text body, decoded from the raw RFC 5322 source. */
function parseMessage(raw: string): { subject: string; body: string } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(headers)?.[1] ?? "";
  let body = rest.join("\n\n");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  if (encoding === "base64") body = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    body = Buffer.from(
      body
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  }
  return { subject: decodeHeader(header("Subject")), body };
}

/** A real SMTP server on a free local port that keeps what it receives; refuses rcpt "bounce@…". */
async function startSmtp() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounce@")) return callback(new Error("550 no such mailbox"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          ...parseMessage(Buffer.concat(chunks).toString("utf8")),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(engines())("alerts API on %s", (engine) => {
  let t: TestApp;
  let h: Tenant;
  let other: Tenant;
  let viewer: QuickUser;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let publicId: string;
  const base = () => `/api/hospitals/${h.hospitalId}`;
  const as = (who: QuickUser, method: string, path: string, body?: unknown) =>
    t.send(method, `${base()}${path}`, { cookie: who.cookie, ...(body === undefined ? {} : { body }) });
  const submit = (value: number, submissionKey = crypto.randomUUID()) =>
    t.send("POST", `/api/public/surveys/${publicId}/responses`, {
      body: { submissionKey, answers: [{ key: "call", value }] },
    });

  beforeAll(async () => {
    smtp = await startSmtp();
    t = await testApp(engine);
    h = await seedTenant(t, "알림");
    other = await seedTenant(t, "타병원");
    viewer = await freshMember(h, "viewer");
    const survey = unwrap(
      await createSurvey(h.ctx, {
        journeyId: h.journey.id,
        title: "외래 만족도",
        definition: {
          sections: [
            {
              key: "s",
              questions: [
                { key: "call", type: "satisfaction", text: "콜센터 만족도", touchpointId: h.touchpoints[0].id },
              ],
            },
          ],
        },
      }),
    );
    publicId = unwrap(await publishSurvey(h.ctx, survey.id)).publicId;
  });
  afterAll(async () => {
    await t?.dispose();
    await smtp?.close();
  });

  it("managers configure SMTP (password never returned), recipients and a rule; viewers may not", async () => {
    const settings = {
      version: 0,
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      password: "smtp-비밀번호",
      fromAddress: "motmap@hospital.kr",
      appUrl: "https://motmap.hospital.kr/",
    };
    expect((await as(viewer, "PUT", "/alerts/smtp", settings)).status).toBe(403);
    const saved = await as(h.owner, "PUT", "/alerts/smtp", settings);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json).toMatchObject({ version: 1, hasPassword: true, port: smtp.port });
    expect(saved.text).not.toContain("비밀번호");
    const recipients = await as(h.owner, "PUT", `/alerts/recipients/${h.department.id}`, {
      emails: ["cs-team@hospital.kr", "bounce@hospital.kr"],
    });
    expect(recipients.status, recipients.text).toBe(200);
    const rule = await as(h.owner, "POST", "/alerts/rules", { kind: "low_satisfaction", threshold: 2 });
    expect(rule.status, rule.text).toBe(201);
    expect((await as(viewer, "POST", "/alerts/rules", { kind: "voc_complaint" })).status).toBe(403);

    const test = await as(h.owner, "POST", "/alerts/smtp/test", { to: "manager@hospital.kr" });
    expect(test.json).toEqual({ delivered: true, error: null });
    const arrived = smtp.received.at(-1);
    expect(arrived?.to).toEqual(["manager@hospital.kr"]);
    expect(arrived?.subject).toBe("[motmap] 테스트 메일");
  });

  it("a low answer on the public page: one alert to the owning department, one real e-mail per recipient, never twice", async () => {
    expect((await submit(5)).status).toBe(201);
    const key = crypto.randomUUID();
    const low = await submit(1, key);
    expect(low.status, low.text).toBe(201);

    const inbox = await as(viewer, "GET", "/alerts");
    expect(inbox.status, inbox.text).toBe(200);
    expect(inbox.json.unread).toBe(1);
    const [alert] = inbox.json.items;
    expect(alert).toMatchObject({
      kind: "low_satisfaction",
      sourceType: "survey_response",
      sourceId: low.json.id,
      touchpointId: h.touchpoints[0].id,
      departmentId: h.department.id,
      read: false,
      detail: { score: 1, scale: 5, questionText: "콜센터 만족도" },
    });

    const before = smtp.received.length;
    expect(await deliverDueMail(t.database)).toBe(1);
    const mails = smtp.received.slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual(["cs-team@hospital.kr"]);
    expect(mails[0]?.from).toBe("motmap@hospital.kr");
    expect(mails[0]?.subject).toBe(`[motmap] 낮은 만족도 알림 — ${h.touchpoints[0].name}`);
    expect(mails[0]?.body).toContain(`https://motmap.hospital.kr/h/${h.hospitalId}/alerts?alert=${alert.id}`);
    expect(mails[0]?.body).toContain("1점 (5점 척도)");

    // The refused address is retried later with backoff, not now.
    const bounced = await t.database.db
      .selectFrom("alert_outbox")
      .selectAll()
      .where("recipient", "=", "bounce@hospital.kr")
      .executeTakeFirstOrThrow();
    expect(bounced).toMatchObject({ status: "pending", attempts: 1 });
    expect(bounced.last_error).toContain("550");
    expect(Date.parse(bounced.next_attempt_at)).toBeGreaterThan(Date.now());

    // The same submission again (a retry, a second tab): no response, no alert, no mail.
    const again = await submit(1, key);
    expect(again.json).toMatchObject({ id: low.json.id, duplicate: true });
    expect(await deliverDueMail(t.database)).toBe(0);
    expect(smtp.received.length).toBe(before + 1);
    expect((await as(viewer, "GET", "/alerts")).json.items).toHaveLength(1);
    const sent = await t.database.db
      .selectFrom("alert_outbox")
      .select(["status", "sent_at"])
      .where("recipient", "=", "cs-team@hospital.kr")
      .execute();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.status).toBe("sent");
  });

  it("a high complaint alerts once through HTTP however often it is saved", async () => {
    expect((await as(h.owner, "POST", "/alerts/rules", { kind: "voc_complaint", minSeverity: "high" })).status).toBe(
      201,
    );
    const item = await as(h.owner, "POST", "/voc", {
      type: "complaint",
      channel: "phone",
      receivedOn: "2026-03-02",
      severity: "high",
      text: "콜센터가 계속 끊겨요",
      touchpointId: h.touchpoints[0].id,
    });
    expect(item.status, item.text).toBe(201);
    const patched = await as(h.owner, "PATCH", `/voc/${item.json.id}`, { version: item.json.version, text: "또 끊김" });
    expect(patched.status, patched.text).toBe(200);
    const vocAlerts = (await as(h.owner, "GET", "/alerts?kind=voc_complaint")).json.items;
    expect(vocAlerts).toHaveLength(1);
    expect(vocAlerts[0]).toMatchObject({ sourceId: item.json.id, departmentIds: [h.department.id] });
  });

  it("read state per member, the badge count, and another hospital sees nothing of it", async () => {
    const mine = await as(viewer, "GET", "/alerts");
    expect((await as(viewer, "GET", "/alerts/unread-count")).json).toEqual({ unread: mine.json.items.length });
    const first = mine.json.items[0];
    expect((await as(viewer, "POST", `/alerts/${first.id}/read`)).status).toBe(204);
    expect((await as(viewer, "GET", "/alerts/unread-count")).json.unread).toBe(mine.json.items.length - 1);
    expect((await as(h.owner, "GET", "/alerts/unread-count")).json.unread).toBe(mine.json.items.length);
    const unreadOnly = await as(viewer, "GET", "/alerts?unread=true");
    expect(unreadOnly.json.items.map((a: { id: string }) => a.id)).not.toContain(first.id);
    expect((await as(viewer, "POST", "/alerts/read-all")).json).toEqual({ marked: mine.json.items.length - 1 });
    expect((await as(viewer, "GET", "/alerts/unread-count")).json.unread).toBe(0);

    const theirs = `/api/hospitals/${other.hospitalId}`;
    const list = await t.send("GET", `${theirs}/alerts`, { cookie: other.owner.cookie });
    expect(list.json).toEqual({ items: [], unread: 0 });
    const cross = await t.send("POST", `${theirs}/alerts/${first.id}/read`, { cookie: other.owner.cookie });
    expect(cross.status).toBe(404);
    const foreign = await t.send("GET", `${base()}/alerts`, { cookie: other.owner.cookie });
    expect(foreign.status).toBe(404);
  });

  it("VOC counts per touchpoint of a journey for the map", async () => {
    const res = await as(viewer, "GET", `/journeys/${h.journey.id}/voc-counts?from=2026-01-01&to=2026-12-31`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.items).toEqual([{ touchpointId: h.touchpoints[0].id, complaints: 1, compliments: 0 }]);
  });
});
