import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { composeServices } from '../compose'
import { defaultDataDir, rendererDir, resourcesDir } from '../paths'
import { createDownloadShelf } from './download-shelf'
import { loadHostIdentity, saveHostIdentity } from './host-identity'
import { ensureDataDir, parseServeArgs, SERVE_USAGE } from './serve-cli'
import { newSecret, startHost } from './server'
import { createStopper } from './stop'

// The browser host: `node out/main/serve.js [--port N] [--data DIR]`. The link to open is the first
// line on stdout (scripts and e2e read it); everything else goes to stderr or follows it.

async function serve(argv: readonly string[]): Promise<void> {
  const parsed = parseServeArgs(argv)
  if (!parsed.ok) return exitWith(`${parsed.message}\n\n${SERVE_USAGE}`)
  if (parsed.options.help) {
    console.log(SERVE_USAGE)
    return
  }
  const dataDir = parsed.options.dataDir ?? defaultDataDir(process.platform, process.env, homedir())

  const ready = await ensureDataDir(dataDir)
  if (!ready.ok) return exitWith(ready.message)

  const renderer = rendererDir()
  if (!existsSync(join(renderer, 'index.html'))) {
    return exitWith(`The Briefpack page is not built (${renderer} is missing). Run: npm run build`)
  }
  // Built packs wait on a shelf of the host's own until the browser downloads them.
  const shelf = await createDownloadShelf()
  const services = await composeServices({
    articlesDir: join(resourcesDir(), 'articles'),
    dataDir,
    delivery: {
      choose: async (fileName) => {
        const place = shelf.reserve(fileName)
        return { path: place.path, downloadUrl: place.url }
      },
    },
  })
  // The same link as last time on this folder (secret and port), so an open tab reconnects.
  // Read only now, holding the store's lock: a second host on the folder changes nothing.
  const { identity, notice } = await loadHostIdentity(dataDir, {
    rotate: parsed.options.newSecret,
    newSecret,
  })
  if (notice) console.error(notice)
  const wanted = parsed.options.port ?? identity.port ?? 0
  const host = await startHost({
    handlers: services.handlers,
    rendererDir: renderer,
    port: wanted,
    anyPortIfTaken: parsed.options.port === undefined,
    secret: identity.secret,
    downloads: shelf,
  })
  if (host.port !== wanted && wanted !== 0) {
    console.error(`Port ${wanted} is in use, so the link has changed: open the new one.`)
  }
  await saveHostIdentity(dataDir, { secret: identity.secret, port: host.port }).catch(
    (error: unknown) =>
      console.error(`Briefpack could not remember its link in ${dataDir}: ${describe(error)}`),
  )

  process.stdout.write(`${host.url}\nData folder: ${dataDir}\nPress Ctrl+C to stop.\n`)

  // Ctrl+C, a kill, or the terminal closing: save everything first, and say if anything is lost.
  const stop = createStopper({
    closeHost: () => host.close(),
    services,
    afterwards: () => shelf.close(),
    exit: (code) => process.exit(code),
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
    process.on(signal, () => stop(signal))
}

function exitWith(message: string): void {
  console.error(message)
  process.exitCode = 1
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

serve(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`Briefpack could not start: ${describe(error)}`)
  process.exit(1)
})
