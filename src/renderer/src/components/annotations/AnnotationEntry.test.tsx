import { render, screen } from '@solidjs/testing-library'
import { describe, expect, it, vi } from 'vitest'
import type { SpeakerId } from '../../../../shared/model/article'
import { AnnotationEntry } from './AnnotationEntry'
import { NARRATION, testView } from './test-fixtures'

const placed = (kind: 'direct' | 'reported' | 'narration') => ({
  status: 'anchored' as const,
  start: 0,
  end: 5,
  from: 8,
  to: 8,
  speech: {
    ...NARRATION,
    kind,
    speakerId: kind === 'narration' ? null : ('carolyn-regan' as SpeakerId),
    parts: [],
  },
})

describe('AnnotationEntry', () => {
  it('says reported speech and narration are what they are; a direct quotation needs no word', () => {
    const { unmount } = render(() => (
      <AnnotationEntry
        view={testView('a1', 'Carolyn Regan', { placement: placed('reported') })}
        onSelect={vi.fn()}
      />
    ))
    const entry = screen.getByRole('button')
    expect(entry).toHaveTextContent('Reported speech')
    expect(entry).toHaveTextContent('¶ 8')
    expect(entry).toHaveTextContent('Carolyn Regan')
    unmount()
    render(() => (
      <AnnotationEntry view={testView('a2', null, { placement: placed('narration') })} />
    ))
    expect(screen.getByRole('button')).toHaveTextContent(
      /^Yellow highlight, ¶ 8Paragraph 8Narration/,
    )
  })

  it('adds nothing to a direct quotation', () => {
    render(() => (
      <AnnotationEntry view={testView('a3', 'Graham Farrant', { placement: placed('direct') })} />
    ))
    expect(screen.getByRole('button')).not.toHaveTextContent(/speech|Narration/)
  })
})
