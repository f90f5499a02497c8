export * from "./demo-follow-up.ts";
export { DEMO_HOSPITAL, type DemoHospital } from "./demo-hospital.ts";
export * from "./demo-responses.ts";
export * from "./demo-voc.ts";
export {
  DEMO_DEPARTMENT_SITES,
  DEMO_DEPARTMENTS,
  DEMO_MAIN_SITE,
  DEMO_TOWER_DEPARTMENTS,
  DEMO_TOWER_SITE,
} from "./departments.ts";
export { FIRST_VISIT_OUTPATIENT_JOURNEY } from "./journeys/first-visit-outpatient.ts";
export { HEALTH_CHECKUP_JOURNEY } from "./journeys/health-checkup.ts";
export { INPATIENT_STAY_JOURNEY } from "./journeys/inpatient-stay.ts";
export {
  DEMO_PERSONAS,
  type DocPersonaInput,
  PERSONA_CHECKUP,
  PERSONA_ELDERLY,
  PERSONA_FIRST_VISIT,
  PERSONA_INPATIENT,
} from "./personas.ts";
