import { OpenAPIHono } from "@hono/zod-openapi";
import { getHospital, updateHospital } from "@motmap/db";
import type { AppEnv } from "../../http/env.ts";
import { respond, validationHook } from "../../http/errors.ts";
import { body, HospitalParams, hospitalRoute, json } from "../../http/route.ts";
import { HospitalResponse, UpdateHospitalBody } from "./hospitals.types.ts";

const tags = ["Hospital"];
export const hospitalRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

hospitalRoutes.openapi(
  hospitalRoute("read", {
    method: "get",
    path: "",
    tags,
    summary: "Get the hospital",
    request: { params: HospitalParams },
    responses: { 200: json(HospitalResponse) },
  }),
  async (c) => respond(c, await getHospital(c.get("hospital"))),
);

hospitalRoutes.openapi(
  hospitalRoute("manageHospital", {
    method: "patch",
    path: "",
    tags,
    summary: "Rename the hospital",
    request: { params: HospitalParams, body: body(UpdateHospitalBody) },
    responses: { 200: json(HospitalResponse) },
  }),
  async (c) => respond(c, await updateHospital(c.get("hospital"), c.req.valid("json"))),
);
