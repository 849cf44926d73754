import { expect } from 'vitest'
import { attributeQuotes, type AttributedBody } from '../../src/main/library/attribute-quotes'
import { parseArticle, type ParsedArticle } from '../../src/main/library/parse-article'

// Checks shared by the attributor's tests (attribute-quotes*.test.ts).

/** Each attribution as a reader would check it: who, how, which paragraph, which exact words. */
export function readable(parsed: ParsedArticle, result: AttributedBody) {
  return result.attributions.map((attribution) => ({
    speaker: attribution.speakerId,
    mode: attribution.mode,
    paragraph: parsed.blocks.find(
      (block) => block.start <= attribution.start && attribution.end <= block.end,
    )?.number,
    words: parsed.text.slice(attribution.start, attribution.end),
  }))
}

/** Sorted, disjoint, trimmed, each inside one block, each speaker known. */
export function expectWellFormed(parsed: ParsedArticle, result: AttributedBody) {
  const ids = new Set(result.speakers.map((speaker) => speaker.id))
  expect(ids.size).toBe(result.speakers.length)
  result.attributions.forEach((attribution, index) => {
    const previous = result.attributions[index - 1]
    if (previous) expect(attribution.start).toBeGreaterThanOrEqual(previous.end)
    const words = parsed.text.slice(attribution.start, attribution.end)
    expect(words.length).toBeGreaterThan(0)
    expect(words).toBe(words.trim())
    expect(
      parsed.blocks.some(
        (block) => block.start <= attribution.start && attribution.end <= block.end,
      ),
    ).toBe(true)
    expect(ids.has(attribution.speakerId)).toBe(true)
  })
}

/** Attribute a made-up body: one paragraph per "\n\n"-separated chunk. */
export function attributeParagraphs(...paragraphs: string[]) {
  const parsed = parseArticle(['Title', ...paragraphs].join('\n\n'))
  const result = attributeQuotes(parsed)
  expectWellFormed(parsed, result)
  return { speakers: result.speakers, spans: readable(parsed, result) }
}
