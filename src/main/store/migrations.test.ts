import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { STORE_VERSION } from '../../shared/model/store-data'
import { EXAMPLE_MIGRATIONS } from '../../../test-support/store/example-migrations/example-migrations'
import { MIGRATIONS, migrateToCurrent, type Migration, type RawStore } from './migrations'

// Store files before and after each migration, kept with the rest of the test support.
const FIXTURES = join(import.meta.dirname, '../../../test-support/store')
const fixture = (name: string): RawStore =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as RawStore

/** Freeze deeply, so a migration that mutates its input throws instead of passing. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze)
    Object.freeze(value)
  }
  return value
}

describe('each example migration on its before/after fixture', () => {
  it.each(EXAMPLE_MIGRATIONS.map((m) => [m.from, m.to, m] as const))(
    'v%i → v%i turns the before file into the after file, leaving its input alone',
    (from, to, migration) => {
      const before = deepFreeze(fixture(`example-migrations/v${from}.json`))
      expect(migration.migrate(before)).toEqual(fixture(`example-migrations/v${to}.json`))
    },
  )
})

describe('migrateToCurrent', () => {
  it('runs every step in order, from the file version up to the current one', () => {
    const outcome = migrateToCurrent(fixture('example-migrations/v1.json'), EXAMPLE_MIGRATIONS, 3)
    expect(outcome).toEqual({
      status: 'current',
      raw: fixture('example-migrations/v3.json'),
      migratedFrom: 1,
    })
    const fromTwo = migrateToCurrent(fixture('example-migrations/v2.json'), EXAMPLE_MIGRATIONS, 3)
    expect(fromTwo).toMatchObject({ status: 'current', migratedFrom: 2 })
  })

  it('passes a current file through untouched', () => {
    const v3 = fixture('example-migrations/v3.json')
    expect(migrateToCurrent(v3, EXAMPLE_MIGRATIONS, 3)).toEqual({
      status: 'current',
      raw: v3,
      migratedFrom: null,
    })
  })

  it('never lets a migration change the caller’s data, even one that mutates its input', () => {
    const sloppy: Migration[] = [
      {
        from: 1,
        to: 2,
        migrate: (raw) => {
          raw.version = 2
          ;(raw.tags as unknown[]).length = 0
          return raw
        },
      },
    ]
    const v1 = fixture('example-migrations/v1.json')
    const copy = structuredClone(v1)
    expect(migrateToCurrent(v1, sloppy, 2).status).toBe('current')
    expect(v1).toEqual(copy)
  })

  it('refuses a newer file, naming its version', () => {
    expect(migrateToCurrent({ version: 4 }, EXAMPLE_MIGRATIONS, 3)).toEqual({
      status: 'newer',
      version: 4,
    })
    expect(migrateToCurrent({ version: STORE_VERSION + 1 })).toEqual({
      status: 'newer',
      version: STORE_VERSION + 1,
    })
  })

  it('calls a missing or invalid version, or a non-object, damaged', () => {
    for (const raw of [{}, { version: '1' }, { version: 0 }, { version: 1.5 }, { version: null }]) {
      expect(migrateToCurrent(raw), JSON.stringify(raw)).toEqual({
        status: 'damaged',
        reason: 'it has no valid version number',
      })
    }
    for (const raw of [null, [], 'x', 3]) {
      expect(migrateToCurrent(raw).status).toBe('damaged')
    }
  })

  it('calls a file a migration cannot handle damaged, saying at which version', () => {
    const outcome = migrateToCurrent({ version: 1, annotations: 'oops' }, EXAMPLE_MIGRATIONS, 3)
    expect(outcome).toMatchObject({ status: 'damaged' })
    if (outcome.status === 'damaged') expect(outcome.reason).toMatch(/upgraded from version 1/)
  })

  it('treats a gap in the list as a programming error', () => {
    const gap = EXAMPLE_MIGRATIONS.slice(1)
    expect(() => migrateToCurrent(fixture('example-migrations/v1.json'), gap, 3)).toThrow(
      /no migration from store version 1 to 2/,
    )
  })
})

describe('the real migration list', () => {
  it('is a gapless chain ending at STORE_VERSION, each step with before/after fixtures', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i + 1)
      expect(m.to).toBe(m.from + 1)
      const before = join(FIXTURES, 'migrations', `v${m.from}-to-v${m.to}.before.json`)
      expect(existsSync(before), before).toBe(true)
      expect(m.migrate(fixture(`migrations/v${m.from}-to-v${m.to}.before.json`))).toEqual(
        fixture(`migrations/v${m.from}-to-v${m.to}.after.json`),
      )
    })
    expect(MIGRATIONS.at(-1)?.to ?? 1).toBe(STORE_VERSION)
  })
})
