import { useEffect, useState } from "react";

/** The page's font for canvas text: charts do not inherit CSS, and a machine without a Korean system font draws boxes. */
export const CHART_FONT =
  "'Noto Sans KR', -apple-system, BlinkMacSystemFont, 'Apple SD Gothic Neo', 'Malgun Gothic', 'Segoe UI', sans-serif";

/**
 * Loads the glyphs of `text` in the page's font and counts each time they arrive. The web font comes in
 * unicode-range slices that the browser fetches only for text it lays out in the DOM, never for canvas text: a
 * chart whose labels appear nowhere else (touchpoint names on the heatmap) must ask for them, then draw again —
 * put the count in the option's dependencies.
 */
export function useChartFont(text: string): number {
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    let live = true;
    const fonts = typeof document === "undefined" ? undefined : document.fonts;
    if (!fonts?.load || text === "") return;
    Promise.all(["400", "700"].map((weight) => fonts.load(`${weight} 12px 'Noto Sans KR'`, text)))
      .then(() => {
        if (live) setLoaded((n) => n + 1);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [text]);
  return loaded;
}
