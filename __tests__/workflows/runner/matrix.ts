/**
 * `strategy.matrix` expansion as GitHub documents it: the cartesian product of the vectors in key
 * order, then `exclude` (an entry removes every combination it partially matches), then `include`
 * (an entry extends every combination whose original values it does not overwrite, or becomes a
 * combination of its own when it extends none).
 */

export type MatrixValue = unknown
export type Combination = Record<string, MatrixValue>

/** GitHub's cap on jobs one matrix may generate. */
export const MAX_MATRIX_JOBS = 256

/** Thrown for a matrix GitHub would refuse; the message says why. */
export class MatrixError extends Error {}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** Expands an evaluated `strategy.matrix` value into its combinations, in GitHub's order. */
export function expandMatrix(matrix: unknown): Combination[] {
  if (matrix === null || typeof matrix !== 'object' || Array.isArray(matrix)) {
    throw new MatrixError(`strategy.matrix must be a mapping, got ${JSON.stringify(matrix)}`)
  }
  const { include, exclude, ...vectors } = matrix as Record<string, unknown>
  const includes = listOfObjects(include, 'include')
  const excludes = listOfObjects(exclude, 'exclude')
  let combinations: Combination[] = [{}]
  const keys = Object.keys(vectors)
  for (const key of keys) {
    const values = vectors[key]
    if (!Array.isArray(values)) {
      throw new MatrixError(`matrix vector '${key}' must be a list, got ${JSON.stringify(values)}`)
    }
    if (values.length === 0) throw new MatrixError(`matrix vector '${key}' does not contain any values`)
    combinations = combinations.flatMap(combination =>
      values.map(value => ({ ...combination, [key]: value }))
    )
  }
  if (keys.length === 0) combinations = []
  for (const entry of excludes) {
    for (const key of Object.keys(entry)) {
      if (!keys.includes(key)) throw new MatrixError(`matrix exclude names '${key}', which is not a vector`)
    }
    combinations = combinations.filter(
      combination => !Object.entries(entry).every(([key, value]) => same(combination[key], value))
    )
  }
  const originals = combinations.map(combination => ({ ...combination }))
  const extraRows: Combination[] = []
  for (const entry of includes) {
    let extended = false
    combinations.forEach((combination, index) => {
      const original = originals[index]
      const overwritesOriginal = Object.entries(entry).some(
        ([key, value]) => key in original && !same(original[key], value)
      )
      if (overwritesOriginal) return
      Object.assign(combination, entry)
      extended = true
    })
    if (!extended) extraRows.push({ ...entry })
  }
  const all = [...combinations, ...extraRows]
  if (all.length === 0) {
    throw new MatrixError(
      'the matrix expands to no jobs (every vector is empty or every combination excluded)'
    )
  }
  if (all.length > MAX_MATRIX_JOBS) {
    throw new MatrixError(`the matrix expands to ${all.length} jobs; GitHub allows ${MAX_MATRIX_JOBS}`)
  }
  return all
}

function listOfObjects(value: unknown, name: string): Combination[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value))
    throw new MatrixError(`matrix ${name} must be a list, got ${JSON.stringify(value)}`)
  return value.map(item => {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new MatrixError(`matrix ${name} entries must be mappings, got ${JSON.stringify(item)}`)
    }
    return item as Combination
  })
}

/** The display suffix GitHub gives a matrix job: its values in order, e.g. `(dev, infra)`. */
export function combinationLabel(combination: Combination): string {
  const parts = Object.values(combination).map(value =>
    value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value)
  )
  return parts.length > 0 ? `(${parts.join(', ')})` : ''
}
