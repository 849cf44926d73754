/** Median, min and max of one measured step, in milliseconds. */
export interface Summary {
  median: number
  min: number
  max: number
  runs: number
}

/** Timings of a step and of its baseline, taken in the same loop so both see the same machine. */
export interface PairedSamples {
  subject: number[]
  baseline: number[]
}

/** How many runs are thrown away (JIT, file cache, lazy imports) and how many are kept. */
export interface Schedule {
  warmup: number
  runs: number
}

/** One timed run: resolves with its own duration in ms (the caller decides what is timed). */
export type Sample = () => Promise<number>

/** Time `fn` with the monotonic clock. */
export async function timed(fn: () => unknown): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

/**
 * Run `subject` and `baseline` alternately, swapping which goes first on every round (ABBA), so a
 * drift in the machine (a busy neighbour, a warming cache) lands on both alike.
 */
export async function measurePaired(
  schedule: Schedule,
  subject: Sample,
  baseline: Sample,
): Promise<PairedSamples> {
  const samples: PairedSamples = { subject: [], baseline: [] }
  for (let round = 0; round < schedule.warmup + schedule.runs; round++) {
    const keep = round >= schedule.warmup
    const order =
      round % 2 === 0 ? (['subject', 'baseline'] as const) : (['baseline', 'subject'] as const)
    for (const which of order) {
      const ms = await (which === 'subject' ? subject : baseline)()
      if (keep) samples[which].push(ms)
    }
  }
  return samples
}

/** Run one step alone (a breakdown figure with no baseline of its own). */
export async function measure(schedule: Schedule, sample: Sample): Promise<number[]> {
  const samples: number[] = []
  for (let round = 0; round < schedule.warmup + schedule.runs; round++) {
    const ms = await sample()
    if (round >= schedule.warmup) samples.push(ms)
  }
  return samples
}

export function summarise(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('No samples to summarise.')
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length }
}
