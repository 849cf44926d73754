import type { Page } from '@playwright/test'
import { ARTICLES, expect, test } from './fixtures'

const open = async (page: Page, url: string, id: string) => {
  await page.goto(`${url}#/articles/${id}`)
  await expect(page.locator('.para-row').first()).toBeVisible()
}

/** The figure holding a round-up comment that contains this text. */
const comment = (page: Page, text: string) =>
  page.locator('figure.comment').filter({ hasText: text })

test.describe('reading the round-up of expert comment', () => {
  test('shows the title, numbered paragraphs and every quote with its speaker and role', async ({
    page,
    host,
  }) => {
    await open(page, host.url, ARTICLES.roundUp.id)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLES.roundUp.title)
    await expect(page).toHaveTitle(`${ARTICLES.roundUp.title} — Briefpack`)
    await expect(page.locator('.para-row')).toHaveCount(ARTICLES.roundUp.paragraphs)
    await expect(page.locator('.para-num')).toHaveText(
      ['1', '2', '3', '4', '5', '6'].map((n) => `Paragraph ${n}`),
    )

    const quotes: [string, string, string][] = [
      [
        'Two main lessons can be drawn',
        'Bob Holman',
        ', community worker at a project in Easterhouse, Glasgow',
      ],
      [
        'Councillors are elected by local people',
        'Julia Ross',
        ', social services director, London Borough of Barking and Dagenham',
      ],
      [
        'The manner and timing of the decision is not good',
        'Bill Badham',
        ', development officer, National Youth',
      ],
      ['has the makings of a fiasco', 'Felicity Collier', ', chief executive, Baaf Adoption and'],
      [
        'This move fills me with dismay',
        'Martin Green',
        ', chief executive, Counsel and Care for the',
      ],
    ]
    for (const [words, name, role] of quotes) {
      const figure = comment(page, words)
      await expect(figure.locator('figcaption')).toHaveText(`${name}${role}`)
      await expect(figure.locator('figcaption strong')).toHaveText(name)
      await expect(figure.locator('blockquote')).toContainText(words)
      await expect(figure.locator('.attributed--direct')).toHaveCount(1)
    }

    // Reported speech in the introduction, attributed to the council and its chief executive.
    const intro = page.locator('.para-row').first()
    await expect(intro.locator('.attributed')).toHaveCount(3)
    await expect(intro.locator('.attributed').last()).toHaveAccessibleDescription(
      /The council’s chief executive/,
    )
    await expect(intro.locator('.attributed').first()).toHaveAccessibleDescription(
      /Barking and Dagenham Council/,
    )

    const quoted = page.getByRole('region', { name: 'Who is quoted' })
    await expect(quoted.getByRole('listitem')).toHaveCount(7)
  })
})

test.describe('reading the news report', () => {
  test('attributes quotes and reported speech, and shows where the source breaks off', async ({
    page,
    host,
  }) => {
    await open(page, host.url, ARTICLES.news.id)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLES.news.title)
    await expect(page.locator('.para-row')).toHaveCount(ARTICLES.news.paragraphs)
    const paragraph = (n: number) => page.locator(`.para-row[data-paragraph="${n}"]`)

    // Narration is not attributed to anyone.
    for (const n of [1, 4]) await expect(paragraph(n).locator('.attributed')).toHaveCount(0)

    await expect(paragraph(2).locator('.attributed')).toHaveAccessibleDescription(
      /Barking and Dagenham Council/,
    )
    const farrant = paragraph(5).locator('.attributed--direct')
    await expect(farrant).toHaveText(
      '“The PCT wanted a change and the trigger was the zero star rating.”',
    )
    await expect(farrant).toHaveAccessibleDescription(
      /Graham Farrant.*chief executive of the council/,
    )
    for (const n of [6, 7]) {
      await expect(paragraph(n).locator('.attributed').first()).toHaveAccessibleDescription(
        /Graham Farrant/,
      )
    }
    for (const n of [8, 9]) {
      await expect(paragraph(n).locator('.attributed').first()).toHaveAccessibleDescription(
        /Carolyn Regan/,
      )
    }
    await expect(paragraph(10).locator('.attributed').first()).toHaveAccessibleDescription(
      /Julia Ross/,
    )

    // The source cuts two sentences off; the reader says so and adds no words.
    await expect(paragraph(1).locator('.para-text')).toHaveText(/should be$/)
    await expect(paragraph(1).getByText('The text breaks off here in the source.')).toBeVisible()
    await expect(paragraph(9).getByText('The text breaks off here in the source.')).toBeVisible()
    await expect(page.getByText('The text breaks off here in the source.')).toHaveCount(2)
  })

  test('an unknown article gets a clear message, not a blank page', async ({ page, host }) => {
    await page.goto(`${host.url}#/articles/no-such-article`)
    await expect(page.getByRole('alert')).toContainText('Could not load this article')
    await expect(page.getByRole('alert')).toContainText(/No article/)
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  })
})
