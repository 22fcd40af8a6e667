/**
 * The run's scratch folder is named by folderKey: stable for the same directory and environment,
 * different for different ones. It is FNV-1a 64 (truncated to 12 hex digits), checked here against
 * the algorithm's published test vectors.
 */
import { describe, expect, it } from '@jest/globals'
import { folderKey } from '../../src/modes/run-setup.js'

describe('folderKey', () => {
  it('is FNV-1a 64 cut to 12 hex digits', () => {
    // Published FNV-1a 64 values: '' 0xcbf29ce484222325, 'a' 0xaf63dc4c8601ec8c, 'foobar' 0x85944171f73967e8.
    expect(folderKey('')).toBe('cbf29ce48422')
    expect(folderKey('a')).toBe('af63dc4c8601')
    expect(folderKey('foobar')).toBe('85944171f739')
    for (const text of ['/w/é/ü\0dev', 'x'.repeat(500), '\uffff\u0000\ud83d\ude00']) {
      expect(folderKey(text)).toMatch(/^[0-9a-f]{12}$/)
      expect(folderKey(text)).toBe(folderKey(text.slice(0)))
    }
  })

  it('keeps the same folder for the same directory and environment, and separates different ones', () => {
    expect(folderKey('/w/infra\0prod')).toBe(folderKey('/w/infra\0prod'))
    const keys = new Set(
      ['/w/infra\0prod', '/w/infra\0dev', '/w/infra2\0prod', '/w/infr\0aprod'].map(folderKey)
    )
    expect(keys.size).toBe(4)
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{12}$/)
  })
})
