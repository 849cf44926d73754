import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { BUNDLED_ARTICLES_DIR, NEWS_ID, ROUND_UP_ID } from '../../test-support/articles'
import { resolveAppPage } from './app-page'
import { loadLibrary } from './library/load-library'
import { APP_ID, appLayout, projectRoot } from './paths'
import { respondFromRenderer } from './protocol'

// electron-builder needs Electron's binaries, which this machine cannot fetch, so `npm run dist`
// cannot run here. What can be checked is checked: the configuration against electron-builder's
// own schema, and the packaged app's paths against a folder laid out as electron-builder lays it
// out from that configuration.

// protocol.ts imports electron, whose package downloads the binary when it is missing.
vi.mock('electron', async () =>
  (await import('../../test-support/electron/fake-electron')).createFakeElectron(),
)

const root = projectRoot()
const quiet = { isEnabled: false, add: () => {} } as never
let config: Configuration

beforeAll(async () => {
  config = await getConfig(root, null, null)
})

describe('electron-builder.yml', () => {
  it('is valid by electron-builder’s own schema, which refuses a misspelt option', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined()
    await expect(
      validateConfiguration({ ...config, extraResource: [] } as Configuration, quiet),
    ).rejects.toThrow(/extraResource/)
  })

  it('builds AppImage and deb, dmg and NSIS, under the app’s id', async () => {
    const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
    expect(config.appId).toBe(APP_ID)
    expect(pkg.desktopName).toBe(`${APP_ID}.desktop`)
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toBe('dmg')
    expect(config.win?.target).toBe('nsis')
    expect(pkg.scripts.dist).toMatch(/electron-vite build && electron-builder/)
    // The deb target refuses to build without these.
    expect(pkg.homepage).toMatch(/^https:\/\//)
    expect(config.linux?.maintainer).toBeTruthy()
    expect(existsSync(join(root, 'build', 'icon.png'))).toBe(true)
  })

  it('turns off running as Node, NODE_OPTIONS and --inspect in the packaged binary', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    })
  })
})

describe('the packaged layout', () => {
  let stage: string

  // A packaged Linux build as electron-builder lays it out: the executable's folder, with
  // resources/app (app.asar, unpacked here) holding `files`, and `extraResources` beside it.
  beforeAll(async () => {
    stage = await mkdtemp(join(tmpdir(), 'briefpack-packaged-'))
    const resources = join(stage, 'resources')
    const app = join(resources, 'app')
    expect(config.files).toEqual([{ filter: ['package.json', 'out/**/*'] }])
    await mkdir(app, { recursive: true })
    await cp(join(root, 'package.json'), join(app, 'package.json'))
    // What electron-vite builds into out/ and the app loads, as stand-ins: the layout, not the
    // build, is under test.
    for (const output of [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
    ]) {
      await mkdir(dirname(join(app, output)), { recursive: true })
      await writeFile(join(app, output), output.endsWith('.html') ? '<title>Briefpack</title>' : '')
    }
    for (const entry of config.extraResources as { from: string; to: string }[]) {
      await cp(join(root, entry.from), join(resources, entry.to), { recursive: true })
    }
  })
  afterAll(() => rm(stage, { recursive: true, force: true }))

  it('finds the articles, the page, the preload and the icon where the packager put them', async () => {
    const layout = appLayout({
      packaged: true,
      appRoot: join(stage, 'resources', 'app'),
      resourcesPath: join(stage, 'resources'),
    })
    expect(layout.articlesDir).toBe(join(stage, 'resources', 'articles'))
    for (const path of [
      layout.preloadPath,
      layout.iconPath,
      join(layout.rendererDir, 'index.html'),
    ]) {
      expect(existsSync(path), path).toBe(true)
    }
    const pkg = JSON.parse(await readFile(join(stage, 'resources', 'app', 'package.json'), 'utf8'))
    expect(existsSync(join(stage, 'resources', 'app', pkg.main))).toBe(true)

    const library = await loadLibrary(layout.articlesDir)
    expect(
      library
        .list()
        .map((article) => article.id)
        .sort(),
    ).toEqual([ROUND_UP_ID, NEWS_ID].sort())
    const page = resolveAppPage({
      packaged: true,
      devServerUrl: 'http://evil',
      rendererDir: layout.rendererDir,
    })
    const served = await respondFromRenderer(layout.rendererDir, new Request(page.url))
    expect(await served.text()).toBe('<title>Briefpack</title>')
  })

  it('runs from the project the same way, with the articles in resources/', () => {
    const layout = appLayout({ packaged: false, appRoot: root, resourcesPath: '/nowhere' })
    expect(layout.articlesDir).toBe(BUNDLED_ARTICLES_DIR)
    expect(existsSync(layout.iconPath)).toBe(true)
  })
})
