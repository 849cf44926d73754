import { readdir } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { describe, expect, it } from 'vitest'
import { exited, spawnScript } from '../../../test-support/store/child-process'
import { makeTempDir, storeWith } from '../../../test-support/store/test-data'
import { openStore } from './open-store'

const LANES = 4 // folders killed in parallel
const KILLS_PER_LANE = 26 // 104 kills in all
const SEED_ANNOTATIONS = 300 // 160 kB: each write takes a while, yet commits stay quick

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Start a committing child, SIGKILL it at a random moment, and return what it acknowledged. */
async function runAndKill(dir: string, delayMs: number) {
  const child = spawnScript('crash-child.ts', [dir])
  const acked: number[] = []
  const other: string[] = []
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line === 'ready') resolve()
      else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)))
      else other.push(line)
    })
    child.on('exit', () => reject(new Error(`child exited before ready: ${other} ${stderr}`)))
  })
  await ready
  await new Promise((r) => setTimeout(r, delayMs))
  child.kill('SIGKILL')
  await exited(child)
  // Lines already in the pipe are still delivered after the exit: wait for the stream to end.
  if (!child.stdout.readableEnded) await new Promise((r) => child.stdout.once('end', r))
  return { acked, other, killedBy: child.signalCode }
}

async function lane(seed: number) {
  const next = random(seed)
  const { dir, cleanup } = await makeTempDir('briefpack-crash-')
  try {
    const seeded = await openStore(dir)
    await seeded.commit(storeWith(SEED_ANNOTATIONS))
    await seeded.close()
    let acknowledged = 0
    let totalAcks = 0
    for (let kill = 0; kill < KILLS_PER_LANE; kill++) {
      const delayMs = Math.floor(next() * 200)
      const where = `seed ${seed}, kill ${kill}, after ${delayMs} ms`
      const run = await runAndKill(dir, delayMs)
      expect(run.killedBy, where).toBe('SIGKILL')
      expect(run.other, where).toEqual([])
      totalAcks += run.acked.length

      // The store must open cleanly (no recovery) and hold every acknowledged change, in order.
      const store = await openStore(dir)
      expect(store.status().recovery, where).toBeNull()
      const ids = store.read().annotations.map((a) => Number(a.id.slice(2)))
      expect(ids, where).toEqual(Array.from({ length: ids.length }, (_, i) => i))
      const highestAck = Math.max(acknowledged - 1, ...run.acked)
      expect(ids.length, where).toBeGreaterThan(highestAck)
      acknowledged = ids.length
      await store.close()
      // Temp files of interrupted writes were cleared at open.
      expect(
        (await readdir(dir)).filter((n) => n.endsWith('.tmp')),
        where,
      ).toEqual([])
    }
    return { totalAcks, finalCount: acknowledged }
  } finally {
    await cleanup()
  }
}

describe('crash safety', () => {
  it(`keeps every acknowledged change through ${LANES * KILLS_PER_LANE} SIGKILLs`, async () => {
    const base = Date.now()
    const started = performance.now()
    const results = await Promise.all(Array.from({ length: LANES }, (_, i) => lane(base + i)))
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    const acks = results.reduce((sum, r) => sum + r.totalAcks, 0)
    console.info(`crash safety: ${LANES * KILLS_PER_LANE} kills, ${acks} acks, ${seconds} s`)
    // The kills must actually have interrupted work that was acknowledged, or this proves little.
    expect(acks).toBeGreaterThan(LANES * KILLS_PER_LANE)
  }, 180_000)
})
