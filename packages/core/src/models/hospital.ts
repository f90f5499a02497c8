import { z } from "zod";
import { Entity, Id, Name, Text, Version } from "./common.ts";

export const Hospital = z.object({
  id: Id,
  name: Name(200),
  nameEn: z.string().max(200).default(""),
  version: z.number().int().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Hospital = z.infer<typeof Hospital>;

export const UpdateHospitalInput = z.object({
  version: Version,
  name: Name(200).optional(),
  nameEn: z.string().max(200).optional(),
});
export type UpdateHospitalInput = z.infer<typeof UpdateHospitalInput>;

/** A site (campus, branch) of a hospital. */
export const SiteFields = z.object({
  name: Name(200),
  address: Text(500).default(""),
});
export const Site = Entity.extend(SiteFields.shape).extend({ position: z.number().int() });
export type Site = z.infer<typeof Site>;
export const CreateSiteInput = SiteFields;
export type CreateSiteInput = z.input<typeof CreateSiteInput>;
export const UpdateSiteInput = SiteFields.partial().extend({ version: Version });
export type UpdateSiteInput = z.infer<typeof UpdateSiteInput>;

/** An owning department (원무과, 외래간호팀, 영상의학과...). */
export const DepartmentFields = z.object({
  name: Name(120),
  nameEn: z.string().trim().max(120).default(""),
  code: z
    .string()
    .trim()
    .max(30)
    .regex(/^[A-Za-z0-9_-]*$/, "use letters, digits, - or _")
    .default(""),
  siteId: Id.nullable().default(null),
  description: Text(2000).default(""),
});
export const Department = Entity.extend(DepartmentFields.shape).extend({ position: z.number().int() });
export type Department = z.infer<typeof Department>;
export const CreateDepartmentInput = DepartmentFields;
export type CreateDepartmentInput = z.input<typeof CreateDepartmentInput>;
export const UpdateDepartmentInput = z
  .object({
    name: Name(120),
    nameEn: z.string().trim().max(120),
    code: DepartmentFields.shape.code.unwrap(),
    siteId: Id.nullable(),
    description: Text(2000),
  })
  .partial()
  .extend({ version: Version });
export type UpdateDepartmentInput = z.infer<typeof UpdateDepartmentInput>;
