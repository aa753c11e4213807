import type { HistogramJSON } from './histogram.ts';

/** sse: the graphql-sse client (distinct connections); raw: a hand-written SSE reader; mixed: every other one of each. */
export type ClientKind = 'sse' | 'raw';
export type ClientMix = ClientKind | 'mixed';

/** Receivers mint one admin token per subscriber (distinct subjects, as separate dashboards would be). */
export interface SubscriberAuthSpec {
  secret: string;
  audience: string;
  roles: string[];
  subjectPrefix: string;
  ttlS: number;
}

export interface OpenCommand {
  type: 'open';
  url: string;
  query: string;
  variables: Record<string, unknown>;
  auth: SubscriberAuthSpec | null;
  /** Index of this receiver's first subscriber (subjects are `<prefix><index>`). */
  first: number;
  count: number;
  batch: number;
  batchTimeoutMs: number;
  client: ClientMix;
  /** Report every w/m event once all of this receiver's live subscribers have it (closed loop, drain detection). */
  completion: boolean;
}

export type ToReceiver = OpenCommand | { type: 'stats' } | { type: 'close' };

export interface PhaseStats {
  received: number;
  /** monoMs of the first and last receipt of the phase. */
  firstAt: number;
  lastAt: number;
  /** Receipt time minus publish time (w and m phases only). */
  histogram: HistogramJSON;
}

export interface ReceiverStats {
  requested: number;
  connected: number;
  failed: number;
  firstFailure: string | null;
  ended: number;
  endReasons: Record<string, number>;
  /** Events a subscriber had received already (not counted as received). */
  duplicates: number;
  /** Events that arrived after a higher sequence number (counted: concurrent publishers may be stored in any order). */
  reordered: number;
  phases: Record<string, PhaseStats>;
  /** Sequence numbers of measured (m) events at least one subscriber received. */
  seenMeasured: number[];
  /** monoMs when the first subscribe request was sent. */
  openStartedAt: number;
  rampMs: number;
  bytes: number;
}

export type FromReceiver =
  | { type: 'ready'; pid: number }
  | { type: 'opened'; connected: number; failed: number; firstFailure: string | null; rampMs: number; openStartedAt: number }
  | { type: 'done'; seqs: number[] }
  | { type: 'tick'; received: Record<string, number>; live: number; elu: number }
  | { type: 'stats'; stats: ReceiverStats }
  | { type: 'closed' }
  | { type: 'fatal'; message: string };
