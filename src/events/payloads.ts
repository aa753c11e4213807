/**
 * The payload each stream carries, by stream name, stored as JSON in the log. The core names none of them: each
 * stream module declares its own in `src/modules/<stream>/payload.ts` by merging into this interface
 * (`declare module '../../events/payloads.ts'`), so the envelope, the log and the hub are typed without importing a
 * module. A stream whose module declares no payload fails to compile at `EventDraft.payload`.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by the stream modules' declaration merging
export interface StreamPayloads {}
