import { describe, expect, it } from "vitest";
import {
  CreateVocInput,
  maskVocContact,
  maskVocText,
  TransitionVocInput,
  UpdateVocInput,
  VocItem,
  validate,
} from "../src/index.ts";

const TP = "6f1d0c3e-8a2b-4c5d-9e7f-0a1b2c3d4e5f";

const valid = {
  type: "complaint",
  channel: "voc_card",
  receivedOn: "2024-06-13",
  text: "주차장 입구에서 40분을 기다렸습니다.",
};

describe("CreateVocInput", () => {
  it("fills defaults: no touchpoint or stage yet, no departments, medium severity", () => {
    const r = validate(CreateVocInput, valid);
    expect(r).toEqual({
      ok: true,
      value: { ...valid, touchpointId: null, stageId: null, departmentIds: [], severity: "medium" },
    });
  });

  it.each([
    [{ text: "   " }, "text", "write what the patient said"],
    [{ text: "가".repeat(5001) }, "text", "at most 5000 characters"],
    [{ receivedOn: "2024-13-01" }, "receivedOn", "use a date like 2024-06-13"],
    [{ channel: "fax" }, "channel", undefined],
    [{ type: "praise" }, "type", undefined],
    [{ severity: "critical" }, "severity", undefined],
    [{ touchpointId: "tp-1" }, "touchpointId", undefined],
    [{ contact: "모름" }, "contact", "enter a phone number or an e-mail address"],
  ])("rejects %j at %s", (patch, path, message) => {
    const r = validate(CreateVocInput, { ...valid, ...patch });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues?.[0]?.path).toBe(path);
    if (message) expect(r.error.issues?.[0]?.message).toBe(message);
  });

  it("accepts every channel of the issue and a phone or e-mail contact", () => {
    for (const channel of [
      "in_person",
      "phone",
      "homepage",
      "voc_card",
      "social_review",
      "survey_comment",
      "follow_up_call",
    ]) {
      expect(validate(CreateVocInput, { ...valid, channel }).ok).toBe(true);
    }
    expect(validate(CreateVocInput, { ...valid, contact: "010-1234-5678" }).ok).toBe(true);
    expect(validate(CreateVocInput, { ...valid, contact: "kim@hanbit.kr", touchpointId: TP }).ok).toBe(true);
  });
});

describe("UpdateVocInput and TransitionVocInput", () => {
  it("updates need the version and cannot move the status", () => {
    expect(validate(UpdateVocInput, { severity: "high" })).toMatchObject({
      ok: false,
      error: { issues: [{ path: "version" }] },
    });
    const r = validate(UpdateVocInput, { version: 2, status: "closed", contact: null });
    expect(r).toEqual({ ok: true, value: { version: 2, contact: null } });
  });

  it("transitions carry the action and the version", () => {
    const r = validate(TransitionVocInput, { action: "close", version: 3 });
    expect(r).toEqual({ ok: true, value: { action: "close", note: "", version: 3 } });
    expect(validate(TransitionVocInput, { action: "close" }).ok).toBe(false);
  });
});

describe("masking", () => {
  it("masks the VOC text with the survey masking", () => {
    const r = maskVocText("접수처에서 900101-1234567 을 크게 불렀어요. 연락은 010-2345-6789 로 주세요");
    expect(r.text).toBe("접수처에서 [주민번호] 을 크게 불렀어요. 연락은 [전화번호] 로 주세요");
    expect(r.found).toEqual([
      { kind: "rrn", count: 1 },
      { kind: "phone", count: 1 },
    ]);
  });

  it("shows a contact masked", () => {
    expect(maskVocContact(" 010-2345-6789 ")).toBe("010-****-6789");
    expect(maskVocContact("patient@example.com")).toBe("p******@example.com");
  });

  it("a stored item has a masked contact only", () => {
    const shape = VocItem.keyof().options;
    expect(shape).toContain("contactMasked");
    expect(shape).not.toContain("contact");
  });
});
