/* global window, document, location, MutationObserver, requestAnimationFrame */
// Runs in the page (added by paint-bench.ts with addInitScript). Plain JavaScript on purpose: it is
// sent to Chromium as written, with no compiler helpers injected, and the bench's TypeScript
// project has no DOM types.

window.__briefpackBench = {
  /**
   * Go to `hash` and resolve, in ms from the hash change, when the reader shows at least
   * `expected.paragraphs` paragraphs and marks for at least `expected.highlights` distinct
   * annotations, and a frame with them has been painted: the clock stops in the second
   * requestAnimationFrame after the DOM is complete (the first runs before that frame's style,
   * layout and paint; the second, after the frame is produced).
   */
  timeNavigation(hash, expected) {
    return new Promise((resolve, reject) => {
      const drawn = () => {
        const paragraphs = document.querySelectorAll('.para-row').length
        if (paragraphs < expected.paragraphs) return null
        const marks = document.querySelectorAll('mark.hl')
        const ids = new Set()
        for (const mark of marks) {
          for (const id of (mark.getAttribute('data-annotation-ids') ?? '').split(' ')) {
            if (id) ids.add(id)
          }
        }
        if (ids.size < expected.highlights) return null
        return { paragraphs, marks: marks.length, highlights: ids.size }
      }
      let found = null
      const timer = setTimeout(() => {
        observer.disconnect()
        reject(
          new Error(`${hash} was not drawn within 20 s (expected ${JSON.stringify(expected)})`),
        )
      }, 20_000)
      const observer = new MutationObserver(() => {
        if (found) return
        found = drawn()
        if (!found) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve({ ...found, ms: performance.now() - start })),
        )
      })
      observer.observe(document.body, { childList: true, subtree: true })
      const start = performance.now()
      location.hash = hash
    })
  },
}
