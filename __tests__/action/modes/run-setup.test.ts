/** The run's scratch folder is named by folderKey: stable for the same directory and environment, different otherwise. */
import { describe, expect, it } from '@jest/globals'
import { folderKey } from '../../../src/action/modes/run-setup.js'

describe('folderKey', () => {
  it('keeps the same folder for the same directory and environment, and separates different ones', () => {
    expect(folderKey('/w/infra\0prod')).toBe(folderKey('/w/infra\0prod'))
    const keys = new Set(
      ['/w/infra\0prod', '/w/infra\0dev', '/w/infra2\0prod', '/w/infr\0aprod', '/w/é/ü\0dev'].map(folderKey)
    )
    expect(keys.size).toBe(5)
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{12}$/)
  })
})
