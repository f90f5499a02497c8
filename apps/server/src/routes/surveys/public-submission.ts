import type { DomainError, SubmittedResponse } from "@motmap/core";
import { type Database, type SurveySubmission, submitCheckedSurveyResponse } from "@motmap/db";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { statusOf } from "../../http/errors.ts";

/** The largest submission body: a full survey's answers with free text fit well inside. */
export const PUBLIC_SUBMISSION_MAX_BYTES = 64 * 1024;

export interface PublicSurveyLimits {
  /** Requests per address per minute (page loads and submissions). */
  perAddress: number;
  /** Submissions per survey per minute, whatever the address (a kiosk floor shares one NAT). */
  perSurvey: number;
}

/**
 * The public survey endpoints' rate limits, one instance per app: the Hono routes and the node:http
 * submit lane (http/submit-lane.ts) draw on the same points, so neither path is a way around them.
 */
export class PublicSurveyLimiter {
  private readonly perAddress: RateLimiterMemory;
  private readonly perSurvey: RateLimiterMemory;

  constructor(limits: PublicSurveyLimits) {
    this.perAddress = new RateLimiterMemory({ points: limits.perAddress, duration: 60 });
    this.perSurvey = new RateLimiterMemory({ points: limits.perSurvey, duration: 60 });
  }

  /** Seconds until `address` may send again; 0 when this request may go on (it is counted). */
  addressWait(address: string): Promise<number> {
    return waitOf(this.perAddress, address);
  }

  /** Seconds until the survey takes submissions again; 0 when this one may go on (it is counted). */
  surveyWait(publicId: string): Promise<number> {
    return waitOf(this.perSurvey, publicId.slice(0, 100));
  }
}

async function waitOf(limiter: RateLimiterMemory, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
    return Math.max(1, Math.ceil(ms / 1000));
  }
}

/** An HTTP answer without the framework: status, JSON body, and Retry-After for a 429. */
export interface PublicAnswer {
  status: number;
  body: SubmittedResponse | { error: DomainError };
  retryAfter?: number;
}

export const rateLimited = (retryAfter: number): PublicAnswer => ({
  status: 429,
  body: { error: { code: "rate_limited", message: "Too many requests; try again later" } },
  retryAfter,
});

/**
 * POST /api/public/surveys/{publicId}/responses once the body is a valid submission: the per-address
 * limit, then the per-survey limit, then the use case. 201 when stored, 200 when the same
 * submissionKey was stored before.
 */
export async function submitPublicResponse(
  db: Database["db"],
  limiter: PublicSurveyLimiter,
  request: { publicId: string; address: string; submission: SurveySubmission },
): Promise<PublicAnswer> {
  const addressWait = await limiter.addressWait(request.address);
  if (addressWait > 0) return rateLimited(addressWait);
  const surveyWait = await limiter.surveyWait(request.publicId);
  if (surveyWait > 0) return rateLimited(surveyWait);
  const result = await submitCheckedSurveyResponse(db, request.publicId, request.submission);
  if (!result.ok) return { status: statusOf(result.error.code), body: { error: result.error } };
  const { created, ...value } = result.value;
  return { status: created ? 201 : 200, body: value };
}
