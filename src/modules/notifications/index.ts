import './subscriptions.ts';
import './viewer.ts';
