/**
 * The interactive map uses the exported map's colours and score format, from the core, so the
 * screen, the PNG and the PDF agree.
 */
export { emotionColour, formatScore, PALETTE as MAP_PALETTE } from "@motmap/core";
