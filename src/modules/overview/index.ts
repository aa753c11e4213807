import './types.ts';
import './queries.ts';
import './subscriptions.ts';
