import * as v from 'valibot'
import type { ArticleMetadata } from '../../shared/model/article'

const KINDS = ['expert-comment', 'news-report'] as const

const ArticleMetadataSchema = v.object({
  title: v.pipe(
    v.string('"title" must be text'),
    v.trim(),
    v.nonEmpty('"title" must not be empty'),
  ),
  publication: v.pipe(
    v.string('"publication" must be text'),
    v.trim(),
    v.nonEmpty('"publication" must not be empty'),
  ),
  kind: v.picklist(KINDS, `"kind" must be one of ${KINDS.map((kind) => `"${kind}"`).join(', ')}`),
  speakerHints: v.exactOptional(
    v.array(
      v.strictObject({
        name: v.pipe(v.string('a speaker hint\'s "name" must be text'), v.trim(), v.nonEmpty()),
        roleCutOff: v.exactOptional(v.boolean('"roleCutOff" must be true or false')),
      }),
      '"speakerHints" must be a list',
    ),
  ),
})

/**
 * Parse the JSON beside an article's text. Throws an Error naming `fileName` and what is wrong,
 * because whoever bundles an article must be able to fix it from the message alone.
 */
export function parseArticleMetadata(json: string, fileName: string): ArticleMetadata {
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch (error) {
    throw new Error(`${fileName} is not valid JSON: ${(error as Error).message}`, { cause: error })
  }
  const result = v.safeParse(ArticleMetadataSchema, raw)
  if (result.success) return result.output
  const problems = result.issues.map((issue) => issue.message).join('; ')
  throw new Error(`${fileName} is not valid article metadata: ${problems}`)
}
