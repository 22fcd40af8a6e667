import { describe, expect, it } from '@jest/globals'
import { parseFmtOutput } from '../../src/parse/fmt-output.js'
import { codeFence } from '../../src/render/escape.js'
import { makeRepo, terraform } from '../helpers/tf-workspace.js'

describe('parseFmtOutput on real terraform fmt -check -recursive -diff output', () => {
  it('lists each unformatted file once with its own diff', () => {
    const root = makeRepo({
      'main.tf': 'variable "x" {\n     type = string\n  default = "a"\n}\n',
      'mod/b.tf': 'locals {\n   y   = 1\n}\n',
      'clean.tf': 'locals {\n  z = 2\n}\n'
    })
    const run = terraform(root, ['fmt', '-check', '-recursive', '-diff', '-no-color'])
    expect(run.status).not.toBe(0)
    const files = parseFmtOutput(run.stdout)
    expect(files.map(f => f.file)).toEqual(['main.tf', 'mod/b.tf'])
    expect(files[0].diff).toMatch(/^--- old\/main\.tf\n\+\+\+ new\/main\.tf\n@@/)
    expect(files[0].diff).toContain('-     type = string')
    expect(files[0].diff).not.toContain('mod/b.tf')
    expect(files[1].diff).toContain('+  y = 1')
  })

  it('does not mistake diff lines that look like file names or headers for new files', () => {
    // A heredoc whose content reads like fmt's own output; only the indentation is wrong.
    const root = makeRepo({
      'tricky.tf': [
        'locals {',
        '   text = <<EOT',
        'other.tf',
        '--- old/fake.tf',
        '+++ new/fake.tf',
        'EOT',
        '}',
        ''
      ].join('\n')
    })
    const files = parseFmtOutput(
      terraform(root, ['fmt', '-check', '-recursive', '-diff', '-no-color']).stdout
    )
    expect(files.map(f => f.file)).toEqual(['tricky.tf'])
    expect(files[0].diff).toContain(' other.tf')
  })

  it('returns nothing for clean output and keeps names printed without -diff', () => {
    expect(parseFmtOutput('')).toEqual([])
    expect(parseFmtOutput('a.tf\nsub/b.tf\n')).toEqual([
      { file: 'a.tf', diff: '' },
      { file: 'sub/b.tf', diff: '' }
    ])
  })
})

describe('codeFence', () => {
  it('is longer than any backtick run in the text', () => {
    expect(codeFence('plain')).toBe('```')
    expect(codeFence('a ```` b')).toBe('`````')
  })
})
