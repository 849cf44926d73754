import { For } from 'solid-js'
import type { ComposerOptions } from '../../briefing/composer-options'
import { GroupingControl } from '../annotations/GroupingControl'

type Inclusion = 'includeNotes' | 'includeAppendix' | 'includeCodebook'

const INCLUSIONS: { key: Inclusion; label: string; hint: string }[] = [
  { key: 'includeNotes', label: 'Notes', hint: 'Your note under each quoted passage.' },
  {
    key: 'includeAppendix',
    label: 'Annotated articles',
    hint: 'An appendix with each article’s full text and your highlights drawn in.',
  },
  { key: 'includeCodebook', label: 'Codebook', hint: 'Each tag used, what it means, how often.' },
]

/** How the key arguments are grouped, and which parts the pack holds besides them. */
export function PackContents(props: {
  options: ComposerOptions
  onChange: (patch: Partial<ComposerOptions>) => void
}) {
  return (
    <fieldset class="briefing-fieldset">
      <legend class="briefing-legend">Contents</legend>
      <GroupingControl
        value={props.options.groupBy}
        onChange={(groupBy) => props.onChange({ groupBy })}
      />
      <fieldset class="briefing-tag-group">
        <legend class="filter-label">Include</legend>
        <ul class="briefing-checks">
          <For each={INCLUSIONS}>
            {(inclusion) => (
              <li>
                <label class="briefing-check">
                  <input
                    type="checkbox"
                    checked={props.options[inclusion.key]}
                    onChange={(event) =>
                      props.onChange({ [inclusion.key]: event.currentTarget.checked })
                    }
                  />
                  <span class="briefing-check__text">
                    {inclusion.label}
                    <span class="briefing-check__detail">{inclusion.hint}</span>
                  </span>
                </label>
              </li>
            )}
          </For>
        </ul>
      </fieldset>
    </fieldset>
  )
}
