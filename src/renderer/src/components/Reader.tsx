import { Match, Switch } from 'solid-js'
import type { AnnotationId } from '../../../shared/model/annotation'
import type { ArticleId } from '../../../shared/model/article'
import { useApi } from '../api-context'
import { createArticleStore } from '../stores/library-store'
import { ErrorPanel } from './ErrorPanel'
import { ReaderWorkspace } from './ReaderWorkspace'

/** The reading page of one article: loads it, then hands it to the workspace. */
export function Reader(props: { id: ArticleId; focus?: AnnotationId | undefined }) {
  const { article, reload } = createArticleStore(useApi(), () => props.id)
  return (
    <main id="main" class="page page--reader">
      <Switch>
        <Match when={article.error as unknown}>
          {(error) => (
            <>
              <nav class="crumbs" aria-label="Breadcrumb">
                <a class="crumbs__back" href="#/">
                  <span aria-hidden="true">←</span> Library
                </a>
              </nav>
              <ErrorPanel what="this article" error={error()} onRetry={reload} />
            </>
          )}
        </Match>
        <Match when={article.loading && !article.latest}>
          <p class="loading" role="status">
            Opening the article…
          </p>
        </Match>
        {/* Keyed: another article gets a fresh workspace (layout, filters, selection). */}
        <Match when={article.latest} keyed>
          {(loaded) => <ReaderWorkspace article={loaded} focus={props.focus} />}
        </Match>
      </Switch>
    </main>
  )
}
