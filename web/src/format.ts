/** "12 s ago", "3 min ago", "2 h ago", or a date for anything older than a day. */
export function ago(iso: string | null | undefined, now: number = Date.now()): string {
  if (!iso) return '—';
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return '—';
  const seconds = Math.max(0, Math.round((now - then) / 1000));
  if (seconds < 5) return 'just now';
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return new Date(then).toLocaleDateString();
}

export function clock(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
}

const acronyms = new Set(['NPC']);

/** ENUM_VALUE as "Enum value". */
export function label(value: string): string {
  if (acronyms.has(value)) return value;
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  if (seconds < 86_400) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} d`;
}

/** "expires in 42 min" for a token's expiry. */
export function expiresIn(date: Date | null, now: number = Date.now()): string {
  if (!date) return 'no expiry';
  const seconds = Math.round((date.getTime() - now) / 1000);
  if (seconds <= 0) return 'expired';
  return `expires in ${duration(seconds)}`;
}
