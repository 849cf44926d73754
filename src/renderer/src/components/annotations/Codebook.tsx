import { For, Show, createMemo, createSignal, createUniqueId } from 'solid-js'
import type { Tag, TagDeletion, TagId } from '../../../../shared/model/tag'
import { PageHeader } from '../PageHeader'
import { useWorkspace } from '../../workspace-context'
import { DeleteTagDialog } from './DeleteTagDialog'
import { countHighlights } from './filter-model'
import { NewTagForm } from './NewTagForm'
import { countTagUse, groupNames, groupTags } from './tag-groups'
import { TagRow } from './TagRow'

/** Focus a field of a tag's row, found afresh (rows are re-created when a tag changes group). */
function focusTagField(tagId: TagId, selector: string) {
  const row = document.querySelector(`[data-tag-id="${CSS.escape(tagId)}"]`)
  row?.querySelector<HTMLElement>(selector)?.focus()
}

/** The codebook: tags under their groups, edited in place, added, merged and deleted. */
export function Codebook() {
  const { annotations, codebook, session } = useWorkspace()
  const [deleting, setDeleting] = createSignal<Tag | null>(null)
  const groupListId = createUniqueId()
  const counts = createMemo(() => countTagUse(annotations.state.items, codebook.state.tags))
  const countOf = (id: TagId | undefined) => (id ? (counts().get(id) ?? 0) : 0)
  const othersThan = (id: TagId | undefined) => codebook.state.tags.filter((t) => t.id !== id)

  // Merging and deleting change highlights too: the codebook store shows that at once, and
  // reads them again from main once it has answered.
  const merge = async (from: Tag, into: TagId) => {
    const intoName = codebook.tagById(into)?.name ?? 'the other tag'
    const done = await session.attempt(async () => {
      await codebook.mergeTags(from.id, into)
      return true
    })
    if (!done) return
    session.say(`Merged “${from.name}” into “${intoName}”.`)
    focusTagField(into, '.codebook-tag__name')
  }
  const remove = async (tag: Tag, deletion: TagDeletion) => {
    const count = countOf(tag.id)
    const done = await session.attempt(async () => {
      await codebook.deleteTag(tag.id, deletion)
      return true
    })
    if (!done) return
    const what =
      count === 0 || deletion.mode === 'untag'
        ? ''
        : deletion.mode === 'delete-annotations'
          ? ` and ${countHighlights(count)}`
          : `; its highlights now carry “${codebook.tagById(deletion.withTagId)?.name}”`
    session.say(`Deleted “${tag.name}”${what}.`)
    // The deleted row took focus with it: put the student back at the top of the page.
    document.getElementById('codebook-heading')?.focus()
  }
  // A row that changed group is re-created in its new section; if focus went with the old row,
  // put it back on the same field so the student is not thrown to the top of the page.
  const afterRegroup = (id: TagId) =>
    queueMicrotask(() => {
      if (document.activeElement === document.body) focusTagField(id, '.codebook-tag__group-input')
    })

  return (
    <main id="main" class="page page--codebook" aria-labelledby="codebook-heading">
      <PageHeader id="codebook-heading" title="Codebook">
        The tags you give highlights: what a passage does in the argument, which side it takes, what
        it is about. Changes save as you make them.
      </PageHeader>
      <datalist id={groupListId}>
        <For each={groupNames(codebook.state.tags)}>{(name) => <option value={name} />}</For>
      </datalist>
      <Show
        when={annotations.state.loaded}
        fallback={
          <p class="loading" role="status">
            Opening the codebook…
          </p>
        }
      >
        <div class="codebook">
          <div class="codebook__groups">
            <Show when={codebook.state.tags.length === 0}>
              <p class="annotation-empty">No tags yet. Add the first with the form.</p>
            </Show>
            <For each={groupTags(codebook.state.tags)}>
              {(group) => {
                const headingId = createUniqueId()
                return (
                  <section class="codebook-group" aria-labelledby={headingId}>
                    <h2 id={headingId} class="codebook-group__title">
                      {group.label}
                    </h2>
                    <ul class="codebook-group__list">
                      <For each={group.tags}>
                        {(tag) => (
                          <TagRow
                            tag={tag}
                            count={countOf(tag.id)}
                            others={othersThan(tag.id)}
                            groupListId={groupListId}
                            onMerge={(into) => void merge(tag, into)}
                            onDelete={() => setDeleting(tag)}
                            onRegroup={() => afterRegroup(tag.id)}
                          />
                        )}
                      </For>
                    </ul>
                  </section>
                )
              }}
            </For>
          </div>
          <aside class="codebook__aside" aria-label="New tag">
            <NewTagForm
              groupListId={groupListId}
              onCreated={(tag) =>
                session.say(`Added “${tag.name}”${tag.group ? ` to ${tag.group}` : ''}.`)
              }
            />
          </aside>
        </div>
      </Show>
      <DeleteTagDialog
        tag={deleting()}
        count={countOf(deleting()?.id)}
        others={othersThan(deleting()?.id)}
        onConfirm={(tag, deletion) => void remove(tag, deletion)}
        onClose={() => setDeleting(null)}
      />
    </main>
  )
}
