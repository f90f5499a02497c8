import type { Alert } from "./alert.ts";

/** The path of an alert's source in the web app. */
export function alertSourcePath(alert: Pick<Alert, "hospitalId" | "sourceType" | "sourceId" | "sourceParentId">) {
  const h = `/h/${alert.hospitalId}`;
  switch (alert.sourceType) {
    case "survey_response":
      return `${h}/surveys/${alert.sourceParentId}/responses?response=${alert.sourceId}`;
    case "voc_item":
      return `${h}/voc?item=${alert.sourceId}`;
    case "follow_up_call":
      return `${h}/follow-up?entry=${alert.sourceId}`;
  }
}

/** The alert in the inbox: where the e-mail links to. */
export const alertPath = (alert: Pick<Alert, "hospitalId" | "id">) => `/h/${alert.hospitalId}/alerts?alert=${alert.id}`;

const KIND_KO = {
  low_satisfaction: "낮은 만족도",
  voc_complaint: "중요 불만 VOC",
  follow_up_issue: "해피콜 이슈",
} as const;

const SEVERITY_KO: Record<string, string> = { low: "낮음", medium: "보통", high: "높음" };

/** The Korean e-mail of an alert: subject and plain-text body with the link to the alert. */
export function alertMail(
  alert: Pick<Alert, "id" | "hospitalId" | "kind" | "detail" | "touchpointName" | "createdAt">,
  hospitalName: string,
  appUrl: string,
): { subject: string; text: string; link: string } {
  const link = `${appUrl.replace(/\/+$/, "")}${alertPath(alert)}`;
  const where = alert.touchpointName ?? "접점 미지정";
  const subject = `[motmap] ${KIND_KO[alert.kind]} 알림 — ${where}`;
  const d = alert.detail;
  const lines = [`${hospitalName} 서비스 회복 알림입니다.`, "", `유형: ${KIND_KO[alert.kind]}`, `접점: ${where}`];
  if (d.score != null) {
    lines.push(`응답: ${d.questionText ?? d.questionKey ?? "만족도"} — ${d.score}점 (${d.scale ?? 5}점 척도)`);
    if (d.otherLowAnswers) lines.push(`같은 응답의 다른 낮은 점수: ${d.otherLowAnswers}건`);
  }
  if (d.severity) lines.push(`심각도: ${SEVERITY_KO[d.severity] ?? d.severity}`);
  if (d.excerpt) lines.push(`내용: ${d.excerpt}`);
  lines.push(`발생: ${alert.createdAt}`, "", `확인하기: ${link}`, "", "이 메일은 motmap이 자동으로 보냈습니다.");
  return { subject, text: lines.join("\n"), link };
}
