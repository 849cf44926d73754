import { describe, expect, it } from 'vitest'
import { FOOTNOTE_SEPARATOR, PageFlow, type FootLine, type Row } from './page-flow'

/** A flow over pages 100 units tall, recording what lands where. */
function setup() {
  const drawn: { page: number; label: string; y: number }[] = []
  let page = 0
  const flow = new PageFlow(0, 100, {
    newPage: () => page++,
    drawFootnoteRule: (y) => drawn.push({ page, label: 'rule', y }),
  })
  const row = (label: string, height = 10, extra: Partial<Row> = {}): Row => ({
    height,
    draw: (y) => drawn.push({ page, label, y }),
    ...extra,
  })
  const foot = (label: string, height = 10): FootLine => ({
    height,
    draw: (y) => drawn.push({ page, label, y }),
  })
  const pageOf = (label: string) => drawn.find((d) => d.label === label)?.page
  return { flow, drawn, row, foot, pageOf, page: () => page }
}

describe('PageFlow', () => {
  it('stacks rows with their gaps, dropping a gap at the top of a page', () => {
    const { flow, drawn, row } = setup()
    flow.place([row('a', 10, { gap: 5 }), row('b', 10, { gap: 5 })])
    expect(drawn).toEqual([
      { page: 0, label: 'a', y: 0 },
      { page: 0, label: 'b', y: 15 },
    ])
  })

  it('moves a block that fits on a page of its own to the next page, whole', () => {
    const { flow, row, pageOf } = setup()
    flow.place([row('filler', 70)])
    flow.place([row('quote', 20), row('attribution', 20, { keepWithPrevious: true })], {
      keepTogether: true,
    })
    expect(pageOf('quote')).toBe(1)
    expect(pageOf('attribution')).toBe(1)
  })

  it('never starts a page with a row that keeps with the one before', () => {
    const { flow, row, pageOf } = setup()
    flow.place([row('filler', 60)])
    // Too long to keep together, so it breaks, but not just before the attribution.
    const passage = Array.from({ length: 12 }, (_, i) =>
      row(`line${i}`, 10, { keepWithPrevious: i === 1 || i === 11 }),
    )
    flow.place([...passage, row('attribution', 10, { keepWithPrevious: true })], {
      keepTogether: true,
    })
    expect(pageOf('line0')).toBe(0)
    expect(pageOf('line3')).toBe(0)
    expect(pageOf('line4')).toBe(1)
    // line10, line11 and the attribution travel together.
    expect(pageOf('line10')).toBe(pageOf('attribution'))
    expect(pageOf('line11')).toBe(pageOf('attribution'))
  })

  it('does not leave a lone first line at the foot of a page', () => {
    const { flow, row, pageOf } = setup()
    flow.place([row('filler', 85)])
    flow.place([row('first'), row('second', 10, { keepWithPrevious: true }), row('third')])
    expect(pageOf('first')).toBe(1)
  })

  it('reserves room at the foot for a row’s footnotes, on the row’s page', () => {
    const { flow, row, foot, drawn, pageOf } = setup()
    flow.place([row('body', 50)])
    flow.place([row('marked', 10, { footnotes: [foot('note', 10)] })])
    flow.place([row('after', 30)])
    flow.finishPage()
    expect(pageOf('marked')).toBe(0)
    expect(pageOf('note')).toBe(0)
    const note = drawn.find((d) => d.label === 'note')!
    expect(note.y).toBe(90)
    // 50 + 10 of body and 10 + the separator of notes leave less than 30: "after" moves on.
    expect(pageOf('after')).toBe(1)
    expect(drawn.find((d) => d.label === 'rule')!.y).toBe(90 - FOOTNOTE_SEPARATOR)
  })

  it('continues a note too long for what is left on the next page', () => {
    const { flow, row, foot, pageOf } = setup()
    flow.place([row('body', 60)])
    const long = Array.from({ length: 4 }, (_, i) => foot(`n${i}`, 10))
    flow.place([row('marked', 10, { footnotes: long }), row('next', 5)])
    flow.finishPage()
    expect(pageOf('marked')).toBe(0)
    expect(pageOf('n0')).toBe(0)
    expect(pageOf('n3')).toBe(1)
    expect(pageOf('next')).toBe(1)
  })

  it('places a row taller than a page rather than looping', () => {
    const { flow, row, pageOf } = setup()
    flow.place([row('huge', 150)])
    expect(pageOf('huge')).toBe(0)
  })
})
