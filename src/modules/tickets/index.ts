import './types.ts';
import './ingest.ts';
import './workflow.ts';
import './queries.ts';
import './subscriptions.ts';
