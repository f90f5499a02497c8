import type { CreateDepartmentInput, JourneyDocumentInput } from "../index.ts";
import { DEMO_DEPARTMENT_SITES, DEMO_DEPARTMENTS, DEMO_MAIN_SITE, DEMO_TOWER_SITE } from "./departments.ts";
import { FIRST_VISIT_OUTPATIENT_JOURNEY } from "./journeys/first-visit-outpatient.ts";
import { HEALTH_CHECKUP_JOURNEY } from "./journeys/health-checkup.ts";
import { INPATIENT_STAY_JOURNEY } from "./journeys/inpatient-stay.ts";
import { DEMO_PERSONAS, type DocPersonaInput } from "./personas.ts";

/** Everything needed to seed a demo hospital: the hospital, its sites, departments, personas and journeys. */
export interface DemoHospital {
  name: string;
  nameEn: string;
  sites: { name: string; address: string }[];
  /** Korean `name` is what journey touchpoints reference; siteId is set from `departmentSites` by the seed. */
  departments: CreateDepartmentInput[];
  /** Department name → the name of its site (one of `sites`). */
  departmentSites: Readonly<Record<string, string>>;
  personas: DocPersonaInput[];
  journeys: JourneyDocumentInput[];
}

/** 한빛대학교병원: a fictional Korean university hospital used for demos, screenshots and tests. */
export const DEMO_HOSPITAL: DemoHospital = {
  name: "한빛대학교병원",
  nameEn: "Hanbit University Hospital",
  sites: [
    { name: DEMO_MAIN_SITE, address: "서울특별시 마포구 한빛로 88 한빛대학교병원" },
    { name: DEMO_TOWER_SITE, address: "서울특별시 마포구 한빛로 92 한빛메디컬타워 3~5층" },
  ],
  departments: DEMO_DEPARTMENTS,
  departmentSites: DEMO_DEPARTMENT_SITES,
  personas: DEMO_PERSONAS,
  journeys: [FIRST_VISIT_OUTPATIENT_JOURNEY, INPATIENT_STAY_JOURNEY, HEALTH_CHECKUP_JOURNEY],
};
