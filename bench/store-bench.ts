import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Annotation } from '../src/shared/model/annotation'
import type { Article } from '../src/shared/model/article'
import type { StoreData } from '../src/shared/model/store-data'
import type { Library } from '../src/main/library/load-library'
import { emptyStore } from '../src/main/store/default-codebook'
import { realFs, writeFileDurably } from '../src/main/store/durable-fs'
import { openStore, STORE_FILE } from '../src/main/store/open-store'
import { encodeStore } from '../src/main/store/parse-store-file'
import { validateStoreData } from '../src/main/store/schema'
import { createWorkspace } from '../src/main/workspace/workspace'
import { measure, measurePaired, timed, type PairedSamples, type Schedule } from './measure'
import { randomDraft, type Random } from './seed-annotations'

/** Make `dataDir` a store holding `annotations`, written by the store itself (so it is valid). */
export async function seedStore(dataDir: string, annotations: Annotation[]): Promise<void> {
  const store = await openStore(dataDir)
  try {
    const outcome = await store.commit({ ...emptyStore(), annotations })
    if (!outcome.saved) throw new Error(`Seeding ${dataDir} failed: ${outcome.message}`)
  } finally {
    await store.close()
  }
}

export interface OpenResult {
  /** openStore then close, against JSON.parse(readFileSync(file)). */
  open: PairedSamples
  /** validateStoreData on the parsed file: the schema's share of opening. */
  validate: number[]
}

/** Open the store in `dataDir` and close it again, a new handle each run. */
export async function benchOpen(
  dataDir: string,
  expected: number,
  schedule: Schedule,
): Promise<OpenResult> {
  const file = join(dataDir, STORE_FILE)
  const open = await measurePaired(
    schedule,
    async () => {
      let count = 0
      const ms = await timed(async () => {
        const store = await openStore(dataDir)
        count = store.read().annotations.length
        await store.close()
      })
      if (count !== expected) throw new Error(`Opened ${count} annotations, not ${expected}.`)
      return ms
    },
    () => timed(() => JSON.parse(readFileSync(file, 'utf8'))),
  )
  const text = readFileSync(file, 'utf8')
  // A fresh parse each run, as at open: validation remembers the records it has seen.
  const validate = await measure(schedule, () => {
    const raw: unknown = JSON.parse(text)
    return timed(() => {
      if (!validateStoreData(raw, { fresh: true }).ok) {
        throw new Error('The seeded store is not valid.')
      }
    })
  })
  return { open, validate }
}

export interface CreateResult {
  /** workspace.createAnnotation until saved, against JSON.stringify + fs.writeFile (no fsync). */
  create: PairedSamples
  /** Where a save's time goes, each timed alone on the same state. */
  validate: number[]
  stringify: number[]
  durableWrite: number[]
}

/**
 * Create annotations through the real workspace on the store in `dataDir`, one at a time, each
 * timed until the store reports it on disk. The baseline writes the same state as a plain file
 * in `scratchDir` (same disk), as an app without durability would.
 */
export async function benchCreate(
  dataDir: string,
  scratchDir: string,
  library: Library,
  article: Article,
  random: Random,
  schedule: Schedule,
): Promise<CreateResult> {
  const store = await openStore(dataDir)
  try {
    const workspace = createWorkspace({ store, library })
    const plainFile = join(scratchDir, 'plain.json')
    const create = await measurePaired(
      schedule,
      async () => {
        const draft = randomDraft(article, random)
        const ms = await timed(() => workspace.createAnnotation(draft))
        const status = store.status()
        if (status.pendingWrites > 0 || status.lastError !== null) {
          throw new Error(
            `The new annotation was not saved: ${status.lastError ?? 'still pending'}`,
          )
        }
        return ms
      },
      () => timed(() => writeFile(plainFile, JSON.stringify(store.read()) + '\n')),
    )
    // A save's share, timed alone on the state as a save sees it: each of its records validated
    // and encoded before, but for the newest annotation (a fresh copy of it, each run).
    const state = store.read()
    const withNew = (): StoreData => ({
      ...state,
      annotations: [...state.annotations.slice(0, -1), structuredClone(state.annotations.at(-1)!)],
    })
    const bytes = encodeStore(state)
    const durableFile = join(scratchDir, 'durable.json')
    return {
      create,
      validate: await measure(schedule, () => {
        const next = withNew()
        return timed(() => validateStoreData(next))
      }),
      stringify: await measure(schedule, () => {
        const valid = validateStoreData(withNew())
        if (!valid.ok) throw new Error('The store is not valid.')
        return timed(() => encodeStore(valid.data))
      }),
      durableWrite: await measure(schedule, () =>
        timed(() => writeFileDurably(realFs, durableFile, bytes)),
      ),
    }
  } finally {
    await store.close()
  }
}
