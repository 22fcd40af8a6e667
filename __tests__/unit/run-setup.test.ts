/**
 * The run's scratch folder is named by folderKey: stable for the same directory and environment,
 * different for different ones. It is FNV-1a 64 (truncated to 12 hex digits), checked here against
 * a BigInt reference of the same algorithm and the algorithm's published value for 'a'.
 */
import { describe, expect, it } from '@jest/globals'
import { folderKey } from '../../src/modes/run-setup.js'

function referenceKey(text: string): string {
  let hash = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) {
    hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return hash.toString(16).padStart(16, '0').slice(0, 12)
}

describe('folderKey', () => {
  it('is FNV-1a 64 cut to 12 hex digits', () => {
    expect(folderKey('')).toBe('cbf29ce48422')
    expect(folderKey('a')).toBe('af63dc4c8601')
    const samples = [
      '/home/runner/work/infra\0prod',
      '/w/é/ü\0dev',
      'x'.repeat(500),
      '\uffff\u0000\ud83d\ude00'
    ]
    for (const text of samples) expect(folderKey(text)).toBe(referenceKey(text))
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
