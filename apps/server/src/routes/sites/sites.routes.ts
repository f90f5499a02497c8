import { CreateSiteInput, Site, UpdateSiteInput } from "@motmap/core";
import { createSite, deleteSite, listSites, updateSite } from "@motmap/db";
import { collectionRoutes } from "../../http/collection-routes.ts";

export const siteRoutes = collectionRoutes({
  path: "/sites",
  tag: "Sites",
  noun: "site",
  item: Site,
  createBody: CreateSiteInput,
  updateBody: UpdateSiteInput,
  list: listSites,
  create: createSite,
  update: updateSite,
  remove: deleteSite,
});
