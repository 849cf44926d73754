import { Match, Switch, createSignal, onCleanup } from 'solid-js'
import { Library } from './components/Library'
import { Reader } from './components/Reader'
import { noteNavigation } from './navigation-focus'
import { parseRoute } from './route'

/** The app shell: a banner, a skip link, and the page the route names. */
export function App() {
  const [route, setRoute] = createSignal(parseRoute(location.hash))
  const onHashChange = () => {
    noteNavigation()
    setRoute(parseRoute(location.hash))
  }
  window.addEventListener('hashchange', onHashChange)
  onCleanup(() => window.removeEventListener('hashchange', onHashChange))
  const articleId = () => {
    const current = route()
    return current.name === 'article' ? current.id : null
  }
  return (
    <>
      <a class="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header class="app-bar">
        <a class="wordmark" href="#/" aria-label="Briefpack, go to the library">
          <span class="wordmark__mark" aria-hidden="true">
            B
          </span>
          Briefpack
        </a>
      </header>
      <Switch>
        <Match when={articleId()}>{(id) => <Reader id={id()} />}</Match>
        <Match when={route().name === 'library'}>
          <Library />
        </Match>
      </Switch>
    </>
  )
}

// The skip link must not change the hash (that is the router's); it moves focus instead.
function skipToMain(event: MouseEvent) {
  event.preventDefault()
  const main = document.getElementById('main')
  main?.setAttribute('tabindex', '-1')
  main?.focus()
}
