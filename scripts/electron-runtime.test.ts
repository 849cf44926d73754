import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { createServer as createHttpServer, type Server } from 'node:http'
import { createServer as createTcpServer, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { storedZip } from '../test-support/zip'
import {
  electronDownloadUrl,
  findElectronBinary,
  installElectronRuntime,
} from './electron-runtime.mjs'
import { PROJECT_ROOT } from './build-if-needed.mjs'

let root: string
let electronDir: string

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'briefpack-electron-'))
  electronDir = join(root, 'node_modules', 'electron')
  writeFileSync(join(root, 'package.json'), '{}')
})

afterEach(() => rmSync(root, { recursive: true, force: true }))

function installPackage(): void {
  mkdirSync(electronDir, { recursive: true })
  writeFileSync(join(electronDir, 'package.json'), '{"name":"electron","version":"45.0.0"}')
  // A real index.js downloads the binary when it is missing; the check must never run it.
  writeFileSync(join(electronDir, 'index.js'), 'throw new Error("index.js was run")')
}

describe('findElectronBinary', () => {
  it('says when the electron package is not installed', () => {
    expect(findElectronBinary(root, {})).toEqual({
      found: false,
      reason: 'the electron npm package is not installed',
    })
  })

  it('says when the runtime was never downloaded (no path.txt)', () => {
    installPackage()
    const result = findElectronBinary(root, {})
    expect(result).toMatchObject({ found: false, reason: expect.stringContaining('path.txt') })
  })

  it('says when path.txt names a binary that is not there', () => {
    installPackage()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    expect(findElectronBinary(root, {})).toMatchObject({
      found: false,
      reason: expect.stringContaining(join(electronDir, 'dist', 'electron')),
    })
  })

  it('finds the binary path.txt names, or the one under ELECTRON_OVERRIDE_DIST_PATH', () => {
    installPackage()
    writeFileSync(join(electronDir, 'path.txt'), 'electron')
    mkdirSync(join(electronDir, 'dist'))
    writeFileSync(join(electronDir, 'dist', 'electron'), '')
    chmodSync(join(electronDir, 'dist', 'electron'), 0o755)
    expect(findElectronBinary(root, {})).toEqual({
      found: true,
      path: join(electronDir, 'dist', 'electron'),
    })

    const override = join(root, 'custom')
    mkdirSync(override)
    writeFileSync(join(override, 'electron'), '')
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      found: true,
      path: join(override, 'electron'),
    })
  })
})

describe('electronDownloadUrl', () => {
  it('reads the mirror as @electron/get does: .npmrc first, then ELECTRON_MIRROR, else GitHub', () => {
    installPackage()
    expect(electronDownloadUrl(root, {}, 'linux', 'x64')).toBe(
      'https://github.com/electron/electron/releases/download/v45.0.0/electron-v45.0.0-linux-x64.zip',
    )
    expect(
      electronDownloadUrl(root, { ELECTRON_MIRROR: 'https://m.example/e/' }, 'win32', 'arm64'),
    ).toBe('https://m.example/e/v45.0.0/electron-v45.0.0-win32-arm64.zip')
    expect(
      electronDownloadUrl(
        root,
        {
          ELECTRON_MIRROR: 'https://m.example/e/',
          npm_config_electron_mirror: 'https://npmrc.example/',
        },
        'darwin',
        'arm64',
      ),
    ).toBe('https://npmrc.example/v45.0.0/electron-v45.0.0-darwin-arm64.zip')
  })
})

