import { OpenAPIHono, type z } from "@hono/zod-openapi";
import type { Result } from "@motmap/core";
import { ReorderInput } from "@motmap/core";
import type { HospitalContext } from "@motmap/db";
import type { AppEnv } from "./env.ts";
import { noContent, respond, validationHook } from "./errors.ts";
import { body, HospitalParams, hospitalRoute, IdParams, ItemsOf, json, NO_CONTENT } from "./route.ts";

/**
 * list / create / update / delete (/ reorder) for a flat collection of the hospital
 * (sites, departments, personas): the same five routes, so they are declared once.
 */
export interface CollectionSpec<T> {
  path: `/${string}`;
  tag: string;
  noun: string;
  item: z.ZodType<T>;
  createBody: z.ZodType;
  updateBody: z.ZodType;
  list: (ctx: HospitalContext) => Promise<T[]>;
  create: (ctx: HospitalContext, input: unknown) => Promise<Result<T>>;
  update: (ctx: HospitalContext, id: string, input: unknown) => Promise<Result<T>>;
  remove: (ctx: HospitalContext, id: string) => Promise<Result<void>>;
  reorder?: (ctx: HospitalContext, input: unknown) => Promise<Result<T[]>>;
}

export function collectionRoutes<T>(spec: CollectionSpec<T>) {
  const routes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  const tags = [spec.tag];
  const one = `${spec.path}/{id}` as const;

  routes.openapi(
    hospitalRoute("read", {
      method: "get",
      path: spec.path,
      tags,
      summary: `List ${spec.noun}s`,
      request: { params: HospitalParams },
      responses: { 200: json(ItemsOf(spec.item)) },
    }),
    async (c) => c.json({ items: await spec.list(c.get("hospital")) } as never, 200),
  );
  routes.openapi(
    hospitalRoute("edit", {
      method: "post",
      path: spec.path,
      tags,
      summary: `Create a ${spec.noun}`,
      request: { params: HospitalParams, body: body(spec.createBody) },
      responses: { 201: json(spec.item, "Created") },
    }),
    async (c) => respond(c, await spec.create(c.get("hospital"), c.req.valid("json")), 201),
  );
  routes.openapi(
    hospitalRoute("edit", {
      method: "patch",
      path: one,
      tags,
      summary: `Update a ${spec.noun} (send the version you read)`,
      request: { params: IdParams, body: body(spec.updateBody) },
      responses: { 200: json(spec.item) },
    }),
    async (c) => respond(c, await spec.update(c.get("hospital"), c.req.valid("param").id, c.req.valid("json"))),
  );
  routes.openapi(
    hospitalRoute("edit", {
      method: "delete",
      path: one,
      tags,
      summary: `Delete a ${spec.noun}`,
      request: { params: IdParams },
      responses: NO_CONTENT,
    }),
    async (c) => noContent(c, await spec.remove(c.get("hospital"), c.req.valid("param").id)),
  );
  const reorder = spec.reorder;
  if (reorder) {
    routes.openapi(
      hospitalRoute("edit", {
        method: "post",
        path: `${spec.path}/reorder`,
        tags,
        summary: `Reorder ${spec.noun}s (send every id in the new order)`,
        request: { params: HospitalParams, body: body(ReorderInput) },
        responses: { 200: json(ItemsOf(spec.item)) },
      }),
      async (c) => {
        const result = await reorder(c.get("hospital"), c.req.valid("json"));
        return respond(c, result.ok ? { ok: true, value: { items: result.value } } : result);
      },
    );
  }
  return routes;
}
