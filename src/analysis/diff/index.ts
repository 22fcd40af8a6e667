/**
 * The structural diff of plan values (pure): diffResourceChange builds the tree, resourceGroupKey and
 * leafChanges group identical changes, keyAttributes picks what a reviewer checks on creates and deletes.
 */
export { diffResourceChange, secretScrubber } from './diff-change.js'
export { scrubDiffTree, scrubShown, secretPieceFinder } from './scrub-tree.js'
export {
  ANY_ELEMENT,
  leafChanges,
  replacementCauses,
  resourceGroupKey,
  withoutLeaves,
  type LeafChange
} from './group.js'
export { IDENTITY_FIELDS } from './lists.js'
export {
  createKeyAttributes,
  deleteKeyAttributes,
  KEY_ATTRIBUTES,
  keyAttributes,
  type KeyAttribute,
  type KeyAttributeLimits,
  type KeyAttributeRule,
  type KeyConcern
} from './key-attributes.js'
export * from './types.js'
