import { describeSpan } from '../src/shared/anchoring/describe-span'
import type { AnnotationDraft, HighlightColour } from '../src/shared/model/annotation'
import type { Article } from '../src/shared/model/article'
import type { StoreData } from '../src/shared/model/store-data'
import type { Tag, TagId } from '../src/shared/model/tag'
export { loadBundledLibrary } from './articles'

export const tag = (id: string, name: string, group = 'Role'): Tag => ({
  id: id as TagId,
  name,
  colour: '#336699',
  description: '',
  group,
})

/** A small store: two tags, nothing annotated. */
export function storeWithTags(): StoreData {
  return {
    version: 1,
    annotations: [],
    tags: [tag('claim', 'Claim'), tag('evidence', 'Evidence')],
    speakers: [],
    preferences: { lastColour: 'yellow' },
  }
}

/** A draft highlighting the first occurrence of `words` in the article. */
export function draftFor(
  article: Article,
  words: string,
  options: { colour?: HighlightColour; tagIds?: string[] } = {},
): AnnotationDraft {
  const start = article.text.indexOf(words)
  if (start < 0) throw new Error(`“${words}” is not in ${article.id}`)
  const { quote, position } = describeSpan(article.text, start, start + words.length)
  return {
    target: { articleId: article.id, contentHash: article.contentHash, quote, position },
    colour: options.colour ?? 'yellow',
    tagIds: (options.tagIds ?? []) as TagId[],
    speaker: null,
    note: '',
  }
}
