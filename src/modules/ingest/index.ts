import './batch.ts';
