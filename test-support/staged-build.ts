import { cp, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ArticleFiles } from './long-article'

/**
 * Copy the built app into `stage` with a library of `articles` in place of the bundled one. The
 * host finds its articles and renderer from the nearest package.json above its own module
 * (`projectRoot()` in src/main/paths.ts), so a copy of `out/` under a folder with its own
 * package.json serves that folder's articles: the real host, unchanged, on a library the caller
 * chose (the bench's long read, an e2e journey's). Start it with `startHost(…, { appRoot: stage })`.
 */
export async function stageBuild(
  projectRoot: string,
  articles: readonly ArticleFiles[],
  stage: string,
): Promise<void> {
  for (const part of ['main', 'renderer']) {
    await cp(join(projectRoot, 'out', part), join(stage, 'out', part), { recursive: true })
  }
  // The bundled main code is ES modules importing lowdb and valibot from node_modules.
  await writeFile(join(stage, 'package.json'), '{ "private": true, "type": "module" }\n')
  await symlink(join(projectRoot, 'node_modules'), join(stage, 'node_modules'), 'dir')
  const articlesDir = join(stage, 'resources', 'articles')
  await mkdir(articlesDir, { recursive: true })
  for (const article of articles) {
    await writeFile(join(articlesDir, `${article.id}.txt`), article.text)
    await writeFile(join(articlesDir, `${article.id}.json`), JSON.stringify(article.metadata))
  }
}