// The real install script of the installed electron package, run in a copy of it (so a
// download that succeeded would land in the copy), against servers on this machine.
describe('installElectronRuntime', () => {
  let stage: string
  let cache: string
  const servers: { close(): void }[] = []

  beforeEach(async () => {
    stage = await mkdtemp(join(tmpdir(), 'briefpack-install-'))
    cache = join(stage, 'cache')
    await writeFile(join(stage, 'package.json'), '{}')
    const modules = join(stage, 'node_modules')
    await mkdir(join(modules, 'electron'), { recursive: true })
    for (const file of ['package.json', 'install.js', 'checksums.json', 'index.js']) {
      await cp(
        join(PROJECT_ROOT, 'node_modules', 'electron', file),
        join(modules, 'electron', file),
      )
    }
    for (const dependency of ['@electron', '@electron-internal']) {
      await symlink(join(PROJECT_ROOT, 'node_modules', dependency), join(modules, dependency))
    }
  })
  afterEach(async () => {
    for (const server of servers.splice(0)) server.close()
    await rm(stage, { recursive: true, force: true })
  })

  const listen = async (server: Server | ReturnType<typeof createTcpServer>) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    servers.push(server)
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
  }
  const env = (mirror: string, extra: Record<string, string> = {}) => ({
    PATH: process.env.PATH ?? '',
    HOME: stage,
    ELECTRON_MIRROR: mirror,
    electron_config_cache: cache,
    ...extra,
  })

  it('says the connection was refused, and how to fix it', async () => {
    const closed = createTcpServer()
    const mirror = await listen(closed)
    closed.close()
    const result = await installElectronRuntime(stage, { env: env(mirror) })
    const { host } = new URL(mirror)
    expect(result).toEqual({
      ok: false,
      reason: `Electron’s runtime could not be downloaded: the connection to ${host} was refused`,
      fix: expect.stringContaining('set ELECTRON_MIRROR to a mirror'),
    })
  })

  it('gives up on a server that never sends a byte, within the stall limit', async () => {
    const held: Socket[] = []
    const mirror = await listen(createTcpServer((socket) => void held.push(socket)))
    const result = await installElectronRuntime(stage, { env: env(mirror), stallSeconds: 1 })
    for (const socket of held) socket.destroy()
    expect(result).toMatchObject({
      ok: false,
      reason: `Electron’s runtime could not be downloaded: no data arrived from ${new URL(mirror).host} for 1 s`,
    })
  })

  it('reports the status a server answers with', async () => {
    const mirror = await listen(
      createHttpServer((_request, response) => response.writeHead(403, 'Forbidden').end()),
    )
    const result = await installElectronRuntime(stage, { env: env(mirror) })
    expect(result).toMatchObject({
      ok: false,
      reason: expect.stringMatching(
        /the download server answered “403 Forbidden” for http:\/\/127/,
      ),
    })
  })

  it('downloads, checks and unpacks the runtime, reporting progress as it arrives', async () => {
    const zip = storedZip([
      { name: 'electron', data: Buffer.from('#!/bin/sh\nexit 0\n'), mode: 0o755 },
      { name: 'LICENSES.chromium.html', data: Buffer.alloc(400_000, 'x') },
    ])
    const sha = createHash('sha256').update(zip).digest('hex')
    const mirror = await listen(
      createHttpServer((request, response) => {
        const file = request.url!.split('/').at(-1)!
        if (file === 'SHASUMS256.txt') {
          const version = request.url!.split('/').at(-2)!
          return response.end(
            `${sha} *electron-${version}-${process.platform}-${process.arch}.zip\n`,
          )
        }
        // In pieces, as a real download arrives.
        response.writeHead(200, { 'Content-Length': zip.length })
        let sent = 0
        const next = () => {
          const piece = zip.subarray(sent, sent + 40_000)
          sent += piece.length
          if (piece.length === 0) return void response.end()
          response.write(piece, () => setTimeout(next, 60))
        }
        next()
      }),
    )
    const progress: number[] = []
    const result = await installElectronRuntime(stage, {
      env: env(mirror, { electron_use_remote_checksums: '1' }),
      stallSeconds: 2,
      onProgress: (bytes) => progress.push(bytes),
    })
    const binary = join(stage, 'node_modules', 'electron', 'dist', 'electron')
    expect(result).toEqual({ ok: true, path: binary })
    expect(readFileSync(binary, 'utf8')).toContain('exit 0')
    expect(progress.length).toBeGreaterThan(0)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })
})
