import { createMemo, createSignal, type Accessor } from 'solid-js'
import {
  NO_FILTER,
  filterViews,
  type AnnotationFilter,
  type AnnotationView,
} from '../../annotations/annotation-view'
import { useWorkspace } from '../../workspace-context'
import { isFiltering, pruneFilter } from './filter-model'

/**
 * A list's filter, as the reader's panel and the overview hold it: session state of the list.
 * `filter` is what applies, without tags the codebook no longer has (a tag deleted or merged
 * meanwhile); `shown` is the views that pass it.
 */
export function createViewFilter(views: Accessor<readonly AnnotationView[]>) {
  const { codebook } = useWorkspace()
  const [chosen, setFilter] = createSignal<AnnotationFilter>(NO_FILTER)
  const filter = createMemo(() => pruneFilter(chosen(), codebook.state.tags))
  const shown = createMemo(() => filterViews(views(), filter()))
  const filtering = () => isFiltering(filter())
  return { filter, setFilter, shown, filtering }
}
