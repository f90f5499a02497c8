import { Hono } from "hono";
import { secureHeaders } from "hono/secure-headers";

/** The security headers of every response (Hono's secureHeaders with our content security policy). */
export const secureHeadersMiddleware = () =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", "data:", "blob:"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", "data:"],
      scriptSrc: ["'self'"],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
    },
    crossOriginEmbedderPolicy: false,
  });

/**
 * The same headers as name/value pairs, for responses written without Hono (the submit lane). Read off
 * the middleware itself rather than copied, so the two can never drift apart.
 */
export async function secureHeaderPairs(): Promise<[string, string][]> {
  const probe = new Hono().use(secureHeadersMiddleware()).get("/", (c) => c.body(null, 204));
  const response = await probe.request("/");
  return [...response.headers];
}
