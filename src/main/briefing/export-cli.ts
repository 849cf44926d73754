import { join } from 'node:path'
import type { BriefingRequest } from '../../shared/model/briefing'
import type { TagId } from '../../shared/model/tag'
import { composeServices } from '../compose'
import { resourcesDir } from '../paths'
import { EXPORT_USAGE, parseExportArgs } from './export-cli-args'

// The headless export: `node out/main/export.js --data DIR --out FILE.pdf …`, for teachers who
// prepare packs for a class. Same services, layout and renderer as the app.

async function exportPack(argv: readonly string[]): Promise<void> {
  const parsed = parseExportArgs(argv)
  if (!parsed.ok) return fail(`${parsed.message}\n\n${EXPORT_USAGE}`)
  const { options } = parsed
  if (options.help) return void console.log(EXPORT_USAGE)

  const services = await composeServices({
    articlesDir: join(resourcesDir(), 'articles'),
    dataDir: options.dataDir,
    delivery: { choose: async () => ({ path: options.out }) },
  })
  try {
    const { handlers } = services
    const articles = (await handlers['articles:list']()).map((a) => a.id)
    const request: BriefingRequest = {
      title: options.title,
      author: options.author,
      date: new Date().toISOString().slice(0, 10),
      articleIds: articles,
      tagIds: [] as TagId[],
      groupBy: options.groupBy,
      includeNotes: true,
      includeAppendix: true,
      includeCodebook: true,
    }
    const preview = await handlers['briefing:preview'](request)
    if (preview.entryCount === 0) {
      return fail(`There are no highlights in ${options.dataDir} to put in a pack.`)
    }
    const result = await handlers['briefing:export'](request)
    if (result.kind === 'saved') {
      console.log(`Wrote ${result.path} (${result.pages} pages, ${preview.entryCount} highlights).`)
    }
    for (const warning of preview.warnings) {
      if (warning.kind === 'missing-glyphs') {
        console.error(
          `Note: the PDF fonts cannot draw ${warning.characters.join(' ')} (shown as boxes).`,
        )
      }
    }
  } finally {
    await services.close()
  }
}

function fail(message: string): void {
  console.error(message)
  process.exitCode = 1
}

exportPack(process.argv.slice(2)).catch((error: unknown) => {
  console.error(
    `Briefpack could not export: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exitCode = 1
})
