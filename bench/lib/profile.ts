import { readFileSync } from 'node:fs';

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  name: string;
  selfPct: number;
}

export interface ProfileSummary {
  file: string;
  /** Sampled milliseconds inside the measured window, idle excluded. */
  busyMs: number;
  byPackage: ProfileShare[];
  byFunction: ProfileShare[];
}

/** Where a function lives: an npm package, Vigil's own src/, Node internals, or a V8 pseudo-frame. */
function packageOf(url: string, functionName: string): string {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const inModules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.startsWith('node:')) return 'node internals';
  if (url.includes('/src/')) return 'vigil src';
  return url.replace(/^file:\/\//, '');
}

/**
 * Self time by package and by function of a V8 .cpuprofile, counting only samples taken between `fromUs` and `toUs`
 * (CLOCK_MONOTONIC microseconds, the clock of both V8's profiler and process.hrtime).
 */
export function summarizeProfile(file: string, fromUs: number, toUs: number, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    if (at < fromUs || at > toUs) continue;
    const frame = nodes.get(profile.samples[i]!);
    if (!frame || frame.functionName === '(idle)') continue;
    busy += delta;
    const pkg = packageOf(frame.url, frame.functionName);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + delta);
    const where = frame.url ? ` ${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/src\//, 'src/')}:${frame.lineNumber + 1}` : '';
    const name = `${frame.functionName || '(anonymous)'}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + delta);
  }
  const shares = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, selfPct: busy ? Math.round((us / busy) * 1_000) / 10 : 0 }));
  return { file, busyMs: Math.round(busy / 1_000), byPackage: shares(byPackage), byFunction: shares(byFunction) };
}
