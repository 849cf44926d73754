import {
  Match,
  Show,
  Switch,
  createEffect,
  createMemo,
  createSignal,
  onCleanup,
  untrack,
} from 'solid-js'
import { createStore } from 'solid-js/store'
import type { BriefingPreview, BriefingRequest } from '../../../../shared/model/briefing'
import { useApi } from '../../api-context'
import { groupWarnings } from '../../briefing/completeness'
import {
  FALLBACK_TITLE,
  defaultOptions,
  requestFromOptions,
  todayIso,
  type ComposerOptions,
} from '../../briefing/composer-options'
import { createLatestLoader } from '../../briefing/latest-loader'
import { documentStamp, sameRequest } from '../../briefing/preview-inputs'
import { createLibraryStore } from '../../stores/library-store'
import { useWorkspace } from '../../workspace-context'
import { ErrorPanel } from '../ErrorPanel'
import { PageHeader } from '../PageHeader'
import { ArticleChoice } from './ArticleChoice'
import { CompletenessCheck } from './CompletenessCheck'
import { ExportPanel } from './ExportPanel'
import { NothingAnnotated } from './NothingAnnotated'
import { OutlinePreview } from './OutlinePreview'
import { PackContents } from './PackContents'
import { PackDetails } from './PackDetails'
import { TagChoice } from './TagChoice'

// Long enough to wait out a run of keystrokes or ticks, short enough to feel live.
const PREVIEW_DELAY_MS = 250

/** The briefing pack composer: options, a live outline, the completeness check and Export. */
export function Composer() {
  const api = useApi()
  const { annotations, codebook, session } = useWorkspace()
  const { summaries, reload } = createLibraryStore(api)
  const today = todayIso(new Date())
  const [options, setOptions] = createStore<ComposerOptions>(defaultOptions(today))
  const [preview, setPreview] = createSignal<BriefingPreview | null>(null)
  const [previewError, setPreviewError] = createSignal<unknown>(null)
  const [updating, setUpdating] = createSignal(false)

  // Reading a failed resource throws; the error is shown by the Switch below instead.
  const library = () => (summaries.error ? undefined : summaries())
  const ready = () => library() !== undefined && annotations.state.loaded
  const requestFor = (proposedTitle: string | null) =>
    requestFromOptions(options, {
      libraryIds: (library() ?? []).map((s) => s.id),
      tagIds: codebook.state.tags.map((t) => t.id),
      proposedTitle,
      today,
    })
  // The preview's title never waits on the preview itself: that would ask twice.
  const previewRequest = createMemo(() => requestFor(null), undefined, { equals: sameRequest })
  const proposedTitle = () => preview()?.proposedTitle || FALLBACK_TITLE
  const exportRequest = () => requestFor(proposedTitle())

  const loader = createLatestLoader({
    load: (request: BriefingRequest) => api['briefing:preview'](request),
    delayMs: PREVIEW_DELAY_MS,
    onResult: (next) => {
      setPreview(next)
      setPreviewError(null)
    },
    onError: (error) => setPreviewError(() => error),
    onBusy: setUpdating,
  })
  onCleanup(() => loader.dispose())
  createEffect(() => {
    const request = previewRequest()
    documentStamp(annotations.state.items, codebook.state.tags, codebook.state.speakers)
    if (!ready()) return
    // The first outline is asked for at once; later ones wait for changes to settle.
    if (untrack(preview) === null) loader.now(request)
    else loader.schedule(request)
  })

  const nothingAnnotated = () => annotations.state.items.length === 0
  const checkGroups = createMemo(() =>
    groupWarnings(preview()?.warnings ?? [], annotations.state.items),
  )
  const set = (patch: Partial<ComposerOptions>) => setOptions(patch)

  return (
    <main id="main" class="page page--briefing" aria-labelledby="briefing-heading">
      <PageHeader id="briefing-heading" title="Briefing pack">
        Gather your highlights into a PDF to take to a seminar: choose what goes in, check it, and
        export.
      </PageHeader>
      <Switch>
        <Match when={summaries.error as unknown}>
          {(error) => <ErrorPanel what="the library" error={error()} onRetry={reload} />}
        </Match>
        <Match when={!ready()}>
          <p class="loading" role="status">
            Opening the composer…
          </p>
        </Match>
        <Match when={library()}>
          {(articles) => (
            <div class="briefing">
              <div class="briefing__options">
                <PackDetails options={options} proposedTitle={proposedTitle()} onChange={set} />
                <ArticleChoice
                  articles={articles()}
                  excluded={options.excludedArticleIds}
                  onChange={(excludedArticleIds) => setOptions({ excludedArticleIds })}
                />
                <TagChoice
                  tags={codebook.state.tags}
                  chosen={options.tagIds}
                  onChange={(tagIds) => setOptions({ tagIds })}
                />
                <PackContents options={options} onChange={set} />
              </div>
              <div class="briefing__pack">
                <Show when={!nothingAnnotated()} fallback={<NothingAnnotated />}>
                  <OutlinePreview
                    title={exportRequest().title}
                    preview={preview()}
                    updating={updating()}
                    error={previewError()}
                    onRetry={() => loader.now(previewRequest())}
                  />
                  <CompletenessCheck
                    groups={checkGroups()}
                    onMerge={(merge) =>
                      void session
                        .attempt(() => annotations.merge(merge.keepId, merge.otherIds))
                        .then((kept) => {
                          if (kept) {
                            session.say(
                              `Merged ${merge.otherIds.length + 1} highlights into one. Undo brings them back.`,
                            )
                          }
                        })
                    }
                  />
                </Show>
                <ExportPanel
                  request={exportRequest()}
                  readiness={{
                    annotationCount: annotations.state.items.length,
                    chosenArticles: previewRequest().articleIds.length,
                    entryCount: preview()?.entryCount ?? null,
                  }}
                />
              </div>
            </div>
          )}
        </Match>
      </Switch>
    </main>
  )
}
