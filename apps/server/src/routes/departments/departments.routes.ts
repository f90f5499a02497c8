import { CreateDepartmentInput, Department, UpdateDepartmentInput } from "@motmap/core";
import { createDepartment, deleteDepartment, listDepartments, reorderDepartments, updateDepartment } from "@motmap/db";
import { collectionRoutes } from "../../http/collection-routes.ts";

export const departmentRoutes = collectionRoutes({
  path: "/departments",
  tag: "Departments",
  noun: "department",
  item: Department,
  createBody: CreateDepartmentInput,
  updateBody: UpdateDepartmentInput,
  list: listDepartments,
  create: createDepartment,
  update: updateDepartment,
  remove: deleteDepartment,
  reorder: reorderDepartments,
});
