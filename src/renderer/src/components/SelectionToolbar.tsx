import { For } from 'solid-js'
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../../shared/model/annotation'
import { COLOUR_NAMES } from '../annotations/colours'

/**
 * The small toolbar beside a selection. Pressing a button must not take the selection away, so
 * mouse-down is swallowed; the keys H, T, N and S do the same as the buttons (see Reader).
 */
export function SelectionToolbar(props: {
  top: number
  left: number
  lastColour: HighlightColour
  onHighlight: (colour: HighlightColour) => void
  onTag: () => void
  onNote: () => void
  onSpeaker: () => void
}) {
  return (
    <div
      class="selection-toolbar"
      role="toolbar"
      aria-label="Annotate the selection"
      style={{ top: `${props.top}px`, left: `${props.left}px` }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <div class="selection-toolbar__swatches" role="group" aria-label="Highlight colour">
        <For each={HIGHLIGHT_COLOURS}>
          {(colour) => (
            <button
              type="button"
              class={`swatch swatch--${colour}`}
              aria-label={`Highlight in ${COLOUR_NAMES[colour].toLowerCase()}`}
              aria-pressed={colour === props.lastColour}
              onClick={() => props.onHighlight(colour)}
            />
          )}
        </For>
      </div>
      <button type="button" class="tool" onClick={() => props.onHighlight(props.lastColour)}>
        Highlight <kbd>H</kbd>
      </button>
      <button type="button" class="tool" onClick={() => props.onTag()}>
        Tag <kbd>T</kbd>
      </button>
      <button type="button" class="tool" onClick={() => props.onNote()}>
        Note <kbd>N</kbd>
      </button>
      <button type="button" class="tool" onClick={() => props.onSpeaker()}>
        Speaker <kbd>S</kbd>
      </button>
    </div>
  )
}
