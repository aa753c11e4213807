export { type EventFamily, ProducerError, type ProducerErrorCode, type ProducerIssue } from './errors.ts';
export type { EventType, Priority, Stream } from './gql/graphql.ts';
export type { ProducerOptions, RetryInfo, RetryOptions } from './options.ts';
export {
  type ChatReport,
  createProducer,
  type MapEntitiesReport,
  type OpenTicketReport,
  type PlayerActivityReport,
  Producer,
  type Report,
  type SecurityIncidentReport,
  type ServerStatusReport,
  type TelemetryReport,
} from './producer.ts';
export type { ProducerStats } from './queue.ts';
export type { EventTypeOf, StoredEvent } from './wire.ts';
