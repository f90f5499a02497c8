import { OpenAPIHono } from "@hono/zod-openapi";
import {
  type JourneyDetail,
  type Locale,
  layoutJourneyMap,
  layoutMotCycle,
  type MapScene,
  mapLabels,
  renderSvg,
} from "@motmap/core";
import { getJourneyDetail, type HospitalContext, listDepartments } from "@motmap/db";
import { renderPdf, renderPng } from "@motmap/export";
import type { Context } from "hono";
import type { AppEnv } from "../../http/env.ts";
import { errorResponse, validationHook } from "../../http/errors.ts";
import { hospitalRoute } from "../../http/route.ts";
import {
  CyclePdfQuery,
  CyclePngQuery,
  CycleSvgQuery,
  ExportParams,
  file,
  PdfQuery,
  PngQuery,
  SvgQuery,
} from "./exports.types.ts";

const tags = ["Exports"];
export const exportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

const MEDIA = {
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  pdf: "application/pdf",
} as const;
type Format = keyof typeof MEDIA;

/** A file name for Content-Disposition: the title without characters file systems refuse. */
export function contentDisposition(name: string, ext: Format): string {
  const clean =
    name
      .replace(/[^\u0020-\u007e\u00a0-\ud7ff\ue000-\u{10FFFF}]/gu, " ")
      .replace(/[\\/:*?"<>|]/g, " ")
      .replace(/\s+/g, " ")
      .trim() || "journey";
  const encoded = encodeURIComponent(`${clean}.${ext}`).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const ascii = `${
    clean
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/\s+/g, " ")
      .trim() || "journey"
  }.${ext}`.replace(/"/g, "");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

async function load(ctx: HospitalContext, id: string) {
  const detail = await getJourneyDetail(ctx, id);
  if (!detail.ok) return detail;
  return { ok: true as const, value: { detail: detail.value, departments: await listDepartments(ctx) } };
}

type Query = { locale: Locale; scale?: number; paper?: "A3" | "A4"; colourBy?: "element" | "phase" };

async function sendScene(c: Context<AppEnv>, format: Format, scene: MapScene, fileName: string, q: Query) {
  const headers = {
    "Content-Type": MEDIA[format],
    "Content-Disposition": contentDisposition(fileName, format),
    "Cache-Control": "private, no-store",
  };
  if (format === "svg") return c.body(renderSvg(scene), 200, headers);
  if (format === "png") return c.body(new Uint8Array(await renderPng(scene, { scale: q.scale ?? 2 })), 200, headers);
  const pdf = await renderPdf(scene, { paper: q.paper ?? "A3", language: q.locale === "en" ? "en" : "ko-KR" });
  return c.body(pdf as Uint8Array<ArrayBuffer>, 200, headers);
}

const KINDS = {
  map: {
    summary: "the journey map",
    scene: (d: { detail: JourneyDetail; departments: Parameters<typeof layoutJourneyMap>[1] }, q: Query) =>
      layoutJourneyMap(d.detail, d.departments, { locale: q.locale }),
    fileName: (d: JourneyDetail) => d.title,
    queries: { svg: SvgQuery, png: PngQuery, pdf: PdfQuery },
  },
  cycle: {
    summary: "the MOT cycle (service cycle chart)",
    scene: (d: { detail: JourneyDetail }, q: Query) =>
      layoutMotCycle(d.detail, { locale: q.locale, colourBy: q.colourBy ?? "element" }),
    fileName: (d: JourneyDetail, q: Query) => `${d.title} (${mapLabels(q.locale).motCycle})`,
    queries: { svg: CycleSvgQuery, png: CyclePngQuery, pdf: CyclePdfQuery },
  },
} as const;

const DESCRIPTIONS: Record<Format, string> = {
  svg: "A standalone SVG (text as text, font-family Noto Sans KR); touchpoint shapes carry data-touchpoint-id.",
  png: "A PNG drawn with the bundled Noto Sans KR, `scale` × the map's size.",
  pdf: "A vector PDF on landscape pages with embedded Noto Sans KR (searchable text); a wide map continues on further pages.",
};

for (const [kind, k] of Object.entries(KINDS) as [keyof typeof KINDS, (typeof KINDS)[keyof typeof KINDS]][]) {
  for (const format of ["svg", "png", "pdf"] as const) {
    exportRoutes.openapi(
      hospitalRoute("read", {
        method: "get",
        path: `/journeys/{id}/export/${kind}.${format}`,
        tags,
        summary: `Download ${k.summary} as ${format.toUpperCase()}`,
        description: DESCRIPTIONS[format],
        request: { params: ExportParams, query: k.queries[format] },
        responses: { 200: file(MEDIA[format], `${format.toUpperCase()} file`) },
      }),
      async (c) => {
        const loaded = await load(c.get("hospital"), c.req.valid("param").id);
        if (!loaded.ok) return errorResponse(c, loaded.error) as never;
        const q = c.req.valid("query") as Query;
        const scene = k.scene(loaded.value, q);
        return (await sendScene(c, format, scene, k.fileName(loaded.value.detail, q), q)) as never;
      },
    );
  }
}
