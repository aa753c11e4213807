const recentKey = 'vigil.recentMaps';

/** The maps watched lately in this browser, newest first (at most 8). */
export function recentMaps(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(recentKey) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, 8) : [];
  } catch {
    return [];
  }
}

export function remember(mapId: string): void {
  localStorage.setItem(recentKey, JSON.stringify([mapId, ...recentMaps().filter((m) => m !== mapId)].slice(0, 8)));
}
