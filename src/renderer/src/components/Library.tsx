import { For, Match, Show, Switch } from 'solid-js'
import { ARTICLE_KIND_LABELS } from '../../../shared/model/article'
import { readingMinutes } from '../reader/reader-model'
import { useApi } from '../api-context'
import { routeHref } from '../route'
import { createLibraryStore } from '../stores/library-store'
import { ErrorPanel } from './ErrorPanel'
import { PageHeader } from './PageHeader'
import { SpeakerList } from './SpeakerList'

/** Move focus between the article links with the arrow keys, Home and End. */
function moveFocus(event: KeyboardEvent, list: HTMLElement) {
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a.article-card__link')]
  const current = links.indexOf(document.activeElement as HTMLAnchorElement)
  const targets: Record<string, number> = {
    ArrowDown: Math.min(current + 1, links.length - 1),
    ArrowUp: Math.max(current - 1, 0),
    Home: 0,
    End: links.length - 1,
  }
  const target = targets[event.key]
  if (target === undefined || current === -1) return
  event.preventDefault()
  links[target]?.focus()
}

/** Every article in the library, ready to open in the reader. */
export function Library() {
  const { summaries, reload } = createLibraryStore(useApi())
  let list: HTMLUListElement | undefined
  return (
    <main id="main" class="page page--library" aria-labelledby="library-heading">
      <PageHeader id="library-heading" title="Library">
        Articles to read offline. Every quote is shown with the person who said it.
      </PageHeader>
      <Switch>
        <Match when={summaries.error as unknown}>
          {(error) => <ErrorPanel what="the library" error={error()} onRetry={reload} />}
        </Match>
        <Match when={summaries.loading}>
          <p class="loading" role="status">
            Loading the library…
          </p>
        </Match>
        <Match when={summaries()}>
          {(items) => (
            <Show when={items().length > 0} fallback={<p class="empty">The library is empty.</p>}>
              <p class="library-count">
                {items().length} {items().length === 1 ? 'article' : 'articles'}
              </p>
              <ul class="article-list" ref={list} onKeyDown={(e) => list && moveFocus(e, list)}>
                <For each={items()}>
                  {(summary) => (
                    <li class="article-card">
                      <p class="article-card__kicker">
                        {summary.publication} · {ARTICLE_KIND_LABELS[summary.kind]}
                      </p>
                      <h2 class="article-card__title">
                        <a
                          class="article-card__link"
                          href={routeHref({ name: 'article', id: summary.id })}
                        >
                          {summary.title}
                        </a>
                      </h2>
                      <p class="article-card__facts">
                        {summary.wordCount} words · {summary.paragraphCount} paragraphs ·{' '}
                        {readingMinutes(summary.wordCount)} min read
                      </p>
                      <div class="article-card__speakers">
                        <span class="article-card__speakers-label" aria-hidden="true">
                          Speakers
                        </span>
                        <SpeakerList
                          speakers={summary.speakers}
                          label={`Speakers in ${summary.title}`}
                        />
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Match>
      </Switch>
    </main>
  )
}
