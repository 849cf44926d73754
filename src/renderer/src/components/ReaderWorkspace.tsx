import { For, Show, createEffect, createMemo, createSignal, on, onCleanup, onMount } from 'solid-js'
import { Portal } from 'solid-js/web'
import { describeSpan } from '../../../shared/anchoring'
import type { Annotation, AnnotationId, HighlightColour } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import { placeAnnotations } from '../../../shared/annotations/placement'
import {
  keepUnchangedViews,
  viewArticleAnnotations,
  type AnnotationView,
} from '../annotations/annotation-view'
import { describeHighlight } from '../annotations/describe-highlight'
import { rangeToSpan } from '../dom/text-offsets'
import {
  arrangeArticle,
  speakerForSpan,
  trimSpan,
  type PlacedHighlight,
  type ReaderItem,
} from '../reader/reader-model'
import { useWorkspace } from '../workspace-context'
import { AnnotationEditor, type EditorFocus } from './AnnotationEditor'
import { AnnotationPanel } from './annotations/AnnotationPanel'
import { ArticleView } from './ArticleView'
import { FLASH_CLASS, highlightDescriptionId } from './Segments'
import { SelectionToolbar } from './SelectionToolbar'

const FLASH_MS = 1600
// Where the panel sits beside the text rather than opening over it (as in reader-tools.css).
const PANEL_BESIDE_TEXT = '(min-width: 1400px)'

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)')

/**
 * Glide to what is near and drawn; jump to anything else. Rows of text are drawn only near the
 * window (see .para-row): a glide past rows not drawn yet draws them on the way, and as they take
 * their real height, what it aims at moves. A jump draws only the rows it lands among. (Whether a
 * row is drawn is not settled until the page's first frame, hence the distance too.)
 */
function scrollBehaviourTo(element: Element): ScrollBehavior {
  const { top } = element.getBoundingClientRect()
  const near = top > -window.innerHeight && top < 2 * window.innerHeight
  const drawn = element.checkVisibility({ contentVisibilityAuto: true })
  return near && drawn && !reducedMotion.matches ? 'smooth' : 'instant'
}

/** Where a floating control goes: under a rectangle, kept inside the window. */
function placeBelow(rect: DOMRect, width: number) {
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8)
  return { top: rect.bottom + window.scrollY + 8, left: left + window.scrollX }
}

const samePlacements = (a: readonly PlacedHighlight[], b: readonly PlacedHighlight[]) =>
  a.length === b.length &&
  a.every((h, i) => {
    const o = b[i]!
    return h.id === o.id && h.start === o.start && h.end === o.end && h.colour === o.colour
  })

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * The reader with its annotation tools: highlights drawn in the text, the toolbar beside a
 * selection, the editor of an opened highlight, and the panel of the article's annotations.
 */
