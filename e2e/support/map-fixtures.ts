import type { APIRequestContext, Page } from "playwright-core";

/** A journey document (format motmap.journey/v1) as the import endpoint takes it. */
export interface JourneyDoc {
  format: "motmap.journey/v1";
  title: string;
  stages: {
    phase: "before" | "during" | "after";
    name: string;
    actions?: string[];
    thoughts?: string[];
    emotion?: number;
    opportunities?: string[];
    touchpoints?: {
      name: string;
      channel: "face_to_face" | "phone" | "online" | "social";
      element: "hardware" | "software" | "humanware";
      departments?: string[];
      importance?: number | null;
    }[];
    painPoints?: { touchpoint: string | number | null; description: string; severity?: string }[];
  }[];
}

/** Three stages, a handful of touchpoints: enough to edit, drag and filter. */
export function smallJourney(title: string): JourneyDoc {
  return {
    format: "motmap.journey/v1",
    title,
    stages: [
      {
        phase: "before",
        name: "전화 예약",
        actions: ["대표번호로 전화한다"],
        thoughts: ["연결이 왜 이렇게 늦지?"],
        emotion: -1,
        touchpoints: [
          { name: "예약센터 전화 응대", channel: "phone", element: "humanware", departments: ["예약센터"] },
        ],
      },
      {
        phase: "during",
        name: "접수",
        actions: ["번호표를 뽑는다", "접수 창구에서 기다린다"],
        thoughts: ["어디로 가야 하지?"],
        emotion: 0,
        opportunities: ["도착 안내 문자 발송"],
        touchpoints: [
          {
            name: "번호표 발급기",
            channel: "face_to_face",
            element: "hardware",
            departments: ["원무팀"],
            importance: 3,
          },
          {
            name: "접수 창구 직원 응대",
            channel: "face_to_face",
            element: "humanware",
            departments: ["원무팀"],
            importance: 5,
          },
          { name: "모바일 접수 안내", channel: "online", element: "software", departments: ["전산정보팀"] },
        ],
        painPoints: [{ touchpoint: "번호표 발급기", description: "발급기 위치를 찾기 어렵다", severity: "high" }],
      },
      {
        phase: "after",
        name: "해피콜",
        thoughts: ["전화가 와서 반가웠다"],
        emotion: 2,
        touchpoints: [{ name: "해피콜 전화", channel: "phone", element: "humanware", departments: ["고객경험팀"] }],
      },
    ],
  };
}

const CHANNELS = ["face_to_face", "phone", "online", "social"] as const;
const ELEMENTS = ["hardware", "software", "humanware"] as const;
const PHASES = ["before", "during", "after"] as const;

/** A big journey for the benchmark: `stages` stages, `touchpoints` touchpoints spread evenly. */
export function largeJourney(title: string, stages = 30, touchpoints = 300): JourneyDoc {
  const per = Math.ceil(touchpoints / stages);
  let left = touchpoints;
  return {
    format: "motmap.journey/v1",
    title,
    stages: Array.from({ length: stages }, (_, s) => {
      const n = Math.min(per, left);
      left -= n;
      return {
        phase: PHASES[Math.min(2, Math.floor((s * 3) / stages))] ?? "during",
        name: `단계 ${s + 1}`,
        actions: [`행동 ${s + 1}-1: 안내를 확인한다`, `행동 ${s + 1}-2: 다음 장소로 이동한다`],
        thoughts: [`생각 ${s + 1}: 얼마나 기다려야 하지?`],
        emotion: ((s * 5) % 7) - 3,
        opportunities: [`개선 기회 ${s + 1}`],
        touchpoints: Array.from({ length: n }, (_, i) => ({
          name: `접점 ${s + 1}-${i + 1} 안내 데스크 응대`,
          channel: CHANNELS[(s + i) % 4] ?? "phone",
          element: ELEMENTS[(s * 3 + i) % 3] ?? "software",
          departments: [`부서 ${(s + i) % 12}`],
          importance: ((s + i) % 5) + 1,
        })),
        painPoints:
          n > 0 ? [{ touchpoint: 0, description: `불편 요소 ${s + 1}: 대기 시간이 길다`, severity: "medium" }] : [],
      };
    }),
  };
}

/** JSON API call with the page's session cookie. */
export async function apiCall<T>(
  request: APIRequestContext,
  baseUrl: string,
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE",
  path: string,
  body?: unknown,
): Promise<T> {
  const res = await request.fetch(`${baseUrl}${path}`, {
    method,
    data: body === undefined ? undefined : body,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
  });
  const text = await res.text();
  if (!res.ok()) throw new Error(`${method} ${path} → ${res.status()}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** The hospital id in the page's URL (/h/:hospitalId/...). */
export function hospitalIdOf(page: Page): string {
  const m = /\/h\/([^/]+)/.exec(new URL(page.url()).pathname);
  if (!m?.[1]) throw new Error(`no hospital in ${page.url()}`);
  return m[1];
}

/** Imports a journey document into the hospital and returns the new journey's id. */
export async function importJourney(page: Page, baseUrl: string, hid: string, doc: JourneyDoc): Promise<string> {
  const j = await apiCall<{ id: string }>(page.request, baseUrl, "POST", `/api/hospitals/${hid}/journeys/import`, doc);
  return j.id;
}

export interface DetailLite {
  id: string;
  version: number;
  stages: {
    id: string;
    name: string;
    version: number;
    emotion: number;
    thoughts: string[];
    opportunities: string[];
    touchpoints: { id: string; name: string; stageId: string; channel: string }[];
  }[];
}

export function getDetail(page: Page, baseUrl: string, hid: string, jid: string): Promise<DetailLite> {
  return apiCall<DetailLite>(page.request, baseUrl, "GET", `/api/hospitals/${hid}/journeys/${jid}`);
}
