import { type StreamName, streamNames } from '../events/envelope.ts';
import { hasAnyRole, streamReaders } from './roles.ts';
import type { Viewer } from './viewer.ts';

/** Whether a viewer may see events of a stream, live, in replay and in notifications alike. */
export function mayRead(viewer: Viewer, stream: StreamName): boolean {
  return viewer.kind === 'admin' && hasAnyRole(viewer.roles, streamReaders[stream]);
}

export function readableStreams(viewer: Viewer): StreamName[] {
  return streamNames.filter((stream) => mayRead(viewer, stream));
}