export function ReaderWorkspace(props: { article: Article; focus?: AnnotationId | undefined }) {
  const { annotations, codebook, session } = useWorkspace()
  const [selection, setSelection] = createSignal<{
    start: number
    end: number
    top: number
    left: number
  } | null>(null)
  const [editing, setEditing] = createSignal<{
    id: AnnotationId
    top: number
    left: number
    focus: EditorFocus
  } | null>(null)
  const [panelOpen, setPanelOpen] = createSignal(false)
  const besideText = window.matchMedia(PANEL_BESIDE_TEXT)
  const [isPanelBeside, setPanelBeside] = createSignal(besideText.matches)
  // The panel is not displayed in a narrow window until it is opened: its list (an entry per
  // highlight, a thousand in a well-read article) is made when first shown, not with the text, and
  // then kept, so its filters survive closing it.
  const isPanelMade = createMemo<boolean>((made) => made || panelOpen() || isPanelBeside(), false)
  let body: HTMLDivElement | undefined
  let pointerDown = false
  // The revealed highlight's marks, flashing until the timer ends it.
  let flashing: { id: string; marks: Element[] } | null = null
  let flashTimer: ReturnType<typeof setTimeout> | undefined

  // This article's annotations. Records are plain objects, a new one per change (see
  // stores/records.ts), so an annotation made on another article changes nothing here.
  const own = createMemo(
    () => annotations.state.items.filter((a) => a.target.articleId === props.article.id),
    [],
    { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) },
  )
  // Where annotations sit depends only on their targets, which never change once made: a note or
  // a colour changed does not anchor the article's highlights again.
  const sameAnnotations = (a: readonly Annotation[], b: readonly Annotation[]) =>
    a.length === b.length && a.every((x, i) => x.id === b[i]!.id)
  const anchored = createMemo(() => own(), [], { equals: sameAnnotations })
  const placements = createMemo(() => placeAnnotations(props.article, anchored()))
  // Views that show the same are kept as the same objects, so the panel's entries and the
  // highlights' descriptions are redrawn only for what changed.
  const views = createMemo<AnnotationView[]>(
    (previous) =>
      keepUnchangedViews(
        previous,
        viewArticleAnnotations(
          props.article,
          own(),
          placements(),
          codebook.state.tags,
          codebook.state.speakers,
        ),
      ),
    [],
  )
  // Where highlights sit and their colours change far less often than what they say (tags,
  // notes): only a change of place or colour re-arranges the text.
  const placed = createMemo(
    () =>
      views().flatMap((v): PlacedHighlight[] =>
        v.placement.status === 'anchored'
          ? [
              {
                id: v.annotation.id,
                start: v.placement.start,
                end: v.placement.end,
                colour: v.annotation.colour,
              },
            ]
          : [],
      ),
    [],
    { equals: samePlacements },
  )
  // Given the last arrangement, so runs that did not change stay the same objects and are left as
  // drawn (see Segments).
  const items = createMemo<ReaderItem[]>(
    (previous) => arrangeArticle(props.article, placed(), previous),
    [],
  )
  const annotationById = createMemo(() => new Map(views().map((v) => [v.annotation.id, v])))
  const editedAnnotation = () => {
    const current = editing()
    return current ? annotationById().get(current.id)?.annotation : undefined
  }

  const markOf = (id: string) =>
    body?.querySelector<HTMLElement>(`mark[data-annotation-ids~="${CSS.escape(id)}"]`) ?? null

  const openEditor = (id: AnnotationId, mark: HTMLElement, focus: EditorFocus = 'colour') => {
    setSelection(null)
    setEditing({ id, focus, ...placeBelow(mark.getBoundingClientRect(), 360) })
  }
  const closeEditor = () => {
    const current = editing()
    setEditing(null)
    if (current) markOf(current.id)?.focus()
  }

  const stopFlashing = () => {
    flashing?.marks.forEach((mark) => mark.classList.remove(FLASH_CLASS))
    flashing = null
  }

  /** Scroll to a highlight, flash it and give it focus (from the panel or the overview). */
  const reveal = (id: string) => {
    const mark = markOf(id)
    if (!body || !mark) return
    mark.scrollIntoView({ block: 'center', behavior: scrollBehaviourTo(mark) })
    mark.focus({ preventScroll: true })
    // The flash is set here on this highlight's marks, rather than every mark tracking a signal.
    const marks = [...body.querySelectorAll(`mark[data-annotation-ids~="${CSS.escape(id)}"]`)]
    stopFlashing()
    marks.forEach((m) => m.classList.add(FLASH_CLASS))
    flashing = { id, marks }
    clearTimeout(flashTimer)
    flashTimer = setTimeout(stopFlashing, FLASH_MS)
  }

  const readSelection = () => {
    const selected = document.getSelection()
    if (!body || !selected || selected.isCollapsed || selected.rangeCount === 0) {
      return setSelection(null)
    }
    const range = selected.getRangeAt(0)
    const raw = body.contains(range.commonAncestorContainer) ? rangeToSpan(body, range) : null
    const span = raw && trimSpan(props.article.text, raw)
    if (!span) return setSelection(null)
    const rects = range.getClientRects()
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect()
    setSelection({ ...span, ...placeBelow(last, 420) })
  }

  const createFromSelection = async (colour: HighlightColour, focus?: EditorFocus) => {
    const current = selection()
    if (!current) return
    const { text, id: articleId, contentHash } = props.article
    const { quote, position } = describeSpan(text, current.start, current.end)
    const speakerId = speakerForSpan(props.article, current)
    const saved = await session.attempt(() =>
      annotations.create({
        target: { articleId, contentHash, quote, position },
        colour,
        tagIds: [],
        speaker: speakerId ? { source: 'article', id: speakerId } : null,
        note: '',
      }),
    )
    document.getSelection()?.removeAllRanges()
    setSelection(null)
    if (!saved) return
    session.announce(`Highlighted: ${quote.exact.slice(0, 80)}`)
    const mark = markOf(saved.id)
    if (focus && mark) openEditor(saved.id, mark, focus)
    else mark?.focus({ preventScroll: true })
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
    if (event.key === 'Escape') {
      if (editing()) closeEditor()
      else if (selection()) {
        document.getSelection()?.removeAllRanges()
        setSelection(null)
      } else if (panelOpen()) setPanelOpen(false)
      else return
      event.preventDefault()
      return
    }
    // A key pressed the instant a selection is made may beat the selection's debounce.
    if (!selection()) readSelection()
    if (!selection()) return
    const focus = ({ t: 'tags', n: 'note', s: 'speaker' } as const)[event.key.toLowerCase()]
    if (event.key.toLowerCase() === 'h' || focus) {
      event.preventDefault()
      void createFromSelection(annotations.state.lastColour, focus)
    }
  }
  let selectionTimer: ReturnType<typeof setTimeout> | undefined
  const onSelectionChange = () => {
    if (pointerDown) return
    clearTimeout(selectionTimer)
    selectionTimer = setTimeout(readSelection, 80)
  }
  const onPointerDown = (event: PointerEvent) => {
    pointerDown = true
    // A press outside the open editor closes it, as a popover would.
    const target = event.target as Element
    if (editing() && !target.closest('.annotation-editor, mark.hl')) setEditing(null)
  }
  const onPointerUp = () => {
    pointerDown = false
    setTimeout(readSelection, 0)
  }
  const onPanelPlace = (event: MediaQueryListEvent) => setPanelBeside(event.matches)
  onMount(() => {
    besideText.addEventListener('change', onPanelPlace)
    document.addEventListener('selectionchange', onSelectionChange)
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('pointerup', onPointerUp)
    document.addEventListener('keydown', onKeyDown)
  })
  onCleanup(() => {
    besideText.removeEventListener('change', onPanelPlace)
    document.removeEventListener('selectionchange', onSelectionChange)
    document.removeEventListener('pointerdown', onPointerDown)
    document.removeEventListener('pointerup', onPointerUp)
    document.removeEventListener('keydown', onKeyDown)
    clearTimeout(flashTimer)
    clearTimeout(selectionTimer)
  })

  // Arriving from the overview with an annotation named in the URL: show it once it is drawn.
  createEffect(
    on(
      () => [props.focus, annotations.state.loaded, items()] as const,
      ([focus, loaded]) => {
        if (focus && loaded && flashing?.id !== focus) queueMicrotask(() => reveal(focus))
      },
    ),
  )

  return (
    <div class="reader-layout" classList={{ 'reader-layout--panel-open': panelOpen() }}>
      <div class="reader-bar">
        <nav class="crumbs" aria-label="Breadcrumb">
          <a class="crumbs__back" href="#/">
            <span aria-hidden="true">←</span> Library
          </a>
        </nav>
        <button
          type="button"
          class="panel-toggle"
          aria-expanded={panelOpen()}
          aria-controls="annotation-panel"
          onClick={() => setPanelOpen((open) => !open)}
        >
          Annotations <span class="panel-toggle__count">{views().length}</span>
        </button>
      </div>
      <ArticleView
        article={props.article}
        items={items()}
        onOpenHighlight={(id, mark) => openEditor(id as AnnotationId, mark)}
        bodyRef={(el) => (body = el)}
      />
      <div id="annotation-panel" class="reader-panel">
        <Show when={isPanelMade()}>
          <AnnotationPanel
            views={views()}
            onSelect={(view) => {
              if (!besideText.matches) setPanelOpen(false)
              reveal(view.annotation.id)
            }}
          />
        </Show>
      </div>
      {/* What each highlight's marks are described by; a view that changed is another object. */}
      <div hidden>
        <For each={views()}>
          {(view) => (
            <span
              id={/*@once*/ highlightDescriptionId(view.annotation.id)}
              textContent={/*@once*/ describeHighlight(view)}
            />
          )}
        </For>
      </div>
      <Show when={selection()}>
        {(current) => (
          <Portal>
            <SelectionToolbar
              top={current().top}
              left={current().left}
              lastColour={annotations.state.lastColour}
              onHighlight={(colour) => void createFromSelection(colour)}
              onTag={() => void createFromSelection(annotations.state.lastColour, 'tags')}
              onNote={() => void createFromSelection(annotations.state.lastColour, 'note')}
              onSpeaker={() => void createFromSelection(annotations.state.lastColour, 'speaker')}
            />
          </Portal>
        )}
      </Show>
      <Show when={editedAnnotation()}>
        {(annotation) => (
          <Portal>
            <AnnotationEditor
              annotation={annotation()}
              article={props.article}
              top={editing()!.top}
              left={editing()!.left}
              focus={editing()!.focus}
              onClose={closeEditor}
            />
          </Portal>
        )}
      </Show>
    </div>
  )
}
