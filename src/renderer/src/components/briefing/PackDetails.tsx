import { createUniqueId } from 'solid-js'
import type { ComposerOptions } from '../../briefing/composer-options'

/** The cover's title, author and date. A blank title takes the proposed one, shown as placeholder. */
export function PackDetails(props: {
  options: ComposerOptions
  proposedTitle: string
  onChange: (patch: Partial<ComposerOptions>) => void
}) {
  const id = createUniqueId()
  return (
    <fieldset class="briefing-fieldset">
      <legend class="briefing-legend">Cover</legend>
      <div class="field">
        <label class="field__label" for={`${id}-title`}>
          Title
        </label>
        <input
          id={`${id}-title`}
          class="field__input"
          maxLength={300}
          autocomplete="off"
          placeholder={props.proposedTitle}
          aria-describedby={`${id}-title-hint`}
          value={props.options.title}
          onInput={(event) => props.onChange({ title: event.currentTarget.value })}
        />
        <p id={`${id}-title-hint`} class="briefing-hint">
          Leave it empty to use “{props.proposedTitle}”.
        </p>
      </div>
      <div class="briefing-details__row">
        <label class="field">
          <span class="field__label">Author</span>
          <input
            class="field__input"
            maxLength={200}
            autocomplete="name"
            value={props.options.author}
            onInput={(event) => props.onChange({ author: event.currentTarget.value })}
          />
        </label>
        <label class="field">
          <span class="field__label">Date</span>
          <input
            type="date"
            class="field__input"
            value={props.options.date}
            onInput={(event) => props.onChange({ date: event.currentTarget.value })}
          />
        </label>
      </div>
    </fieldset>
  )
}
