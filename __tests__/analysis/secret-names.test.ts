/**
 * The name heuristic (secret-names.ts) and the one decision about an unmarked string
 * (sensitive-values.ts isSecretString): names that are the secret itself hide strings that look like
 * one; names that only talk about a secret, and numbers, booleans, ids, ARNs and lengths, never hide.
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { hideStringFor, planSecrets } from '../../src/analysis/plan-secrets.js'
import { isSecretName, looksLikeSecretText, nameWords } from '../../src/analysis/secret-names.js'
import { collectSensitiveStrings, isSecretString } from '../../src/analysis/sensitive-values.js'

const SEED = { seed: 20240611, numRuns: 300 }

describe('isSecretName', () => {
  it.each([
    'password',
    'admin_pass',
    'pass',
    'pwd',
    'passcode',
    'passphrase',
    'db_password',
    'adminPassword',
    'DB_PASSWORD',
    'MYSQL_ROOT_PASSWORD',
    'auth.rootPassword',
    'global.postgresql.auth.postgresPassword',
    'dbpassword',
    'password_wo',
    'client_secret',
    'secret',
    'secret_string',
    'secret_key_base',
    'api_token',
    'auth_token',
    'GITHUB_TOKEN',
    'api_key',
    'apikey',
    'ssh_key',
    'tls_key',
    'private_key',
    'tls_private_key_pem',
    'private_key_openssh',
    'access_key',
    'secret_key',
    'AWS_SECRET_ACCESS_KEY',
    'AccountKey',
    'primary_access_key',
    'credentials',
    'dsn',
    'db_connection',
    'connection_string',
    'primary_connection_string',
    'sas'
  ])('%s holds a secret', name => {
    expect(isSecretName(name)).toBe(true)
  })

  it.each([
    'minimum_password_length',
    'password_policy',
    'password_reset_required',
    'password_hash',
    'kms_master_key_id',
    'kms_key_id',
    'kms_key',
    'key_id',
    'key_name',
    'key_pair',
    'public_key',
    'ssh_public_key',
    'public_key_pem',
    'partition_key',
    'sort_key',
    's3_key',
    'key',
    'creation_token',
    'next_token',
    'idempotency_token',
    'token_endpoint',
    'secret_arn',
    'secret_name',
    'secret_id',
    'secret_rotation',
    'secrets_manager_access_role_arn',
    'connection_id',
    'name',
    'tags',
    'description'
  ])('%s does not', name => {
    expect(isSecretName(name)).toBe(false)
  })

  it('splits snake, kebab, dotted and camelCase names into words', () => {
    expect(nameWords('auth.rootPassword')).toEqual(['auth', 'root', 'password'])
    expect(nameWords('HTTPSProxy-Token2')).toEqual(['https', 'proxy', 'token'])
  })

  it('a public last word always wins, whatever secret words come before (property)', () => {
    const secretWord = fc.constantFrom('password', 'secret', 'token', 'private_key', 'api_key', 'pass')
    const publicWord = fc.constantFrom('id', 'arn', 'length', 'policy', 'name', 'version', 'enabled', 'ttl')
    fc.assert(
      fc.property(
        fc.constantFrom('', 'db_', 'master_', 'kms_'),
        secretWord,
        publicWord,
        (prefix, secret, last) => {
          expect(isSecretName(`${prefix}${secret}_${last}`)).toBe(false)
        }
      ),
      SEED
    )
  })
})

describe('looksLikeSecretText', () => {
  it.each(['hunter2', 'Adm1n-pass', '{"user":"a","password":"b"}', 'x'])('%j looks like a secret', text => {
    expect(looksLikeSecretText(text)).toBe(true)
  })

  it.each([
    '',
    '   ',
    'true',
    'False',
    'enabled',
    '14',
    '-3.5',
    'arn:aws:secretsmanager:eu-west-1:123456789012:secret:db-AbCdEf',
    'projects/p/secrets/db/versions/3',
    '/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v/secrets/s',
    '(known after apply)',
    '(sensitive)'
  ])('%j does not', text => {
    expect(looksLikeSecretText(text)).toBe(false)
  })
})

describe('isSecretString: the one decision about an unmarked string', () => {
  it('hides a secret-looking string under a secret name, found through list indexes and JSON steps', () => {
    expect(isSecretString(['password'], 'hunter2')).toBe(true)
    expect(isSecretString(['users', 0, 'password'], 'hunter2')).toBe(true)
    expect(isSecretString(['passwords', 1], 'hunter2')).toBe(true)
    expect(isSecretString(['container_definitions', '{json}', 0, 'secret'], 'hunter2')).toBe(true)
  })

  it('never hides public values under names that only talk about a secret', () => {
    expect(isSecretString(['minimum_password_length'], '14')).toBe(false)
    expect(isSecretString(['kms_master_key_id'], 'arn:aws:kms:eu-west-1:1:key/abc')).toBe(false)
    expect(isSecretString(['creation_token'], 'my-efs-token')).toBe(false)
    expect(isSecretString(['password_policy'], '{"Version":"2012-10-17"}')).toBe(false)
    expect(isSecretString(['public_key'], 'ssh-ed25519 AAAAC3Nz')).toBe(false)
    expect(isSecretString(['password'], 'true')).toBe(false)
    expect(isSecretString(['secret'], 'arn:aws:secretsmanager:r:1:secret:x')).toBe(false)
  })

  it('hides a whole string that is a secret by shape, whatever its name', () => {
    expect(isSecretString(['note'], 'AKIAIOSFODNN7EXAMPLE')).toBe(true)
    expect(isSecretString(['note'], '  AKIAIOSFODNN7EXAMPLE ')).toBe(true)
    expect(isSecretString(['note'], 'key AKIAIOSFODNN7EXAMPLE inside')).toBe(false)
  })

  it('hideStringFor adds the plan’s collected secrets (pairs, marked copies) to the decision', () => {
    const secrets = planSecrets(new Set(['Helm-root-41', 'Q9']))
    const hide = hideStringFor(secrets)
    expect(hide(['set', 0, 'value'], 'Helm-root-41')).toBe(true)
    expect(hide(['output', 'code2'], 'Q9')).toBe(true)
    expect(hide(['name'], 'web')).toBe(false)
    expect(hideStringFor()(['password'], 'hunter2')).toBe(true)
  })

  it('numbers and booleans under secret names are never collected by name (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('password', 'db_password', 'api_token', 'client_secret'),
        fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.boolean()),
        (name, value) => {
          const sink = new Set<string>()
          collectSensitiveStrings({ [name]: value, [`${name}s`]: [value] }, undefined, sink)
          expect(sink.size).toBe(0)
        }
      ),
      SEED
    )
  })
})
