/**
 * Detection by value (secret-shapes.ts): each documented shape is found under any name and yields
 * only its secret part; look-alikes that are not secrets (certificates, public keys, URLs without a
 * password, short prefixes) are left alone. Example credentials are built from pieces so this file
 * holds nothing a secret scanner would flag.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { findSecretShapes, isSecretShape, SECRET_SHAPES } from '../../src/analysis/secret-shapes.js'

const SEED = { seed: 20240612, numRuns: 200 }
const join = (...parts: string[]): string => parts.join('')

const PEM_KEY = [
  join('-----BEGIN', ' RSA PRIVATE KEY-----'),
  'MIIEowIBAAKCAQEAfakefakefakefake0001',
  'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
  join('-----END', ' RSA PRIVATE KEY-----')
].join('\n')

/** Each shape: a value holding a secret, and the secret part it must yield. */
const EXAMPLES: [string, string, string][] = [
  ['PEM private key', `key:\n${PEM_KEY}\n`, PEM_KEY],
  ['AWS access key id', join('id=', 'AKIA', 'IOSFODNN7EXAMPLE;'), join('AKIA', 'IOSFODNN7EXAMPLE')],
  [
    'GitHub token',
    join('token ', 'ghp_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'),
    join('ghp_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8')
  ],
  [
    'GitHub fine-grained token',
    join('github_pat_', '11ABCDEFG0123456789_abcdefghijklmnop'),
    join('github_pat_', '11ABCDEFG0123456789_abcdefghijklmnop')
  ],
  ['GitLab token', join('glpat-', 'xxxxXXXXxxxxXXXXxxxx1'), join('glpat-', 'xxxxXXXXxxxxXXXXxxxx1')],
  ['Slack token', join('xoxb-', '1234567890-abcdefghij'), join('xoxb-', '1234567890-abcdefghij')],
  [
    'Slack webhook',
    join('https://hooks.slack.com/services/', 'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'),
    'T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX'
  ],
  [
    'Discord webhook',
    join('https://discord.com/api/webhooks/', '123456789/abcdefghijklmnopQRSTUV'),
    '123456789/abcdefghijklmnopQRSTUV'
  ],
  [
    'Google API key',
    join('AIza', 'SyA1234567890abcdefghijklmnopqrstuv'),
    join('AIza', 'SyA1234567890abcdefghijklmnopqrstuv')
  ],
  [
    'Stripe secret key',
    join('sk_', 'live_', '0123456789abcdefABCDEF'),
    join('sk_', 'live_', '0123456789abcdefABCDEF')
  ],
  [
    'npm token',
    join('npm_', 'abcdefghijklmnopqrstuvwxyz0123456789'),
    join('npm_', 'abcdefghijklmnopqrstuvwxyz0123456789')
  ],
  [
    'SendGrid key',
    join('SG.', 'abcdefghijklmnopqrstuv', '.', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG'),
    join('SG.', 'abcdefghijklmnopqrstuv', '.', 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG')
  ],
  [
    'JWT',
    join('Authorization: ', 'eyJhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiJ4In0', '.', 'abcdefghijklmnop_qrstu'),
    join('eyJhbGciOiJIUzI1NiJ9', '.', 'eyJzdWIiOiJ4In0', '.', 'abcdefghijklmnop_qrstu')
  ],
  ['password in a URL', 'postgres://app:S3cret-pw@db.internal:5432/app', 'S3cret-pw'],
  [
    'URL signature',
    'https://acct.blob.core.windows.net/c/b?sv=2020&sig=AbCdEfGhIjKlMnOpQr%3D',
    'AbCdEfGhIjKlMnOpQr%3D'
  ],
  ['bearer token', 'curl -H "Authorization: Bearer abcdefghijklmnop.qrstuv"', 'abcdefghijklmnop.qrstuv'],
  ['connection string password', 'Server=db;User=app;Password=ConnStr-37;', 'ConnStr-37'],
  [
    'Azure account key',
    'DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy+/==;',
    'Zm9vYmFy+/=='
  ],
  ['env file', 'export PORT=8080\nexport DB_PASSWORD=env-file-pw\n', 'env-file-pw'],
  ['YAML', 'users:\n  - name: app\n    password: "yaml-pw-1"\n', 'yaml-pw-1'],
  ['query string', 'https://api.example/v1?access_token=qs-token-123&page=2', 'qs-token-123']
]

describe('findSecretShapes', () => {
  it.each(EXAMPLES)('%s: yields the secret part', (_name, text, secret) => {
    expect(findSecretShapes(text)).toContain(secret)
  })

  it('every documented shape has an example above', () => {
    const covered = new Set(EXAMPLES.map(([name]) => name))
    for (const shape of SECRET_SHAPES)
      expect([...covered].some(name => name.startsWith(shape.name))).toBe(true)
  })

  it('a PEM key yields each line of its body too, also when its line breaks are JSON escapes', () => {
    const found = findSecretShapes(PEM_KEY)
    expect(found).toEqual(
      expect.arrayContaining(['MIIEowIBAAKCAQEAfakefakefakefake0001', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'])
    )
    const escaped = JSON.stringify({ private_key: PEM_KEY })
    expect(findSecretShapes(escaped)).toContain('MIIEowIBAAKCAQEAfakefakefakefake0001')
  })

  it.each([
    ['a certificate', join('-----BEGIN', ' CERTIFICATE-----\nMIIBfakecert\n-----END', ' CERTIFICATE-----')],
    ['a public key', join('-----BEGIN', ' PUBLIC KEY-----\nMIIBfakepub\n-----END', ' PUBLIC KEY-----')],
    ['an ssh public key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPublicOnly user@host'],
    ['a URL without a password', 'https://user@example.com:8443/path?x=1'],
    ['a short AWS-like prefix', 'AKIA123'],
    ['a region', 'asia-east1'],
    ['a public setting', 'password_min_length=14; token_url=https://x/token'],
    ['an ARN under a secret name', 'secret=arn:aws:secretsmanager:r:1:secret:x']
  ])('%s is not a secret', (_name, text) => {
    expect(findSecretShapes(text)).toEqual([])
  })

  it('is found anywhere in longer text, whatever surrounds it (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLES),
        fc.string(),
        fc.string(),
        ([, text, secret], before, after) => {
          expect(findSecretShapes(`${before} ${text} ${after}`)).toContain(secret)
        }
      ),
      SEED
    )
  })
})

describe('isSecretShape', () => {
  it('is true only when the whole value is one secret', () => {
    expect(isSecretShape(join('ghp_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'))).toBe(true)
    expect(isSecretShape(PEM_KEY)).toBe(true)
    expect(isSecretShape('postgres://app:S3cret-pw@db/app')).toBe(false)
  })
})
