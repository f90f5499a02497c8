/** The visual journey map: the component other pages reuse (read-only on share and compare pages). */
export { ConflictModal } from "./ConflictModal.tsx";
export { MapEditor, type SaveStatus, useMapEditor } from "./editor.ts";
export { JourneyMap, type JourneyMapProps } from "./JourneyMap.tsx";
export { MapLegend, MapToolbar, SaveStatusBadge } from "./MapToolbar.tsx";
export { type MapHighlight, NO_HIGHLIGHT } from "./model.ts";
export { emotionColour, MAP_PALETTE } from "./palette.ts";
export type { TouchpointScore } from "./TouchpointCard.tsx";
export { TouchpointDrawer } from "./TouchpointDrawer.tsx";
