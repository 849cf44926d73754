import {
  For,
  Show,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  onMount,
  untrack,
} from 'solid-js'
import { Portal } from 'solid-js/web'
import { describeSpan } from '../../../shared/anchoring'
import type { AnnotationId, HighlightColour } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import { viewAnnotations } from '../annotations/annotation-view'
import { describeHighlight } from '../annotations/describe-highlight'
import { rangeToSpan } from '../dom/text-offsets'
import {
  arrangeArticle,
  speakerForSpan,
  trimSpan,
  type PlacedHighlight,
} from '../reader/reader-model'
import { useWorkspace } from '../workspace-context'
import { AnnotationEditor, type EditorFocus } from './AnnotationEditor'
import { AnnotationPanel } from './annotations/AnnotationPanel'
import { ArticleView } from './ArticleView'
import { highlightDescriptionId, type HighlightLookup } from './Segments'
import { SelectionToolbar } from './SelectionToolbar'

const FLASH_MS = 1600

/** Where a floating control goes: under a rectangle, kept inside the window. */
function placeBelow(rect: DOMRect, width: number) {
  const left = Math.min(Math.max(8, rect.left), window.innerWidth - width - 8)
  return { top: rect.bottom + window.scrollY + 8, left: left + window.scrollX }
}

const samePlacements = (a: readonly PlacedHighlight[], b: readonly PlacedHighlight[]) =>
  a.length === b.length &&
  a.every((h, i) => h.id === b[i]!.id && h.start === b[i]!.start && h.end === b[i]!.end)

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * The reader with its annotation tools: highlights drawn in the text, the toolbar beside a
 * selection, the editor of an opened highlight, and the panel of the article's annotations.
 */
export function ReaderWorkspace(props: { article: Article; focus?: AnnotationId }) {
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
  const [flashing, setFlashing] = createSignal<string | null>(null)
  const [panelOpen, setPanelOpen] = createSignal(false)
  let body: HTMLDivElement | undefined
  let pointerDown = false
  let flashTimer: ReturnType<typeof setTimeout> | undefined

  const views = createMemo(() =>
    viewAnnotations(
      annotations.state.items.filter((a) => a.target.articleId === props.article.id),
      [props.article],
      codebook.state.tags,
      codebook.state.speakers,
    ),
  )
  // Where highlights sit changes far less often than what they say (tags, notes): only a change
  // of place re-arranges the text.
  const placed = createMemo(
    () =>
      views().flatMap((v) =>
        v.placement.status === 'anchored'
          ? [{ id: v.annotation.id, start: v.placement.start, end: v.placement.end }]
          : [],
      ),
    [],
    { equals: samePlacements },
  )
  const items = createMemo(() => arrangeArticle(props.article, placed()))
  const editedAnnotation = () => {
    const current = editing()
    return current ? annotations.state.items.find((a) => a.id === current.id) : undefined
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

  const highlights: HighlightLookup = {
    colour: (id) => annotations.state.items.find((a) => a.id === id)?.colour,
    flashing,
    open: (id, mark) => openEditor(id as AnnotationId, mark),
  }

  /** Scroll to a highlight, flash it and give it focus (from the panel or the overview). */
  const reveal = (id: string) => {
    const mark = markOf(id)
    if (!mark) return
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' })
    mark.focus({ preventScroll: true })
    setFlashing(id)
    clearTimeout(flashTimer)
    flashTimer = setTimeout(() => setFlashing(null), FLASH_MS)
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
  onMount(() => {
    document.addEventListener('selectionchange', onSelectionChange)
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('pointerup', onPointerUp)
    document.addEventListener('keydown', onKeyDown)
  })
  onCleanup(() => {
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
        if (focus && loaded && untrack(flashing) !== focus) queueMicrotask(() => reveal(focus))
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
        highlights={highlights}
        bodyRef={(el) => (body = el)}
      />
      <div id="annotation-panel" class="reader-panel">
        <AnnotationPanel
          views={views()}
          onSelect={(view) => {
            if (window.matchMedia('(max-width: 1399px)').matches) setPanelOpen(false)
            reveal(view.annotation.id)
          }}
        />
      </div>
      <div hidden>
        <For each={views()}>
          {(view) => (
            <span id={highlightDescriptionId(view.annotation.id)}>{describeHighlight(view)}</span>
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
