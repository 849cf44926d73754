import { chmod, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanupAfterEach } from '../../../test-support/store/cleanup'
import { HOST_IDENTITY_FILE, loadHostIdentity, saveHostIdentity } from './host-identity'

const cleanup = cleanupAfterEach()
let made = 0
const newSecret = () => `${++made}`.padStart(32, 's')
const SECRET = 'A'.repeat(32)

async function folderWith(content?: string, mode = 0o600) {
  const dir = await cleanup.tempDir()
  if (content !== undefined) {
    await writeFile(join(dir, HOST_IDENTITY_FILE), content, { mode })
    await chmod(join(dir, HOST_IDENTITY_FILE), mode)
  }
  return dir
}

describe('the browser host’s identity in its data folder', () => {
  it('is new on a folder that has none, and the same after it is saved', async () => {
    const dir = await folderWith()
    const first = await loadHostIdentity(dir, { newSecret })
    expect(first.notice).toBeNull()
    expect(first.identity.port).toBeNull()
    await saveHostIdentity(dir, { secret: first.identity.secret, port: 41_234 })
    expect(await loadHostIdentity(dir, { newSecret })).toEqual({
      identity: { secret: first.identity.secret, port: 41_234 },
      notice: null,
    })
  })

  it('is written readable and writable by its owner only', async () => {
    const dir = await folderWith()
    await saveHostIdentity(dir, { secret: SECRET, port: 5000 })
    expect((await stat(join(dir, HOST_IDENTITY_FILE))).mode & 0o777).toBe(0o600)
    expect(JSON.parse(await readFile(join(dir, HOST_IDENTITY_FILE), 'utf8'))).toEqual({
      secret: SECRET,
      port: 5000,
    })
  })

  it('gets a new secret on --new-secret, keeping its port', async () => {
    const dir = await folderWith(JSON.stringify({ secret: SECRET, port: 5000 }))
    const { identity } = await loadHostIdentity(dir, { newSecret, rotate: true })
    expect(identity.port).toBe(5000)
    expect(identity.secret).not.toBe(SECRET)
  })

  it('is not trusted, and replaced, when others may read or change it', async () => {
    for (const mode of [0o644, 0o640, 0o604, 0o620, 0o602]) {
      const dir = await folderWith(JSON.stringify({ secret: SECRET, port: 5000 }), mode)
      const loaded = await loadHostIdentity(dir, { newSecret })
      expect(loaded.identity.secret, mode.toString(8)).not.toBe(SECRET)
      expect(loaded.notice).toMatch(/could be read or changed by other users/)
      await saveHostIdentity(dir, loaded.identity)
      expect((await stat(join(dir, HOST_IDENTITY_FILE))).mode & 0o777).toBe(0o600)
    }
  })

  it('is not trusted when another user owns it', async () => {
    const dir = await folderWith(JSON.stringify({ secret: SECRET, port: 5000 }))
    const owner = (await stat(join(dir, HOST_IDENTITY_FILE))).uid
    const loaded = await loadHostIdentity(dir, { newSecret, userId: owner + 1 })
    expect(loaded.identity.secret).not.toBe(SECRET)
    expect(loaded.notice).toMatch(/belonged to another user/)
  })

  it('never follows a link, and saving replaces the link, not the file it points to', async () => {
    const dir = await folderWith()
    const elsewhere = join(await cleanup.tempDir(), 'elsewhere.json')
    await writeFile(elsewhere, JSON.stringify({ secret: SECRET, port: 5000 }), { mode: 0o600 })
    await symlink(elsewhere, join(dir, HOST_IDENTITY_FILE))
    const loaded = await loadHostIdentity(dir, { newSecret })
    expect(loaded.identity.secret).not.toBe(SECRET)
    expect(loaded.notice).toMatch(/was a link to another file/)
    await saveHostIdentity(dir, loaded.identity)
    expect(JSON.parse(await readFile(elsewhere, 'utf8')).secret).toBe(SECRET)
    expect((await stat(join(dir, HOST_IDENTITY_FILE))).isFile()).toBe(true)
  })

  it('is replaced when damaged, with a word saying so', async () => {
    for (const content of [
      '',
      '{',
      'null',
      JSON.stringify({ secret: 'short', port: 5000 }),
      JSON.stringify({ secret: SECRET, port: 70_000 }),
      JSON.stringify({ secret: `${SECRET}/../x`, port: null }),
    ]) {
      const dir = await folderWith(content)
      const loaded = await loadHostIdentity(dir, { newSecret })
      expect(loaded.identity.secret, content).not.toBe(SECRET)
      expect(loaded.notice, content).toMatch(/was damaged/)
    }
  })
})
