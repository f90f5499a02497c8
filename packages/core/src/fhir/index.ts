// FHIR R4: surveys as Questionnaires, responses as QuestionnaireResponses. Pure, no I/O.
export { FHIR_EXTENSIONS, FHIR_SYSTEMS, questionnaireUrl } from "./fhir-common.ts";
export * from "./questionnaire-response-to-answers.ts";
export * from "./questionnaire-to-survey.ts";
export * from "./response-to-questionnaire-response.ts";
export * from "./survey-to-questionnaire.ts";
