import { onMount, type JSX } from 'solid-js'
import { focusAfterNavigation } from '../navigation-focus'

/**
 * A section page's heading block. It names the window ("Overview — Briefpack") and, after an
 * in-app navigation, takes focus so a screen reader announces the new page.
 */
export function PageHeader(props: { id: string; title: string; children: JSX.Element }) {
  let heading: HTMLHeadingElement | undefined
  onMount(() => {
    document.title = `${props.title} — Briefpack`
    focusAfterNavigation(heading)
  })
  return (
    <header class="page-header">
      <h1 id={props.id} class="page-title" tabindex="-1" ref={heading}>
        {props.title}
      </h1>
      <p class="page-lede">{props.children}</p>
    </header>
  )
}
