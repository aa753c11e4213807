import type { EventFamily, ProducerIssue } from './errors.ts';
import type { IngestAnswer, IngestError, StoredEvent } from './wire.ts';

/** Why one element of a batch was refused for its content. */
export interface Refusal {
  code: 'BAD_USER_INPUT' | 'CONFLICT';
  issues: ProducerIssue[];
  message: string;
}

/** What an ingest answer means for the batch sent. */
export type Outcome =
  | { kind: 'stored'; events: StoredEvent[] }
  /** The hub refused some events for their content (by batch index): fail those, resend the rest. */
  | { kind: 'refused'; refusals: Map<number, Refusal> }
  | { kind: 'tooLarge'; limit: 'bytes' | 'events'; message: string; maxEvents?: number }
  /** A content error that names no event: send smaller batches until it does. */
  | { kind: 'unattributed'; message: string }
  | { kind: 'credential'; code: 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'FORBIDDEN'; message: string }
  /** The hub refused the whole request for the token's rate limit; `retryAfterMs` is null when it did not say when to come back. */
  | { kind: 'rateLimited'; retryAfterMs: number | null; reason: string }
  | { kind: 'transient'; reason: string };

/** What the classification needs to know of each element sent, in order. */
export interface SentElement {
  family: EventFamily;
  dedupKey: string;
}

const credentialCodes = new Set(['UNAUTHENTICATED', 'TOKEN_EXPIRED', 'TOKEN_REVOKED', 'FORBIDDEN']);

/** Judges the hub's answer to a batch: stored, refused per element, too large, a credential problem, throttled, or worth retrying. */
export function classify(answer: IngestAnswer, batch: readonly SentElement[]): Outcome {
  if (answer.kind === 'unreachable') return { kind: 'transient', reason: answer.reason };
  const { status } = answer;
  if (status === 413) return { kind: 'tooLarge', limit: 'bytes', message: 'the event is larger than the hub accepts in one request' };
  if (answer.kind === 'undecodable') return { kind: 'transient', reason: `HTTP ${status}: not a GraphQL response` };
  const result = answer.response;
  const errors = result?.errors ?? [];
  if (errors.length === 0 && Array.isArray(result?.data?.ingest)) return { kind: 'stored', events: result.data.ingest };
  const credential = errors.find((error) => credentialCodes.has(String(error.extensions?.code)));
  if (credential) {
    return {
      kind: 'credential',
      code: credential.extensions!.code as 'UNAUTHENTICATED' | 'TOKEN_EXPIRED' | 'TOKEN_REVOKED' | 'FORBIDDEN',
      message: credential.message ?? 'refused',
    };
  }
  const limited = errors.find((error) => error.extensions?.code === 'RATE_LIMITED');
  if (limited) {
    const retryAfterMs = Number(limited.extensions?.retryAfterMs);
    return {
      kind: 'rateLimited',
      retryAfterMs: Number.isFinite(retryAfterMs) && retryAfterMs > 0 ? retryAfterMs : null,
      reason: `RATE_LIMITED: ${limited.message ?? 'refused'}`,
    };
  }
  const content = errors.filter(isContentError);
  if (errors.length === 0 || content.length < errors.length || status >= 500) {
    return { kind: 'transient', reason: `HTTP ${status}: ${errors.map((error) => error.message).join('; ') || 'no answer'}` };
  }
  return attribute(content, batch);
}

function isContentError(error: IngestError): boolean {
  const code = error.extensions?.code;
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') return true;
  // Errors raised before execution that the hub gives no code (document validation) answer 400, not 5xx.
  return code === undefined && typeof error.message === 'string' && error.message !== 'Unexpected error.';
}

/** Splits an issue path, "events.3.chat.text", into the batch index and the path inside the method's input ("text"). */
function splitPath(path: string): { index: number; field: string } | null {
  const match = /^events\.(\d+)(?:\.[^.]+)?(?:\.(.*))?$/.exec(path);
  return match ? { index: Number(match[1]), field: match[2] ?? '' } : null;
}

/**
 * Finds which elements of the batch the hub's content errors are about, from their extensions only: `issues` paths
 * (the hub's input rules, and graphql-js variable coercion, which the hub gives the same shape), CONFLICT's
 * `dedupKey`, and the batch limit's `limit`. An error that names no element is left for smaller batches to find.
 */
function attribute(errors: readonly IngestError[], batch: readonly SentElement[]): Outcome {
  const refusals = new Map<number, Refusal>();
  const add = (index: number, code: Refusal['code'], issue: ProducerIssue) => {
    if (index >= batch.length) return false;
    const refusal = refusals.get(index) ?? { code, issues: [], message: '' };
    refusal.issues.push(issue);
    refusal.message = refusal.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    refusals.set(index, refusal);
    return true;
  };
  const unattributed: string[] = [];
  for (const error of errors) {
    const message = error.message ?? 'refused';
    const { code, issues, dedupKey, limit } = error.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && Array.isArray(issues)) {
      for (const issue of issues as ProducerIssue[]) {
        const at = splitPath(String(issue.path));
        if (at && add(at.index, 'BAD_USER_INPUT', { path: at.field, message: issue.message })) continue;
        if (issue.path === 'events' && typeof limit === 'number') {
          return { kind: 'tooLarge', limit: 'events', message: `the hub's batch limit: ${issue.message}`, maxEvents: limit };
        }
        unattributed.push(message);
      }
    } else if (code === 'CONFLICT' && typeof dedupKey === 'string') {
      const index = batch.findIndex((element) => element.dedupKey === dedupKey);
      const mapIndex = batch.findIndex((element) => element.family === 'mapEntities' && dedupKey.startsWith(`${element.dedupKey}#`));
      const conflicting = index >= 0 ? index : mapIndex;
      if (conflicting < 0 || !add(conflicting, 'CONFLICT', { path: 'dedupKey', message })) unattributed.push(message);
    } else {
      unattributed.push(message);
    }
  }
  // Fail what is known first; the rest goes again and tells more.
  if (refusals.size > 0) return { kind: 'refused', refusals };
  return { kind: 'unattributed', message: unattributed.join('; ') || 'refused' };
}
