import './types.ts';
import './ingest.ts';
import './queries.ts';
import './subscriptions.ts';
import './replay.ts';
