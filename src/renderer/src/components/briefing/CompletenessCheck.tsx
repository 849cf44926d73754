import { For, Show, createSignal, createUniqueId } from 'solid-js'
import { checkSummary, type CheckGroup, type CheckItem } from '../../briefing/completeness'

/** Merge the highlights an item names (into its first); the check then reloads with the pack. */
export type OnMerge = (merge: NonNullable<CheckItem['merge']>) => void

// Past this many, a heading's items fold away: a long list would push Export off the screen.
const SHOWN_AT_FIRST = 5

/** What would weaken the pack, each with a link to fix it. It informs; it never blocks export. */
export function CompletenessCheck(props: { groups: CheckGroup[]; onMerge: OnMerge }) {
  const headingId = createUniqueId()
  return (
    <section class="briefing-check-list" aria-labelledby={headingId}>
      <h2 id={headingId} class="briefing-section-title">
        Before you export
      </h2>
      <p class="briefing-hint">{checkSummary(props.groups)}</p>
      <For each={props.groups}>
        {(group) => <CheckGroupView group={group} onMerge={props.onMerge} />}
      </For>
    </section>
  )
}

function CheckGroupView(props: { group: CheckGroup; onMerge: OnMerge }) {
  const headingId = createUniqueId()
  const [expanded, setExpanded] = createSignal(false)
  const shown = () => (expanded() ? props.group.items : props.group.items.slice(0, SHOWN_AT_FIRST))
  const hidden = () => props.group.items.length - shown().length
  let list: HTMLUListElement | undefined
  // The button goes away with the fold: focus moves to the first item it revealed.
  const expand = () => {
    setExpanded(true)
    list?.children[SHOWN_AT_FIRST]?.querySelector<HTMLElement>('a')?.focus()
  }
  return (
    <section class="briefing-warning" aria-labelledby={headingId}>
      <h3 id={headingId} class="briefing-warning__title">
        {props.group.title}
        <span class="count-pill">{props.group.items.length}</span>
      </h3>
      <p class="briefing-warning__advice">{props.group.advice}</p>
      <ul class="briefing-warning__list" ref={list}>
        <For each={shown()}>
          {(item) => (
            <li class="briefing-warning__item">
              <Show when={item.href} fallback={<span>{item.label}</span>}>
                {(href) => <a href={href()}>{item.label}</a>}
              </Show>
              <Show when={item.detail}>
                <span class="briefing-warning__detail"> {item.detail}</span>
              </Show>
              <Show when={item.merge}>
                {(merge) => (
                  <button
                    type="button"
                    class="link-button briefing-warning__action"
                    onClick={() => props.onMerge(merge())}
                  >
                    Merge into one
                  </button>
                )}
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={hidden() > 0}>
        <button type="button" class="link-button" onClick={expand}>
          Show {hidden()} more
        </button>
      </Show>
    </section>
  )
}
