import { For, Show, createUniqueId, onCleanup, onMount } from 'solid-js'
import { onAppCommand } from '../app-commands'
import { shortcutGroups } from '../shortcuts'

/**
 * The keyboard shortcuts, in a modal dialog: opened by the Help menu (Ctrl+/), the app bar's
 * button, or `?`. Escape or the Close button closes it and focus returns where it was.
 */
export function KeyboardShortcuts(props: { desktop: boolean; mac: boolean }) {
  const id = createUniqueId()
  let dialog: HTMLDialogElement | undefined
  let close: HTMLButtonElement | undefined
  onMount(() => {
    const stop = onAppCommand('keyboard-shortcuts', () => {
      if (!dialog || dialog.open) return
      dialog.showModal()
      close?.focus()
    })
    onCleanup(stop)
  })
  return (
    <dialog ref={dialog} class="shortcuts-dialog" aria-labelledby={`${id}-title`}>
      <div class="shortcuts-dialog__head">
        <h2 id={`${id}-title`} class="shortcuts-dialog__title">
          Keyboard shortcuts
        </h2>
        <button
          ref={close}
          type="button"
          class="button button--quiet button--small"
          onClick={() => dialog?.close()}
        >
          Close
        </button>
      </div>
      <For each={shortcutGroups(props)}>
        {(group) => (
          <section class="shortcuts-dialog__group" aria-label={group.title}>
            <h3 class="shortcuts-dialog__group-title">{group.title}</h3>
            <Show when={group.note}>
              {(note) => <p class="shortcuts-dialog__note">{note()}</p>}
            </Show>
            <Show when={group.shortcuts.length}>
              <dl class="shortcuts-dialog__list">
                <For each={group.shortcuts}>
                  {(shortcut) => (
                    <div class="shortcuts-dialog__row">
                      <dt>
                        <For each={shortcut.keys}>
                          {(chord, index) => (
                            <>
                              <Show when={index() > 0}>
                                <span class="shortcuts-dialog__or"> or </span>
                              </Show>
                              <For each={chord}>
                                {(key, part) => (
                                  <>
                                    <Show when={part() > 0}>+</Show>
                                    <kbd>{key}</kbd>
                                  </>
                                )}
                              </For>
                            </>
                          )}
                        </For>
                      </dt>
                      <dd>{shortcut.action}</dd>
                    </div>
                  )}
                </For>
              </dl>
            </Show>
          </section>
        )}
      </For>
    </dialog>
  )
}
