export * from "./alert-outbox.ts";
export * from "./alert-rows.ts";
export * from "./alert-rules.ts";
export * from "./count-journey-voc.ts";
export * from "./list-alerts.ts";
export * from "./raise-alert.ts";
export * from "./raise-source-alerts.ts";
export * from "./smtp-settings.ts";
