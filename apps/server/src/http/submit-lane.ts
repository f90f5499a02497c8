import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { getRequestListener } from "@hono/node-server";
import { SubmitSurveyResponseInput, validate } from "@motmap/core";
import type { Database } from "@motmap/db";
import {
  PUBLIC_SUBMISSION_MAX_BYTES,
  type PublicAnswer,
  type PublicSurveyLimiter,
  submitPublicResponse,
} from "../routes/surveys/public-submission.ts";
import { secureHeaderPairs } from "./secure-headers.ts";

/**
 * The public submit endpoint straight on node:http. Patients' phones and kiosks post here, in bursts;
 * through Hono's Fetch API adapter each request builds a Request, a body stream and a Response, which
 * costs more than validating and storing the answers (measured: a Hono route that stores nothing
 * answers at a quarter of raw node:http's rate here). The lane does only the HTTP work; everything else
 * is the code the Hono route runs (routes/surveys/public-submission.ts), with the same rate limiter
 * instance, body limit, validation and error bodies. Anything it does not recognise as a JSON
 * submission goes to Hono unchanged, and a parity test holds the two paths to the same answers.
 */
export interface SubmitLane {
  database: Database;
  limiter: PublicSurveyLimiter;
}

const lanes = new WeakMap<object, SubmitLane>();

/** Called by createApp: the lane shares the app's database and public rate limits. */
export function registerSubmitLane(app: object, lane: SubmitLane): void {
  lanes.set(app, lane);
}

const SUBMIT_PATH = /^\/api\/public\/surveys\/([^/?#]+)\/responses\/?(?:\?.*)?$/;
const JSON_TYPE = /^application\/json\s*(?:;|$)/i;

/** The public id of a JSON submission the lane serves, or null (Hono serves the request). */
function laneTarget(req: IncomingMessage): string | null {
  if (req.method !== "POST" || !JSON_TYPE.test(req.headers["content-type"] ?? "")) return null;
  const m = SUBMIT_PATH.exec(req.url ?? "");
  if (!m) return null;
  let publicId: string;
  try {
    publicId = decodeURIComponent(m[1] as string);
  } catch {
    return null;
  }
  // Out-of-range ids get the route's own validation error.
  return publicId.length >= 1 && publicId.length <= 100 ? publicId : null;
}

/**
 * The node:http listener for `app`: the submit lane in front of Hono. Resolves once the security headers
 * are read off the middleware.
 */
export async function nodeRequestListener(app: { fetch: (request: Request) => Response | Promise<Response> }) {
  const hono = getRequestListener(app.fetch);
  const lane = lanes.get(app);
  if (!lane) return hono;
  const fixed = (await secureHeaderPairs()).flat();
  const write = (res: ServerResponse, a: PublicAnswer) => {
    const body = JSON.stringify(a.body);
    const headers = [...fixed, "content-type", "application/json", "content-length", String(Buffer.byteLength(body))];
    if (a.retryAfter !== undefined) headers.push("retry-after", String(a.retryAfter));
    res.writeHead(a.status, headers);
    res.end(body);
  };
  const fail = (res: ServerResponse, status: number, code: string, message: string, close = false) => {
    if (close) res.shouldKeepAlive = false;
    write(res, { status, body: { error: { code, message } } as PublicAnswer["body"] });
  };

  const listener: RequestListener = (req, res) => {
    const publicId = laneTarget(req);
    if (publicId === null) {
      void hono(req, res);
      return;
    }
    const declared = Number(req.headers["content-length"] ?? Number.NaN);
    if (declared > PUBLIC_SUBMISSION_MAX_BYTES) {
      // Not read: the connection closes after the answer rather than draining an oversized body.
      fail(res, 413, "payload_too_large", "Request body over 64 KB", true);
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on("data", (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > PUBLIC_SUBMISSION_MAX_BYTES) {
        over = true;
        fail(res, 413, "payload_too_large", "Request body over 64 KB", true);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (over) return;
      let json: unknown;
      try {
        json = JSON.parse(
          chunks.length === 1 ? (chunks[0] as Buffer).toString("utf8") : Buffer.concat(chunks).toString("utf8"),
        );
      } catch {
        fail(res, 400, "validation_failed", "Malformed JSON in request body");
        return;
      }
      const parsed = validate(SubmitSurveyResponseInput, json);
      if (!parsed.ok) {
        write(res, { status: 400, body: { error: parsed.error } });
        return;
      }
      const address = req.socket.remoteAddress ?? "unknown";
      submitPublicResponse(lane.database.db, lane.limiter, { publicId, address, submission: parsed.value }).then(
        (a) => write(res, a),
        (e: unknown) => {
          console.error(`[motmap] POST ${req.url} failed:`, e);
          fail(res, 500, "internal", "Internal error; it has been logged");
        },
      );
    });
    req.on("error", () => res.destroy());
  };
  return listener;
}
