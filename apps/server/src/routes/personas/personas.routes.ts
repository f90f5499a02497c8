import { CreatePersonaInput, Persona, UpdatePersonaInput } from "@motmap/core";
import { createPersona, deletePersona, listPersonas, updatePersona } from "@motmap/db";
import { collectionRoutes } from "../../http/collection-routes.ts";

export const personaRoutes = collectionRoutes({
  path: "/personas",
  tag: "Personas",
  noun: "persona",
  item: Persona,
  createBody: CreatePersonaInput,
  updateBody: UpdatePersonaInput,
  list: listPersonas,
  create: createPersona,
  update: updatePersona,
  remove: deletePersona,
});
