/* global window, document, location, MutationObserver, MessageChannel, requestAnimationFrame */
// Runs in the page (added by paint-bench.ts with addInitScript). Plain JavaScript on purpose: it is
// sent to Chromium as written, with no compiler helpers injected, and the bench's TypeScript
// project has no DOM types.

window.__briefpackBench = {
  /**
   * Go to `hash` and resolve, in ms from the hash change, when the reader shows at least
   * `expected.paragraphs` paragraphs and marks for at least `expected.highlights` distinct
   * annotations, and a frame with them has been painted: `frame` at the first task after the next
   * frame's rendering (rAF, then a message), `painted` at the rAF after that (double rAF).
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
        reject(new Error(`${hash} was not drawn within 20 s (expected ${JSON.stringify(expected)})`))
      }, 20_000)
      const observer = new MutationObserver(() => {
        if (found) return
        found = drawn()
        if (!found) return
        observer.disconnect()
        clearTimeout(timer)
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          let frame = 0
          channel.port1.onmessage = () => (frame = performance.now() - start)
          channel.port2.postMessage(null)
          requestAnimationFrame(() => resolve({ ...found, frame, painted: performance.now() - start }))
        })
      })
      observer.observe(document.body, { childList: true, subtree: true })
      const start = performance.now()
      location.hash = hash
    })
  },
}
