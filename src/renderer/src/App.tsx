import { Match, Show, Switch, createSignal, onCleanup, onMount, untrack } from 'solid-js'
import type { DesktopBridge } from '../../shared/desktop'
import { connectAppCommands, dispatchAppCommand, onAppCommand } from './app-commands'
import { Codebook } from './components/annotations/Codebook'
import { Overview } from './components/annotations/Overview'
import { Composer } from './components/briefing/Composer'
import { FindBar } from './components/FindBar'
import { KeyboardShortcuts } from './components/KeyboardShortcuts'
import { Library } from './components/Library'
import { Reader } from './components/Reader'
import { RecoveryBanner, SaveFailureBanner, SaveStatus } from './components/SaveStatus'
import { Toasts } from './components/Toasts'
import { connectLifecycle } from './lifecycle'
import { noteNavigation } from './navigation-focus'
import { parseRoute, routeHref, type Route } from './route'
import { WorkspaceProvider, useWorkspace } from './workspace-context'

/**
 * The app shell: a banner with the sections and save status, and the page the route names. In
 * the desktop app, `desktop` brings the menus' commands and the requests to save before closing.
 */
export function App(props: { desktop?: DesktopBridge | null }) {
  return (
    <WorkspaceProvider>
      <Shell desktop={props.desktop ?? null} />
    </WorkspaceProvider>
  )
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** What a menu command needs that the page in view does not offer. */
const UNHANDLED: Partial<Record<string, string>> = {
  highlight: 'Select a passage in an article to highlight it.',
  tag: 'Select a passage in an article to tag it.',
  note: 'Select a passage in an article to write a note on it.',
  speaker: 'Select a passage in an article to name who said it.',
  'copy-with-citation': 'Select a passage in an article to copy it with its citation.',
}

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform)

function Shell(props: { desktop: DesktopBridge | null }) {
  const { session } = useWorkspace()
  // Given once, at start: the host does not change.
  const desktop = untrack(() => props.desktop)
  // Undo and redo come from the Edit menu in the desktop app (its keys included): the page
  // undoes a text field's typing when one has focus, otherwise the last change to the work.
  const undoOrRedo = (direction: 'undo' | 'redo') => {
    if (isTextField(document.activeElement)) document.execCommand(direction)
    else void session[direction]()
  }
  const [route, setRoute] = createSignal(parseRoute(location.hash))
  const onHashChange = () => {
    noteNavigation()
    setRoute(parseRoute(location.hash))
  }
  // Undo and redo for every change, all session long. Inside a text field the field's own undo
  // applies (its text is saved as the student types).
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === '?' && !event.ctrlKey && !event.metaKey && !isTextField(event.target)) {
      event.preventDefault()
      dispatchAppCommand('keyboard-shortcuts')
      return
    }
    // In the desktop app the Edit menu's keys do this (see undoOrRedo).
    if (desktop) return
    if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) void session.undo()
    else if ((key === 'z' && event.shiftKey) || key === 'y') void session.redo()
    else return
    event.preventDefault()
  }
  onMount(() => {
    window.addEventListener('hashchange', onHashChange)
    document.addEventListener('keydown', onKeyDown)
    const stops = [
      connectLifecycle(desktop),
      connectAppCommands(desktop, (command) => {
        const message = UNHANDLED[command]
        if (message) session.say(message)
      }),
      onAppCommand('undo', () => undoOrRedo('undo')),
      onAppCommand('redo', () => undoOrRedo('redo')),
      onAppCommand('export-briefing', () => (location.hash = routeHref({ name: 'briefing' }))),
    ]
    onCleanup(() => stops.forEach((stop) => stop()))
  })
  onCleanup(() => {
    window.removeEventListener('hashchange', onHashChange)
    document.removeEventListener('keydown', onKeyDown)
  })
  const articleRoute = () => {
    const current = route()
    return current.name === 'article' ? current : null
  }
  const current = (name: Route['name']) => (route().name === name ? 'page' : undefined)
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <div class="top-chrome" ref={followTopChrome}>
        <header class="app-bar">
          <a class="wordmark" href="#/" aria-label="Briefpack, go to the library">
            <span class="wordmark__mark" aria-hidden="true">
              B
            </span>
            Briefpack
          </a>
          <nav class="app-nav" aria-label="Sections">
            <a href="#/" aria-current={current('library')}>
              Library
            </a>
            <a href="#/overview" aria-current={current('overview')}>
              Overview
            </a>
            <a href="#/codebook" aria-current={current('codebook')}>
              Codebook
            </a>
            <a href="#/briefing" aria-current={current('briefing')}>
              Briefing pack
            </a>
          </nav>
          <SaveStatus />
          <button
            type="button"
            class="app-bar__shortcuts"
            aria-label="Keyboard shortcuts"
            title="Keyboard shortcuts (?)"
            onClick={() => dispatchAppCommand('keyboard-shortcuts')}
          >
            ?
          </button>
        </header>
        <SaveFailureBanner />
      </div>
      <RecoveryBanner />
      <Switch>
        <Match when={articleRoute()}>
          {(article) => <Reader id={article().id} focus={article().focus} />}
        </Match>
        <Match when={route().name === 'overview'}>
          <Overview />
        </Match>
        <Match when={route().name === 'codebook'}>
          <Codebook />
        </Match>
        <Match when={route().name === 'briefing'}>
          <Composer />
        </Match>
        <Match when={route().name === 'library'}>
          <Library />
        </Match>
      </Switch>
      <Show when={desktop}>
        <FindBar />
      </Show>
      <KeyboardShortcuts desktop={desktop !== null} mac={isMac()} />
      <Toasts />
    </>
  )
}

/**
 * Publish the sticky top chrome's height (the app bar, and the failure banner while it shows) as
 * --top-chrome, for what sits under it: sticky panels, and the scroll padding that keeps a
 * focused highlight from scrolling in under it.
 */
function followTopChrome(chrome: HTMLElement) {
  const observer = new ResizeObserver(() => {
    document.documentElement.style.setProperty('--top-chrome', `${chrome.offsetHeight}px`)
  })
  observer.observe(chrome)
  onCleanup(() => observer.disconnect())
}

// The skip link must not change the hash (that is the router's); it moves focus instead.
function skipToMain(event: MouseEvent) {
  event.preventDefault()
  const main = document.getElementById('main')
  main?.setAttribute('tabindex', '-1')
  main?.focus()
}
