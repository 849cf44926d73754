// After the student follows a link inside the app, focus moves to the new page's heading, so a
// screen reader announces it and Tab continues from there. On first load focus stays where the
// browser puts it (the top of the document), so the skip link is still the first Tab stop.
let hasNavigated = false

/** Called by the router whenever the route changes after the first load. */
export function noteNavigation(): void {
  hasNavigated = true
}

/** Focus a page's heading if the student got here by navigating within the app. */
export function focusAfterNavigation(heading: HTMLElement | undefined): void {
  if (hasNavigated) heading?.focus({ preventScroll: true })
}
