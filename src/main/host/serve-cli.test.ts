import { existsSync } from 'node:fs'
import { chmod, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureDataDir, parseServeArgs } from './serve-cli'

describe('parseServeArgs', () => {
  it('defaults to the port used last (none given) and the app data folder', () => {
    expect(parseServeArgs([])).toEqual({
      ok: true,
      options: { port: undefined, dataDir: undefined, newSecret: false, help: false },
    })
  })

  it('reads --new-secret', () => {
    expect(parseServeArgs(['--new-secret'])).toMatchObject({
      ok: true,
      options: { newSecret: true },
    })
  })

  it('reads --port and --data, resolving the folder against the working directory', () => {
    expect(parseServeArgs(['--port', '8080', '--data', 'my-data'], '/home/sam')).toEqual({
      ok: true,
      options: { port: 8080, dataDir: '/home/sam/my-data', newSecret: false, help: false },
    })
    expect(parseServeArgs(['--port=0', '--data=/tmp/x'], '/home/sam')).toEqual({
      ok: true,
      options: { port: 0, dataDir: '/tmp/x', newSecret: false, help: false },
    })
    expect(parseServeArgs(['-p', '65535', '-h'])).toMatchObject({
      ok: true,
      options: { port: 65535, help: true },
    })
  })

  it('explains a bad port', () => {
    for (const port of ['-1', '65536', 'abc', '80.5', '1e3', '', '0x50', '999999']) {
      const result = parseServeArgs([`--port=${port}`])
      expect(result.ok, port).toBe(false)
      if (!result.ok) expect(result.message, port).toMatch(/--port must be a whole number/)
    }
  })

  it('explains a missing value, an empty folder, an unknown option or a stray argument', () => {
    const messages = [['--port'], ['--data', ''], ['--verbose'], ['8080']].map((argv) => {
      const result = parseServeArgs(argv)
      expect(result.ok, argv.join(' ')).toBe(false)
      return result.ok ? '' : result.message
    })
    expect(messages[0]).toMatch(/--port/)
    expect(messages[1]).toMatch(/--data needs a folder/)
    expect(messages[2]).toMatch(/--verbose/)
    expect(messages[3]).toMatch(/8080/)
  })
})

describe('ensureDataDir', () => {
  let temp: string
  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'briefpack-data-'))
  })
  afterAll(async () => {
    await rm(temp, { recursive: true, force: true })
  })

  it('creates missing folders and leaves no probe file behind', async () => {
    const dir = join(temp, 'a', 'b', 'Briefpack')
    expect(await ensureDataDir(dir)).toEqual({ ok: true })
    expect(existsSync(dir)).toBe(true)
    expect(await readdir(dir)).toEqual([])
    expect(await ensureDataDir(dir)).toEqual({ ok: true })
  })

  it('explains a file in the way', async () => {
    await writeFile(join(temp, 'file'), '')
    const result = await ensureDataDir(join(temp, 'file', 'Briefpack'))
    expect(result).toEqual({
      ok: false,
      message: expect.stringMatching(/cannot save your work in .*a file \(not a folder\).*--data/),
    })
  })

  it('fails, rather than hangs, where a parent cannot hold folders', async () => {
    await symlink(join(temp, 'nowhere'), join(temp, 'dangling'))
    const places = [join(temp, 'dangling', 'Briefpack')]
    // procfs answers ENOENT for a new folder; Node's recursive mkdir retries that forever.
    if (process.platform === 'linux') places.push('/proc/briefpack-test/Briefpack')
    for (const place of places) {
      const result = await ensureDataDir(place)
      expect(result, place).toMatchObject({ ok: false })
      if (!result.ok) expect(result.message).toContain(`cannot save your work in ${place}`)
    }
  })

  it('explains a folder it may not write to', async () => {
    const locked = join(temp, 'locked')
    await mkdir(locked)
    await chmod(locked, 0o555)
    // Root ignores permission bits: check as an ordinary user ("nobody") for the duration.
    const asRoot = process.geteuid?.() === 0
    if (asRoot) process.seteuid!(65534)
    try {
      const result = await ensureDataDir(join(locked, 'Briefpack'))
      expect(result).toEqual({
        ok: false,
        message: expect.stringMatching(/you do not have permission to write there/),
      })
    } finally {
      if (asRoot) process.seteuid!(0)
    }
  })
})
