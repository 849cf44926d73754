import { routeHref } from '../../route'

/** What to do first when there is nothing to put in a pack. */
export function NothingAnnotated() {
  return (
    <div class="empty-state briefing-empty">
      <h2 class="empty-state__title">Nothing to put in a pack yet</h2>
      <p>A briefing pack is made of your highlights, and you have none so far.</p>
      <p>
        Open an article from the <a href={routeHref({ name: 'library' })}>Library</a>, select a
        passage and press <kbd>H</kbd> to highlight it. Tag it and say who is speaking, and it
        appears here, ready to export.
      </p>
    </div>
  )
}
