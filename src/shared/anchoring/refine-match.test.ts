import { describe, expect, it } from 'vitest'
import { describeSpan } from './describe-span'
import { refineMatch } from './refine-match'

const text =
  'Four other joint posts will be changed, so the staff will go back to working either for the council or for the PCT. Farrant said he did not want it.'

describe('refineMatch', () => {
  it('moves a start that borrowed letters from the word before back to where the quote starts', () => {
    const start = text.indexOf('or for the PCT')
    const { quote } = describeSpan(text, start, start + 'or for the PCT. Farrant'.length)
    const edited = text.replace('or for the PCT', 'or for new the PCT')
    // Fitted on the quote alone: "or new the PCT. Farrant", with the "or" of "for".
    const borrowed = edited.indexOf('or new the PCT')
    expect(refineMatch(edited, quote, { start: borrowed, end: borrowed + 23 })).toEqual({
      start,
      end: start + 27,
      errors: 4,
    })
  })

  it('keeps the quote’s length when deleting and substituting its last letters cost the same', () => {
    const start = text.indexOf('Farrant said')
    const { quote } = describeSpan(text, start, text.length)
    const edited = text.replace('did not want it.', 'did not want no.')
    // At the end of the text there is no suffix to tell "it." dropped from "it." replaced.
    expect(refineMatch(edited, quote, { start, end: edited.length - 3 }, edited.length)).toEqual({
      start,
      end: edited.length,
      errors: 2,
    })
  })
})
