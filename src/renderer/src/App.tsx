import { Match, Switch, createSignal, onCleanup, onMount } from 'solid-js'
import { Codebook } from './components/annotations/Codebook'
import { Overview } from './components/annotations/Overview'
import { Composer } from './components/briefing/Composer'
import { Library } from './components/Library'
import { Reader } from './components/Reader'
import { RecoveryBanner, SaveFailureBanner, SaveStatus } from './components/SaveStatus'
import { Toasts } from './components/Toasts'
import { noteNavigation } from './navigation-focus'
import { parseRoute, type Route } from './route'
import { WorkspaceProvider, useWorkspace } from './workspace-context'

/** The app shell: a banner with the sections and save status, and the page the route names. */
export function App() {
  return (
    <WorkspaceProvider>
      <Shell />
    </WorkspaceProvider>
  )
}

const isTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

function Shell() {
  const { session } = useWorkspace()
  const [route, setRoute] = createSignal(parseRoute(location.hash))
  const onHashChange = () => {
    noteNavigation()
    setRoute(parseRoute(location.hash))
  }
  // Undo and redo for every change, all session long. Inside a text field the field's own undo
  // applies (its text is saved as the student types).
  const onKeyDown = (event: KeyboardEvent) => {
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
