import { recentEventsQuery } from '../../schema/recent-events.ts';
import { SecurityEvent } from './types.ts';

recentEventsQuery('securityIncidents', {
  stream: 'security',
  event: SecurityEvent,
  description: 'The last `last` security incidents of one server, or of every server when `serverId` is omitted, newest first.',
  snapshot: {
    name: 'SecurityIncidentsSnapshot',
    description: 'Recent security incidents, newest first, consistent with `cursor`: subscribe `after` it to follow on with no gap.',
    eventsField: 'incidents',
  },
  order: 'newest first',
});
