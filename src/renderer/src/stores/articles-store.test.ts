import { describe, expect, it } from 'vitest'
import type { Article, ArticleId, ArticleSummary } from '../../../shared/model/article'
import { loadAllArticles } from './articles-store'

const summary = (id: string) => ({ id: id as ArticleId }) as ArticleSummary
const article = (id: string) => ({ id: id as ArticleId, title: `Title ${id}` }) as Article

describe('loadAllArticles', () => {
  it('gets every listed article, in library order even when answers arrive out of order', async () => {
    const delays: Record<string, number> = { a: 20, b: 0, c: 10 }
    const api = {
      'articles:list': async () => ['a', 'b', 'c'].map(summary),
      'articles:get': (id: ArticleId) =>
        new Promise<Article>((resolve) => setTimeout(() => resolve(article(id)), delays[id])),
    }
    const articles = await loadAllArticles(api)
    expect(articles.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })

  it('fails when any article fails, so the page can offer to try again', async () => {
    const api = {
      'articles:list': async () => ['a', 'b'].map(summary),
      'articles:get': async (id: ArticleId) => {
        if (id === 'b') throw new Error('gone')
        return article(id)
      },
    }
    await expect(loadAllArticles(api)).rejects.toThrow('gone')
  })

  it('is empty for an empty library', async () => {
    const api = {
      'articles:list': async () => [],
      'articles:get': async (id: ArticleId) => article(id),
    }
    expect(await loadAllArticles(api)).toEqual([])
  })
})
