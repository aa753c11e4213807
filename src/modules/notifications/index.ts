import './subscriptions.ts';
