import {
  type Department,
  type JourneyDetail,
  type Locale,
  layoutJourneyMap,
  layoutMotCycle,
  mapLabels,
} from "@motmap/core";
import { DEMO_HOSPITAL, FIRST_VISIT_OUTPATIENT_JOURNEY, HEALTH_CHECKUP_JOURNEY } from "@motmap/core/demo";
import { planPages } from "@motmap/export";
import { decode } from "fast-png";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, type TestApp, testApp } from "./support/test-app.ts";

// The export draws from the journey detail only, so one engine is enough.
const engine = engines()[0] ?? "sqlite";

/** RFC 5987 value encoding, as in Content-Disposition's filename*. */
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

interface Download {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

describe(`journey map and MOT cycle export (${engine})`, () => {
  let t: TestApp;
  let hospitalId: string;
  let ownerCookie: string;
  let viewerCookie: string;
  let strangerCookie: string;
  let outpatient: JourneyDetail;
  let checkup: JourneyDetail;
  /** The check-up journey's first five stages: a PNG at scale 2 stays small enough to decode quickly. */
  let excerpt: JourneyDetail;
  let departments: Department[];

  const download = async (path: string, cookie: string): Promise<Download> => {
    const res = await t.app.request(path, { headers: { cookie, origin: "http://localhost" } });
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const url = (journeyId: string, file: string, query = "") =>
    `/api/hospitals/${hospitalId}/journeys/${journeyId}/export/${file}${query ? `?${query}` : ""}`;
  const json = (d: Download) => JSON.parse(new TextDecoder().decode(d.bytes));

  beforeAll(async () => {
    t = await testApp(engine);
    const owner = await t.quickUser("담당자");
    const viewer = await t.quickUser("열람자");
    const stranger = await t.quickUser("외부인");
    ownerCookie = owner.cookie;
    viewerCookie = viewer.cookie;
    strangerCookie = stranger.cookie;
    hospitalId = (await t.hospital(DEMO_HOSPITAL.name, owner.userId)).hospitalId;
    await t.addMembership(hospitalId, viewer.userId, "viewer");
    // A hospital the stranger owns, so the 404 below is about membership, not about having none.
    await t.hospital("다른병원", stranger.userId);

    const owned = t.client(ownerCookie);
    const detailOf = async (doc: unknown) => {
      const created = await owned.post(`/api/hospitals/${hospitalId}/journeys/import`, doc);
      expect(created.status).toBe(201);
      const detail = await owned.get(`/api/hospitals/${hospitalId}/journeys/${created.json.id}`);
      return detail.json as JourneyDetail;
    };
    outpatient = await detailOf(FIRST_VISIT_OUTPATIENT_JOURNEY);
    checkup = await detailOf(HEALTH_CHECKUP_JOURNEY);
    excerpt = await detailOf({
      ...HEALTH_CHECKUP_JOURNEY,
      title: `${HEALTH_CHECKUP_JOURNEY.title} (사전·내원)`,
      stages: HEALTH_CHECKUP_JOURNEY.stages.slice(0, 5),
    });
    departments = (await owned.get(`/api/hospitals/${hospitalId}/departments`)).json.items;
  });

  afterAll(async () => {
    await t?.dispose();
  });

  const touchpointIds = (d: JourneyDetail) => d.stages.flatMap((s) => s.touchpoints.map((tp) => tp.id));

  // The map in Korean and the cycle in English: both locales and both pictures, at scale 2.
  it.each<[Locale, "map" | "cycle"]>([
    ["ko", "map"],
    ["en", "cycle"],
  ])("PNG (%s %s) is twice the scene's size at scale 2 and has a drawing on it", async (locale, kind) => {
    const journey = kind === "map" ? excerpt : checkup;
    const res = await download(url(journey.id, `${kind}.png`, `scale=2&locale=${locale}`), ownerCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    const fileName = kind === "map" ? journey.title : `${journey.title} (${mapLabels(locale).motCycle})`;
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${rfc5987(`${fileName}.png`)}`);
    const scene =
      kind === "map"
        ? layoutJourneyMap(journey, departments, { locale })
        : layoutMotCycle(journey, { locale, colourBy: "element" });
    const png = decode(res.bytes);
    expect([png.width, png.height]).toEqual([2 * scene.width, 2 * scene.height]);

    // Not blank: a good share of the pixels is not the white background, in many colours,
    // and red is there (the map's low emotion, the cycle's critical pain marker and legend).
    const channels = png.channels;
    let inked = 0;
    let reddish = 0;
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += channels * 7) {
      const r = png.data[i] ?? 0;
      const g = png.data[i + 1] ?? 0;
      const b = png.data[i + 2] ?? 0;
      if (r < 245 || g < 245 || b < 245) inked++;
      if (r > 180 && g < 110 && b < 110) reddish++;
      colours.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
    }
    const sampled = png.data.length / (channels * 7);
    expect(inked / sampled).toBeGreaterThan(0.12);
    expect(reddish).toBeGreaterThan(20);
    expect(colours.size).toBeGreaterThan(40);
  });

  it("PDF on A4 splits the 17-stage journey over pages, embeds Noto Sans KR and keeps the title as text", async () => {
    const res = await download(url(outpatient.id, "map.pdf", "paper=A4"), ownerCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${rfc5987(outpatient.title)}.pdf`);

    const pdf = await PDFDocument.load(res.bytes);
    const scene = layoutJourneyMap(outpatient, departments, { locale: "ko" });
    const expectedPages = planPages(scene, "A4").length;
    expect(expectedPages).toBeGreaterThan(1);
    expect(pdf.getPageCount()).toBe(expectedPages);
    expect(pdf.getTitle()).toBe(outpatient.title);
    const [w, h] = [pdf.getPage(0).getWidth(), pdf.getPage(0).getHeight()];
    expect(w).toBeGreaterThan(h); // landscape

    const fontNames = new Set<string>();
    for (const page of pdf.getPages()) {
      const fonts = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
      for (const [, ref] of fonts?.entries() ?? []) {
        const font = pdf.context.lookup(ref, PDFDict);
        fontNames.add(String(font.get(PDFName.of("BaseFont"))));
      }
    }
    expect([...fontNames].some((n) => n.includes("NotoSansKR-Regular"))).toBe(true);
    expect([...fontNames].some((n) => n.includes("NotoSansKR-Bold"))).toBe(true);

    const reader = await getDocument({ data: res.bytes.slice(), isEvalSupported: false, useSystemFonts: false })
      .promise;
    const pageTexts: string[] = [];
    for (let p = 1; p <= reader.numPages; p++) {
      const content = await (await reader.getPage(p)).getTextContent();
      pageTexts.push(content.items.map((i) => ("str" in i ? i.str : "")).join("\n"));
    }
    await reader.destroy();
    // The header repeats on every page, with "n / total" page numbers.
    pageTexts.forEach((text, i) => {
      expect(text).toContain(outpatient.title);
      expect(text).toContain(`${i + 1} / ${expectedPages}`);
    });
    const all = pageTexts.join("\n");
    for (const stage of outpatient.stages) expect(all).toContain(stage.name);
    expect(all).toContain(mapLabels("ko").lanes.emotion);
  });

  it("PDF on A3 needs no more pages than on A4", async () => {
    const a3 = await download(url(outpatient.id, "map.pdf", "paper=A3&locale=en"), ownerCookie);
    expect(a3.status).toBe(200);
    const pages = (await PDFDocument.load(a3.bytes)).getPageCount();
    const scene = layoutJourneyMap(outpatient, departments, { locale: "en" });
    expect(pages).toBe(planPages(scene, "A3").length);
    expect(pages).toBeLessThanOrEqual(planPages(scene, "A4").length);
  });

  it("cycle SVG has exactly one data-touchpoint-id per touchpoint", async () => {
    const res = await download(url(outpatient.id, "cycle.svg", "locale=ko&colourBy=phase"), ownerCookie);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
    const svg = new TextDecoder().decode(res.bytes);
    const ids = [...svg.matchAll(/data-touchpoint-id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual(touchpointIds(outpatient).sort());
    expect(ids.length).toBe(42);
    expect(svg.startsWith("<?xml")).toBe(true);
    expect(svg).toContain(`font-family="&apos;Noto Sans KR&apos;, sans-serif"`);
    const scene = layoutMotCycle(outpatient, { locale: "ko", colourBy: "phase" });
    expect(svg).toContain(`width="${scene.width}" height="${scene.height}"`);
  });

  it("cycle PDF and map SVG come out in their formats", async () => {
    const pdf = await download(url(checkup.id, "cycle.pdf", "paper=A4"), ownerCookie);
    expect(pdf.status).toBe(200);
    expect((await PDFDocument.load(pdf.bytes)).getPageCount()).toBe(1);

    const svg = await download(url(checkup.id, "map.svg"), ownerCookie);
    expect(svg.status).toBe(200);
    const text = new TextDecoder().decode(svg.bytes);
    expect(text).toContain(`<title>${checkup.title}</title>`);
    expect(text).toContain(mapLabels("ko").lanes.touchpoints); // Korean labels by default
  });

  it("a viewer can export; a non-member and an unknown journey get 404; a bad scale gets 400", async () => {
    const viewer = await download(url(checkup.id, "map.svg", "locale=en"), viewerCookie);
    expect(viewer.status).toBe(200);
    expect(new TextDecoder().decode(viewer.bytes)).toContain(mapLabels("en").lanes.touchpoints);

    const stranger = await download(url(checkup.id, "map.png"), strangerCookie);
    expect(stranger.status).toBe(404);
    expect(json(stranger).error.code).toBe("not_found");

    const missing = await download(url(crypto.randomUUID(), "cycle.pdf"), ownerCookie);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/json");
    expect(json(missing).error.code).toBe("not_found");

    const anonymous = await download(url(checkup.id, "map.svg"), "");
    expect(anonymous.status).toBe(401);

    const badScale = await download(url(checkup.id, "map.png", "scale=5"), ownerCookie);
    expect(badScale.status).toBe(400);
    expect(json(badScale).error.code).toBe("validation_failed");
  });

  it("the six export operations are in the OpenAPI document with binary responses", async () => {
    const doc = (await t.client(ownerCookie).get("/api/openapi.json")).json;
    for (const kind of ["map", "cycle"]) {
      for (const [ext, media] of [
        ["svg", "image/svg+xml; charset=utf-8"],
        ["png", "image/png"],
        ["pdf", "application/pdf"],
      ] as const) {
        const op = doc.paths[`/api/hospitals/{hospitalId}/journeys/{id}/export/${kind}.${ext}`]?.get;
        expect(op, `${kind}.${ext}`).toBeDefined();
        expect(op.description).toContain("Requires the `read` permission.");
        expect(op.responses["200"].content[media].schema.format).toBe("binary");
        expect(op.parameters.map((p: { name: string }) => p.name)).toContain("locale");
      }
    }
  });
});
