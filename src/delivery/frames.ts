/**
 * SSE frames of the graphql-sse protocol, encoded once. Distinct mode frames carry the event's cursor as the SSE `id`
 * (an EventSource resumes with Last-Event-ID); single connection frames wrap the payload in `{"id":<op>,"payload":…}`,
 * so a payload shared by a group is spliced between a per-operation prefix and a constant suffix.
 */
export const keepAliveFrame = Buffer.from(':\n\n');
export const distinctCompleteFrame = Buffer.from('event: complete\ndata:\n\n');
export const singlePayloadSuffix = Buffer.from('}\n\n');

export function distinctNextFrame(json: string, cursor: string | null): string {
  return `${cursor === null ? '' : `id: ${cursor}\n`}event: next\ndata: ${json}\n\n`;
}

/** `event: next` up to where the operation's payload starts. */
export function singlePayloadPrefix(operationId: string): Buffer {
  return Buffer.from(`event: next\ndata: {"id":${JSON.stringify(operationId)},"payload":`);
}

export function singleCompleteFrame(operationId: string): Buffer {
  return Buffer.from(`event: complete\ndata: {"id":${JSON.stringify(operationId)}}\n\n`);
}
