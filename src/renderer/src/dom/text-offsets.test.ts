// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest'
import { pointToOffset, rangeToSpan } from './text-offsets'

// Two blocks of "article text" ("Alpha beta." at 0 and "Gamma delta." at 13, joined by "\n\n"),
// the way the reader renders them: a number outside each container, a mark and a span inside.
const html = `
  <div class="para-row"><span class="num">1</span>
    <p data-text-start="0">Alpha <mark>be</mark><span>ta.</span></p></div>
  <div class="para-row"><span class="num">2</span>
    <p data-text-start="13">Gamma <mark>delta</mark>.</p>
    <p class="note">The text breaks off here.</p></div>`

let root: HTMLElement
beforeEach(() => {
  document.body.innerHTML = `<article>${html}</article>`
  root = document.querySelector('article')!
})

const text = (selector: string) => root.querySelector(selector)!.firstChild!

describe('pointToOffset', () => {
  it('counts characters across marks and spans inside a container', () => {
    expect(pointToOffset(root, text('p mark'), 1, 'start')).toBe(7) // "Alpha b|e"
    expect(pointToOffset(root, text('p span'), 3, 'end')).toBe(11) // end of "Alpha beta."
    expect(pointToOffset(root, text('[data-text-start="13"] mark'), 0, 'start')).toBe(19)
  })

  it('moves points outside the text to the nearest edge inside the selection', () => {
    const secondNumber = root.querySelectorAll('.num')[1]!.firstChild!
    expect(pointToOffset(root, secondNumber, 0, 'start')).toBe(13)
    expect(pointToOffset(root, secondNumber, 0, 'end')).toBe(11)
    const note = text('.note')
    expect(pointToOffset(root, note, 3, 'end')).toBe(25)
    expect(pointToOffset(root, note, 3, 'start')).toBeNull()
  })
})

describe('rangeToSpan', () => {
  it('maps a selection across paragraphs to one article span', () => {
    const range = document.createRange()
    range.setStart(text('p mark'), 0)
    range.setEnd(text('[data-text-start="13"] mark'), 2)
    expect(rangeToSpan(root, range)).toEqual({ start: 6, end: 21 })
  })

  it('gives null for a selection of no article text', () => {
    const range = document.createRange()
    const number = root.querySelector('.num')!.firstChild!
    range.setStart(number, 0)
    range.setEnd(number, 1)
    expect(rangeToSpan(root, range)).toBeNull()
  })
})
