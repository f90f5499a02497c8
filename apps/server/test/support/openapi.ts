import { send, testApp } from "./test-app.ts";

/** One operation of the OpenAPI document. */
export interface Operation {
  /** "PATCH /api/hospitals/{hospitalId}/stages/{id}": the key of every table in the suites. */
  key: string;
  method: string;
  path: string;
  /** Path parameters other than hospitalId, in path order. */
  pathIds: string[];
  /** Those of them that must be uuids (a share token is not). */
  uuidPathIds: string[];
  queryParams: string[];
  hasBody: boolean;
  bodyRequired: boolean;
  /** Top-level properties of the JSON request body schema. */
  bodyProperties: string[];
  /** The permission the description states ("Requires the `edit` permission."), if any. */
  documentedPermission: string | null;
  underHospital: boolean;
}

export const HOSPITAL_PREFIX = "/api/hospitals/{hospitalId}";

// biome-ignore lint/suspicious/noExplicitAny: the document is walked structurally
type Json = any;

function resolve(doc: Json, schema: Json): Json {
  if (schema?.$ref) {
    const name = String(schema.$ref).split("/").pop() as string;
    return resolve(doc, doc.components.schemas[name]);
  }
  return schema;
}

export function operationsOf(doc: Json): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    for (const [method, op] of Object.entries<Json>(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue;
      const params: Json[] = op.parameters ?? [];
      const body = op.requestBody?.content?.["application/json"]?.schema;
      const bodySchema = body ? resolve(doc, body) : undefined;
      const permission = /Requires the `(\w+)` permission/.exec(op.description ?? "");
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        pathIds: params.filter((p) => p.in === "path" && p.name !== "hospitalId").map((p) => p.name),
        uuidPathIds: params
          .filter((p) => p.in === "path" && p.name !== "hospitalId" && p.schema?.format === "uuid")
          .map((p) => p.name),
        queryParams: params.filter((p) => p.in === "query").map((p) => p.name),
        hasBody: Boolean(body),
        bodyRequired: Boolean(op.requestBody?.required),
        bodyProperties: Object.keys(bodySchema?.properties ?? {}),
        documentedPermission: permission?.[1] ?? null,
        underHospital: path === HOSPITAL_PREFIX || path.startsWith(`${HOSPITAL_PREFIX}/`),
      });
    }
  }
  return out;
}

/** Fills `{name}` placeholders; a missing value is an error, never a silent literal. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(v);
  });
}

/**
 * The document as the app serves it at GET /api/openapi.json, fetched once per test file at
 * collection time (on a throwaway SQLite database), so suites can generate one test per operation.
 */
export async function loadDocument(): Promise<Json> {
  const t = await testApp("sqlite");
  try {
    const res = await send(t.app, "GET", "/api/openapi.json");
    if (res.status !== 200) throw new Error(`GET /api/openapi.json answered ${res.status}`);
    return res.json;
  } finally {
    await t.dispose();
  }
}
