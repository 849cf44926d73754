import { For, createUniqueId } from 'solid-js'
import type { ArticleId, ArticleSummary } from '../../../../shared/model/article'
import { countChosenArticles } from '../../briefing/composer-options'
import { toggleItem } from '../annotations/filter-model'

/** Which articles the pack covers: a checkbox each, all ticked at first. */
export function ArticleChoice(props: {
  articles: ArticleSummary[]
  excluded: ArticleId[]
  onChange: (excluded: ArticleId[]) => void
}) {
  const hintId = createUniqueId()
  const chosen = () =>
    countChosenArticles(
      props.excluded,
      props.articles.map((a) => a.id),
    )
  return (
    <fieldset class="briefing-fieldset" aria-describedby={hintId}>
      <legend class="briefing-legend">Articles</legend>
      <div class="briefing-fieldset__bar">
        <p id={hintId} class="briefing-hint">
          {chosen()} of {props.articles.length} chosen
        </p>
        <button
          type="button"
          class="link-button"
          disabled={chosen() === props.articles.length}
          onClick={() => props.onChange([])}
        >
          Choose all
        </button>
        <button
          type="button"
          class="link-button"
          disabled={chosen() === 0}
          onClick={() => props.onChange(props.articles.map((a) => a.id))}
        >
          Choose none
        </button>
      </div>
      <ul class="briefing-checks">
        <For each={props.articles}>
          {(article) => (
            <li>
              <label class="briefing-check">
                <input
                  type="checkbox"
                  checked={!props.excluded.includes(article.id)}
                  onChange={() => props.onChange(toggleItem(props.excluded, article.id))}
                />
                <span class="briefing-check__text">
                  {article.title}
                  <span class="briefing-check__detail">{article.publication}</span>
                </span>
              </label>
            </li>
          )}
        </For>
      </ul>
    </fieldset>
  )
}
