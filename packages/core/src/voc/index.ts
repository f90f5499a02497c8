// VOC (고객의 소리): the item model, its workflow and the touchpoint suggestion. Pure, no I/O.
export * from "./classifier.ts";
export * from "./evaluate.ts";
export * from "./voc-item.ts";
export * from "./voc-list.ts";
export * from "./workflow.ts";
