import './tokens.ts';
import './stats.ts';
