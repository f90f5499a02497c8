// The journey map and the MOT cycle: pure layout (no I/O), shared by the web map and the exports.
export * from "./detail-from-document.ts";
export * from "./geometry.ts";
export * from "./labels.ts";
export * from "./layout-journey-map.ts";
export * from "./layout-mot-cycle.ts";
export * from "./measure-text.ts";
export * from "./palette.ts";
export * from "./render-svg.ts";
export * from "./scene.ts";
export { textH } from "./shapes.ts";
