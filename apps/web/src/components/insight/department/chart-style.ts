import { useEffect, useState } from "react";

/**
 * Canvas text does not follow the page's CSS: name the page's Korean font, or a machine without a system Korean
 * font draws the chart labels as empty boxes.
 */
export const CHART_TEXT = {
  fontFamily: "'Noto Sans KR', 'Malgun Gothic', 'Apple SD Gothic Neo', sans-serif",
};

/**
 * Bumps when the browser finishes loading fonts: the web font arrives in slices by Unicode range, and a chart
 * drawn before a slice arrived keeps its empty boxes until it is drawn again.
 */
export function useFontsLoaded(): number {
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    const fonts = document.fonts;
    if (!fonts) return;
    const bump = () => setLoaded((n) => n + 1);
    fonts.addEventListener("loadingdone", bump);
    void fonts.ready.then(bump);
    return () => fonts.removeEventListener("loadingdone", bump);
  }, []);
  return loaded;
}
