import { Show, createSignal, createUniqueId, onMount } from 'solid-js'
import type { Tag, TagId } from '../../../../shared/model/tag'
import { countHighlights } from './filter-model'
import { TagOptions } from './TagOptions'

/**
 * Merge one tag into another, confirmed in place: choose the target, read what will happen,
 * then Merge. Escape or Cancel closes it without change.
 */
export function MergeTag(props: {
  tag: Tag
  count: number
  targets: Tag[]
  onMerge: (into: TagId) => void
  onCancel: () => void
}) {
  const id = createUniqueId()
  const [into, setInto] = createSignal<TagId | null>(null)
  const target = () => props.targets.find((t) => t.id === into()) ?? props.targets[0]
  let select: HTMLSelectElement | undefined
  onMount(() => select?.focus())

  return (
    <div
      class="codebook-merge"
      role="group"
      aria-label={`Merge ${props.tag.name} into another tag`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        props.onCancel()
      }}
    >
      <label class="codebook-merge__label" for={`${id}-into`}>
        Merge “{props.tag.name}” into
      </label>
      <select
        ref={select}
        id={`${id}-into`}
        class="filters__select"
        onChange={(event) => setInto(event.currentTarget.value as TagId)}
      >
        <TagOptions tags={props.targets} selected={target()?.id} />
      </select>
      <Show when={target()}>
        {(t) => (
          <p class="codebook-merge__effect">
            {props.count === 0
              ? `No highlight carries “${props.tag.name}”; it will be removed from the codebook.`
              : `${countHighlights(props.count)} tagged “${props.tag.name}” will be tagged “${t().name}” instead, and “${props.tag.name}” will be removed from the codebook.`}
          </p>
        )}
      </Show>
      <div class="codebook-merge__actions">
        <button
          type="button"
          class="button button--small"
          onClick={() => {
            const chosen = target()
            if (chosen) props.onMerge(chosen.id)
          }}
        >
          Merge
        </button>
        <button
          type="button"
          class="button button--quiet button--small"
          onClick={() => props.onCancel()}
        >
          Cancel
        </button>
      </div>
    </div>
  )
}
