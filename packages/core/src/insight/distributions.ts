// Quantiles of the normal and Student t distributions, for confidence intervals. Pure numerics, no dependency.

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7, n = 9; about 15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) a += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Continued fraction of the incomplete beta function (modified Lentz; Numerical Recipes `betacf`). */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export const regularizedIncompleteBeta = (x: number, a: number, b: number): number => incompleteBeta(x, 1 - x, a, b);

/** I_x(a, b) given x and y = 1 − x separately, so that x near 1 keeps its precision in y. */
function incompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const front = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(y));
  // The continued fraction converges fast only below the mean of the beta distribution; use symmetry above it.
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

/** P(T > |t|), with the beta argument df/(df + t²) and its complement computed without cancellation. */
function upperTail(t: number, df: number): number {
  const t2 = t * t;
  return 0.5 * incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/** Student t cumulative distribution function with `df` (> 0, not necessarily whole) degrees of freedom. */
export function studentTCdf(t: number, df: number): number {
  const tail = upperTail(t, df);
  return t >= 0 ? 1 - tail : tail;
}

// Acklam's rational approximation of the normal quantile (relative error < 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716, 2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

const poly = (coefficients: number[], x: number) => coefficients.reduce((acc, k) => acc * x + k, 0);

/** Quantile of the standard normal distribution, p in (0, 1). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return poly(C, q) / (poly(D, q) * q + 1);
  }
  if (p > 1 - low) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -poly(C, q) / (poly(D, q) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return (poly(A, r) * q) / (poly(B, r) * r + 1);
}

/** Above this many degrees of freedom the Cornish–Fisher expansion is exact to far below display precision. */
const CORNISH_FISHER_DF = 1000;

/** Cornish–Fisher expansion of the t quantile in the normal quantile (Abramowitz & Stegun 26.7.5, four terms). */
function cornishFisher(p: number, df: number): number {
  const z = normalQuantile(p);
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + g1 / df + g2 / df ** 2 + g3 / df ** 3 + g4 / df ** 4;
}

function density(t: number, df: number): number {
  const c = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(c - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/** Newton's method on the exact upper tail from a Cornish–Fisher start; null if it does not settle. */
function newtonQuantile(p: number, df: number): number | null {
  const q = 1 - p;
  let t = cornishFisher(p, df);
  for (let i = 0; i < 30; i++) {
    const step = (upperTail(t, df) - q) / density(t, df);
    // The tail is convex and decreasing in t, so from the second step on the iterates approach monotonically.
    t += step;
    if (!Number.isFinite(t) || t <= 0) return null;
    if (Math.abs(step) <= 1e-12 * t) return t;
  }
  return null;
}

/** Bisection on the beta argument of the exact tail: slow (~60 evaluations) but cannot fail. */
function bisectionQuantile(p: number, df: number): number {
  // Solve I_x(df/2, ½) = 2(1 − p) for x; I is increasing in x and t = √(df(1 − x)/x) decreases with x.
  const target = 2 * (1 - p);
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    if (regularizedIncompleteBeta(mid, df / 2, 0.5) < target) lo = mid;
    else hi = mid;
  }
  const x = (lo + hi) / 2;
  return Math.sqrt((df * (1 - x)) / x);
}

/**
 * Quantile of Student's t distribution: the t with P(T ≤ t) = p for `df` (> 0, not necessarily whole)
 * degrees of freedom.
 *
 * It inverts the exact CDF, P(T > t) = ½·I_{df/(df+t²)}(df/2, ½): by Newton's method from the Cornish–Fisher
 * approximation for df ≥ 3 (two or three evaluations — dashboards compute hundreds of intervals per
 * request), by bisection below that or if Newton does not settle. Above df = 1000 the four-term Cornish–Fisher
 * expansion (A&S 26.7.5) alone is used: its next term is of order z¹¹/df⁵, and the continued fraction of the
 * exact CDF would need O(√df) steps per evaluation there.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`studentTQuantile: p must be in (0, 1), got ${p}`);
  if (!(df > 0)) throw new RangeError(`studentTQuantile: df must be > 0, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (df > CORNISH_FISHER_DF) return cornishFisher(p, df);
  return (df >= 3 ? newtonQuantile(p, df) : null) ?? bisectionQuantile(p, df);
}
