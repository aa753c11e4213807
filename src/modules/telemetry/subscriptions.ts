import { builder } from '../../builder.ts';
import { requires } from '../../auth/scopes.ts';
import { streamReaders } from '../../auth/roles.ts';
import type { StoredEvent } from '../../events/envelope.ts';
import { TelemetryEvent } from './types.ts';

builder.subscriptionField('telemetry', (t) =>
  t.field({
      ...requires(streamReaders.telemetry),
    type: TelemetryEvent,
    description: 'Telemetry samples of one server as they arrive.',
    args: { serverId: t.arg.id() },
    subscribe: (_, { serverId }, { vigil }) => vigil.hub.subscribe({ stream: 'telemetry', key: String(serverId) }) as AsyncIterable<StoredEvent<'telemetry'>>,
    resolve: (event) => event,
  }),
);
