import { createMemo, untrack, type JSX } from 'solid-js'
import type { Segment } from '../reader/reader-model'

/** Open a highlight's editor from its mark (clicked, or Enter or Space pressed on it). */
export type OpenHighlight = (id: string, mark: HTMLElement) => void

/** Which colour a speaker's marks take (see .tone-N in app.css). */
export type SpeakerTone = (speakerId: string) => number

export const speakerNoteId = (paragraph: number, speakerId: string) =>
  `said-${paragraph}-${speakerId}`
export const highlightDescriptionId = (annotationId: string) => `hl-desc-${annotationId}`

/** The flash a mark gets when revealed; set on the marks' elements by whoever reveals them. */
export const FLASH_CLASS = 'hl--flash'

/**
 * A block's text as runs: attributed words in a span, highlighted words in a `<mark>` (the HTML
 * element for highlighted text). Overlapping highlights are runs carrying several ids; the run
 * shows the colour the model resolved for it and is marked as an overlap. Only a highlight's first
 * run is a Tab stop, so each highlight is reached once.
 *
 * A long, well-read article has thousands of runs, so each costs as little as it can: a run is
 * drawn from its segment's plain values, with no effect of its own, and drawn again only when a
 * new arrangement gives its place another segment. The model hands back the very same segment for
 * a run that did not change, so that happens only where highlights were added or moved; a
 * recoloured mark is restyled in place.
 */
export function Segments(props: {
  segments: Segment[]
  paragraph: number
  tone: SpeakerTone
  onOpen: OpenHighlight
}) {
  // The highlight a mark opens is its top one: the last of its ids, bound to the mark when drawn.
  const onClick = (id: string, event: MouseEvent & { currentTarget: HTMLElement }) =>
    props.onOpen(id, event.currentTarget)
  const onKeyDown = (id: string, event: KeyboardEvent & { currentTarget: HTMLElement }) => {
    if (event.key !== 'Enter' && event.key !== ' ') return
    event.preventDefault()
    props.onOpen(id, event.currentTarget)
  }

  const attributed = (segment: Segment) => {
    const attribution = segment.attribution!
    return (
      <span
        class={
          /*@once*/ `attributed attributed--${attribution.mode} tone-${props.tone(attribution.speakerId)}`
        }
        aria-describedby={/*@once*/ speakerNoteId(props.paragraph, attribution.speakerId)}
      >
        {/*@once*/ segment.text}
      </span>
    ) as HTMLElement
  }
  const draw = (segment: Segment): Node => {
    const ids = segment.highlightIds
    if (ids.length === 0) {
      return segment.attribution ? attributed(segment) : document.createTextNode(segment.text)
    }
    const top = ids[ids.length - 1]!
    return (
      <mark
        class={/*@once*/ markClass(segment)}
        data-annotation-ids={/*@once*/ ids.join(' ')}
        tabindex={/*@once*/ segment.isTabStop ? 0 : -1}
        aria-describedby={/*@once*/ ids.map(highlightDescriptionId).join(' ')}
        onClick={[onClick, top]}
        onKeyDown={[onKeyDown, top]}
      >
        {/*@once*/ segment.attribution ? attributed(segment) : segment.text}
      </mark>
    ) as HTMLElement
  }

  // One computation for the block, not one per run (a computation each would cost more than
  // drawing the runs). It keeps the node of every run whose segment is the very same object as
  // last time, wherever the run now sits (a highlight added earlier in the block moves it), so
  // the DOM, and the student's selection or focus in it, stays steady. A kept node outlives the
  // computation that made it: whatever `draw` makes must be fixed (@once) or an event handler,
  // never a reactive binding, which would be disposed when the block is drawn again.
  let drawnFrom: readonly Segment[] = []
  return createMemo<Node[]>((drawn) => {
    const segments = props.segments
    const before = drawnFrom
    drawnFrom = segments
    const nodeOf = new Map(before.map((segment, i) => [segment, drawn[i]!]))
    const kept = new Set(segments.flatMap((segment) => nodeOf.get(segment) ?? []))
    return untrack(() =>
      segments.map((segment, i) => {
        const same = nodeOf.get(segment)
        if (same) return same
        const was = before[i]
        const node = drawn[i]
        if (was && node instanceof HTMLElement && !kept.has(node) && isRestyled(was, segment)) {
          // Only its colour or Tab stop changed (a highlight recoloured, or that undone): the
          // same element stays, and with it the focus of a student working from the keyboard.
          node.className = markClass(segment)
          node.tabIndex = segment.isTabStop ? 0 : -1
          return node
        }
        return draw(segment)
      }),
    )
  }, []) as unknown as JSX.Element
}

const markClass = (segment: Segment) =>
  `hl hl-${segment.colour ?? 'yellow'}${segment.highlightIds.length > 1 ? ' hl--overlap' : ''}`

/** Whether a drawn mark can show `after` by its class and Tab stop alone. */
const isRestyled = (before: Segment, after: Segment) =>
  before.highlightIds.length > 0 &&
  before.text === after.text &&
  before.attribution?.speakerId === after.attribution?.speakerId &&
  before.attribution?.mode === after.attribution?.mode &&
  before.highlightIds.length === after.highlightIds.length &&
  before.highlightIds.every((id, i) => id === after.highlightIds[i])
