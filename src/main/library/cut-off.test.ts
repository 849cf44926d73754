import { describe, expect, it } from 'vitest'
import { isCutOffParagraph, isCutOffRole } from './cut-off'

describe('isCutOffParagraph', () => {
  it.each([
    ['the holder of the post should be', true],
    ['a recovery plan had been drawn', true],
    ['It is a relief the council is to safeguard its staff.”', false],
    ['admitted it “may have to be done differently”.', false],
    ['He said: “Yes”', false],
    ['Is it?', false],
  ])('%s → %s', (text, expected) => {
    expect(isCutOffParagraph(text)).toBe(expected)
  })
})

describe('isCutOffRole', () => {
  it.each([
    ['chief executive, Baaf Adoption and', true],
    ['chief executive, Counsel and Care for the', true],
    ['community worker at a project in Easterhouse, Glasgow', false],
    ['social services director, London Borough of Barking and Dagenham', false],
    // Complete by shape: only a hint in the article's details can say it is cut off.
    ['development officer, National Youth', false],
    [null, false],
  ])('%s → %s', (role, expected) => {
    expect(isCutOffRole(role)).toBe(expected)
  })
})
