import { describe, expect, it } from 'vitest'
import { proposeTitle } from './briefing-request'

const cc = (title: string) => ({ title, publication: 'Community Care' })

describe('proposeTitle', () => {
  it('uses the article’s title for one article', () => {
    expect(proposeTitle([cc('Behind the headlines')])).toBe('Briefing: Behind the headlines')
  })

  it('joins two short titles', () => {
    expect(proposeTitle([cc('Joint posts'), cc('The aftermath')])).toBe(
      'Briefing: Joint posts and The aftermath',
    )
  })

  it('counts articles when the titles would make a list', () => {
    expect(
      proposeTitle([
        cc('Behind the headlines'),
        cc('Question mark over integration of senior posts as Ross quits health role'),
      ]),
    ).toBe('Briefing on 2 articles from Community Care')
    expect(proposeTitle([cc('A'), cc('B'), { title: 'C', publication: 'The Guardian' }])).toBe(
      'Briefing on 3 articles from 2 publications',
    )
  })

  it('still offers a title with no article chosen', () => {
    expect(proposeTitle([])).toBe('Briefing pack')
  })
})
