import { Show, createSignal, onCleanup, onMount, untrack } from 'solid-js'
import type { FindEnd, FindRequest, FindResult } from '../../../shared/contract'
import { useApi } from '../api-context'
import { onAppCommand } from '../app-commands'

/** How long typing pauses before the page is searched. */
const SEARCH_DELAY_MS = 150

/**
 * Find in page for the desktop app (in a browser, the browser's own find applies): a small bar
 * at the top right, opened by Ctrl/Cmd+F, searching with Chromium's find as the student types.
 * Enter and Shift+Enter (or Ctrl/Cmd+G and Shift+Ctrl/Cmd+G) step through the matches; Escape
 * closes it and leaves the match selected, to highlight or copy.
 *
 * Chromium's find searches the whole page, this bar included, and takes focus from it: so while
 * the page is searched the bar is inert (out of the search), and focus and the caret come back
 * to the field afterwards.
 */
export function FindBar(props: { searchDelayMs?: number }) {
  const api = useApi()
  const [open, setOpen] = createSignal(false)
  const [query, setQuery] = createSignal('')
  const [result, setResult] = createSignal<FindResult | null>(null)
  let bar: HTMLDivElement | undefined
  let input: HTMLInputElement | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let returnTo: HTMLElement | null = null
  // One find at a time, in order: each starts from where the last one left Chromium's find.
  let queue: Promise<void> = Promise.resolve()

  async function findOnce(request: FindRequest) {
    if (!open() || !bar || !input) return
    const caret = [input.selectionStart ?? 0, input.selectionEnd ?? 0] as const
    bar.setAttribute('inert', '')
    try {
      const found = await api['page:find'](request)
      if (query() === request.text) setResult(found)
    } catch {
      setResult(null)
    } finally {
      bar.removeAttribute('inert')
      if (open()) {
        input.focus({ preventScroll: true })
        input.setSelectionRange(...caret)
      }
    }
  }
  // Reads the signals as they are when each find runs, not as a tracked computation would.
  const run = (request: FindRequest) => (queue = queue.then(() => untrack(() => findOnce(request))))

  const searchNow = () => {
    clearTimeout(timer)
    const text = query()
    if (text === '') {
      setResult(null)
      void api['page:stop-find']('clear-selection').catch(() => {})
      return
    }
    void run({ text, forward: true, newSearch: true })
  }
  const step = (forward: boolean) => {
    if (query() === '') return
    if (timer !== undefined || result() === null) return searchNow()
    void run({ text: query(), forward, newSearch: false })
  }

  const show = () => {
    if (!open()) {
      const active = document.activeElement
      returnTo = active instanceof HTMLElement && active !== document.body ? active : null
      setOpen(true)
    }
    input?.focus()
    input?.select()
  }
  const close = (end: FindEnd) => {
    clearTimeout(timer)
    timer = undefined
    setOpen(false)
    setResult(null)
    void api['page:stop-find'](end).catch(() => {})
    // Back to where the student was; a text field would take the found selection, so not there.
    if (returnTo && !returnTo.matches('input, textarea, [contenteditable]')) {
      returnTo.focus({ preventScroll: true })
    }
    returnTo = null
  }

  onMount(() => {
    const stops = [
      onAppCommand('find', show),
      onAppCommand('find-next', () => (show(), step(true))),
      onAppCommand('find-previous', () => (show(), step(false))),
    ]
    onCleanup(() => {
      clearTimeout(timer)
      for (const stop of stops) stop()
    })
  })

  const status = () => {
    const found = result()
    if (!found || query() === '') return ''
    return found.matches === 0 ? 'No matches' : `${found.activeMatch} of ${found.matches}`
  }

  return (
    <Show when={open()}>
      <div ref={bar} class="find-bar" role="search" aria-label="Find in page">
        <input
          ref={input}
          type="search"
          class="find-bar__field"
          aria-label="Find in page"
          placeholder="Find in page"
          autocomplete="off"
          spellcheck={false}
          maxLength={1000}
          value={query()}
          onInput={(event) => {
            setQuery(event.currentTarget.value)
            setResult(null)
            clearTimeout(timer)
            timer = setTimeout(() => {
              timer = undefined
              searchNow()
            }, props.searchDelayMs ?? SEARCH_DELAY_MS)
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              step(!event.shiftKey)
            } else if (event.key === 'Escape') {
              event.preventDefault()
              event.stopPropagation()
              close('activate-selection')
            }
          }}
        />
        <span class="find-bar__count" role="status" aria-live="polite">
          {status()}
        </span>
        <button
          type="button"
          class="find-bar__button"
          aria-label="Previous match"
          title="Previous match (Shift+Enter)"
          onClick={() => step(false)}
        >
          ↑
        </button>
        <button
          type="button"
          class="find-bar__button"
          aria-label="Next match"
          title="Next match (Enter)"
          onClick={() => step(true)}
        >
          ↓
        </button>
        <button
          type="button"
          class="find-bar__button"
          aria-label="Close the find bar"
          title="Close (Esc)"
          onClick={() => close('clear-selection')}
        >
          ×
        </button>
      </div>
    </Show>
  )
}
