/**
 * Module slugs go into artifact names in a matrix: two folders must never share one, and no slug
 * may hold a character GitHub refuses in an artifact name.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { unsafePathReason } from '../../src/discovery/paths.js'
import { moduleSlug, ROOT_SLUG } from '../../src/discovery/slug.js'

/** What actions/upload-artifact refuses in a name. */
const ARTIFACT_NAME_FORBIDDEN = /[":<>|*?\r\n\\/]/

/** Folder names discovery hands on: segments of letters, digits, `_`, `.`, `-` (not first), never `.` or `..`. */
const segment = fc
  .tuple(
    fc.constantFrom('a', 'b', '_', '.', '0', 'é'),
    fc.array(fc.constantFrom('a', '-', '_', '.', 'b'), { maxLength: 5 })
  )
  .map(([first, rest]) => first + rest.join(''))
  .filter(text => text !== '.' && text !== '..')
const folder = fc.array(segment, { minLength: 1, maxLength: 4 }).map(parts => parts.join('/'))

describe('moduleSlug', () => {
  it('turns folders into readable words', () => {
    expect(moduleSlug('environments/prod')).toBe('environments-prod')
    expect(moduleSlug('services/web-api/eu')).toBe('services-web--api-eu')
    expect(moduleSlug('infra')).toBe('infra')
    expect(moduleSlug('.')).toBe(ROOT_SLUG)
  })

  it('keeps apart folders that a plain / → - would merge', () => {
    const folders = ['a/b-c', 'a-b/c', 'a-b-c', 'a/b/c', 'a--b/c', 'a-/b']
    const slugs = folders.map(moduleSlug)
    expect(new Set(slugs).size).toBe(folders.length)
  })

  it('is one-to-one over every folder discovery can output, and never forms a forbidden artifact name', () => {
    fc.assert(
      fc.property(fc.uniqueArray(folder, { minLength: 2, maxLength: 12 }), folders => {
        const safe = ['.', ...folders.filter(path => unsafePathReason(path) === undefined)]
        const slugs = safe.map(moduleSlug)
        expect(new Set(slugs).size).toBe(safe.length)
        for (const slug of slugs) {
          expect(slug).not.toMatch(ARTIFACT_NAME_FORBIDDEN)
          expect(slug.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 }
    )
  })
})
