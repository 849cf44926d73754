export { anchorAll } from './anchor-all'
export {
  anchorTarget,
  ORPHAN_REASONS,
  type AnchorableTarget,
  type AnchorOptions,
  type AnchorResult,
} from './anchor-target'
export { describeSpan } from './describe-span'
