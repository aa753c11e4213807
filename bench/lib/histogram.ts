const exactMicros = 1_000;
const growth = 1.005;
const logGrowth = Math.log(growth);
// 1 µs buckets below 1 ms, then buckets 0.5 % wide up to 10 minutes: fixed memory whatever the delivery count.
const bucketCount = exactMicros + Math.ceil(Math.log(600_000_000 / exactMicros) / logGrowth) + 1;

/** Latency histogram in milliseconds with 1 µs resolution below 1 ms and 0.5 % relative error above. */
export class LatencyHistogram {
  private readonly buckets = new Float64Array(bucketCount);
  count = 0;
  sum = 0;
  max = 0;

  record(ms: number): void {
    const value = Math.max(0, ms);
    this.buckets[indexOf(value * 1_000)]! += 1;
    this.count++;
    this.sum += value;
    if (value > this.max) this.max = value;
  }

  merge(other: LatencyHistogram): this {
    for (let i = 0; i < bucketCount; i++) this.buckets[i]! += other.buckets[i]!;
    this.count += other.count;
    this.sum += other.sum;
    if (other.max > this.max) this.max = other.max;
    return this;
  }

  /** The value below which `fraction` of the samples fall (upper edge of its bucket, capped at the exact max). */
  quantile(fraction: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(fraction * this.count));
    let seen = 0;
    for (let i = 0; i < bucketCount; i++) {
      seen += this.buckets[i]!;
      if (seen >= rank) return Math.min(upperEdgeMs(i), this.max);
    }
    return this.max;
  }

  /** A compact form for IPC and result files: the non-empty buckets only. */
  toJSON(): HistogramJSON {
    const buckets: Array<[number, number]> = [];
    for (let i = 0; i < bucketCount; i++) if (this.buckets[i]) buckets.push([i, this.buckets[i]!]);
    return { count: this.count, sum: this.sum, max: this.max, buckets };
  }

  static fromJSON(json: HistogramJSON): LatencyHistogram {
    const histogram = new LatencyHistogram();
    for (const [index, count] of json.buckets) histogram.buckets[index]! += count;
    histogram.count = json.count;
    histogram.sum = json.sum;
    histogram.max = json.max;
    return histogram;
  }

  summary(): LatencySummary {
    return {
      samples: this.count,
      p50: round(this.quantile(0.5)),
      p90: round(this.quantile(0.9)),
      p99: round(this.quantile(0.99)),
      max: round(this.max),
      mean: round(this.count ? this.sum / this.count : Number.NaN),
    };
  }
}

export interface HistogramJSON {
  count: number;
  sum: number;
  max: number;
  buckets: Array<[number, number]>;
}

export interface LatencySummary {
  samples: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

function indexOf(micros: number): number {
  if (micros < exactMicros) return Math.floor(micros);
  return Math.min(bucketCount - 1, exactMicros + Math.floor(Math.log(micros / exactMicros) / logGrowth));
}

function upperEdgeMs(index: number): number {
  if (index < exactMicros) return (index + 1) / 1_000;
  return (exactMicros * growth ** (index - exactMicros + 1)) / 1_000;
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 1_000) / 1_000 : value;
}
