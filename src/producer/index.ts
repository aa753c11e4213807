import { Producer, type ProducerOptions } from './producer.ts';

export { type EventFamily, ProducerError, type ProducerErrorCode, type ProducerIssue } from './errors.ts';
export type {
  ChatReport,
  MapEntitiesReport,
  OpenTicketReport,
  PlayerActivityReport,
  ProducerOptions,
  ProducerStats,
  Report,
  RetryInfo,
  RetryOptions,
  SecurityIncidentReport,
  ServerStatusReport,
  StoredEvent,
  TelemetryReport,
} from './producer.ts';
export { Producer };

/** A typed, batching, retrying producer for one game server: `createProducer({ url, token, serverId })`. */
export function createProducer(options: ProducerOptions): Producer {
  return new Producer(options);
}
