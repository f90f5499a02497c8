import { createTheme, type MantineColorsTuple } from "@mantine/core";

/** A calm teal-blue, the colour of hospital signage and scrubs. */
const motmap: MantineColorsTuple = [
  "#e6f6f8",
  "#d3eaee",
  "#a7d4dc",
  "#77bdc8",
  "#50a9b7",
  "#389dad",
  "#2a96a8",
  "#198393",
  "#087484",
  "#006574",
];

const fontFamily =
  "'Noto Sans KR', -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Segoe UI', sans-serif";

export const theme = createTheme({
  colors: { motmap },
  primaryColor: "motmap",
  primaryShade: { light: 7, dark: 5 },
  fontFamily,
  fontFamilyMonospace: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
  headings: { fontFamily, fontWeight: "700" },
  defaultRadius: "md",
  cursorType: "pointer",
  components: {
    Card: { defaultProps: { withBorder: true, radius: "md", padding: "lg" } },
    Paper: { defaultProps: { radius: "md" } },
    Modal: { defaultProps: { centered: true, overlayProps: { backgroundOpacity: 0.45, blur: 2 } } },
    // Korean has no case; English badges read better in sentence case than in capitals.
    Badge: { defaultProps: { radius: "sm", variant: "light", tt: "none" }, styles: { root: { fontWeight: 600 } } },
    Tooltip: { defaultProps: { withArrow: true, openDelay: 300 } },
    Table: { defaultProps: { verticalSpacing: "sm", horizontalSpacing: "md" } },
  },
});
