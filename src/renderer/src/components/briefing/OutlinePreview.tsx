import { For, Show, createUniqueId } from 'solid-js'
import type { BriefingPreview } from '../../../../shared/model/briefing'
import { AppError } from '../../../../shared/errors'
import { countEntries, outlineSummary } from '../../briefing/export-status'

/**
 * The pack's sections and how many entries each holds, as main would build them now. The last
 * outline stays up, marked as updating, while a newer one is on its way.
 */
export function OutlinePreview(props: {
  title: string
  preview: BriefingPreview | null
  updating: boolean
  error: unknown
  onRetry: () => void
}) {
  const headingId = createUniqueId()
  const errorMessage = () =>
    props.error instanceof AppError ? props.error.message : 'Something went wrong.'
  return (
    <section class="briefing-outline" aria-labelledby={headingId} aria-busy={props.updating}>
      <h2 id={headingId} class="briefing-section-title">
        Outline
      </h2>
      <p class="briefing-outline__title">{props.title}</p>
      <p class="briefing-outline__summary" role="status">
        {props.preview
          ? outlineSummary(props.preview)
          : props.error
            ? 'No outline yet'
            : 'Working out the outline…'}
        {/* Hidden from the live region: it would be announced at every keystroke. */}
        <Show when={props.updating && props.preview}>
          <span class="briefing-outline__updating" aria-hidden="true">
            {' '}
            · updating
          </span>
        </Show>
      </p>
      <Show when={props.error}>
        <div class="briefing-alert" role="alert">
          <p>Could not work out the outline: {errorMessage()}</p>
          <button
            type="button"
            class="button button--small button--quiet"
            onClick={() => props.onRetry()}
          >
            Try again
          </button>
        </div>
      </Show>
      <Show when={props.preview}>
        {(preview) => (
          <ol class="briefing-outline__list">
            <For each={preview().outline}>
              {(section) => (
                <li
                  class="briefing-outline__item"
                  classList={{ 'briefing-outline__item--sub': section.level === 2 }}
                >
                  <span class="briefing-outline__name">{section.title}</span>
                  <Show when={section.entries !== null ? section.entries : undefined}>
                    {(entries) => (
                      <>
                        <span class="count-pill" aria-hidden="true">
                          {entries()}
                        </span>
                        <span class="visually-hidden"> ({countEntries(entries())})</span>
                      </>
                    )}
                  </Show>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </section>
  )
}
