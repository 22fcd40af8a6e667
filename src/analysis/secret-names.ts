/**
 * Names that hold a secret: an attribute, map key, output, variable or name/value pair whose value
 * is the secret itself (`password`, `client_secret`, `ssh_key`, `DB_PASSWORD`), as opposed to names
 * that only talk about a secret (`minimum_password_length`, `kms_master_key_id`, `creation_token`,
 * `password_policy`, `public_key`). The name alone never hides a value: see isSecretString, which
 * also asks whether the value looks like a secret.
 */

/** A name whose last word is one of these holds something public about a secret: ids, ARNs, lengths, policies, settings. */
const PUBLIC_LAST_WORDS = new Set(
  (
    'id ids arn arns ocid name names length len count min max minimum maximum size type types kind ' +
    'version versions enabled enable disabled disable required policy policies rotation rotate period ' +
    'days hours minutes seconds ttl age expiry expiration expires expire at time timestamp date created ' +
    'updated algorithm alg format mode status state path paths file filename location url urls uri ' +
    'uris endpoint endpoints host hostname port address domain fingerprint checksum md5 sha sha1 sha256 ' +
    'hash digest ref reference references source sources config configuration settings setting options ' +
    'option rule rules strength complexity reuse history prevention attempts retries field fields prefix ' +
    'suffix label labels description tags tag group groups role roles user username users login email ' +
    'principal owner account region zone manager provider backend engine mount bucket table identifier ' +
    'identity header headers template schedule window interval timeout notification notifications scope ' +
    'scopes audience issuer subject usage spec strategy method methods protocol encoding level tier class ' +
    'flag flags metadata annotations arguments parameter parameters store reader writer hint hints ' +
    'length_min length_max lifetime validity duration window enforced enforcement behavior behaviour'
  ).split(' ')
)

/** A name whose last word is one of these is the secret itself. */
const SECRET_LAST_WORDS = new Set(
  (
    'password passwords passwd pass pwd passcode passphrase secret secrets token tokens credential ' +
    'credentials creds dsn apikey psk sas connection connstr connectionstring privatekey secretkey'
  ).split(' ')
)

/** Glued words that end like a secret word (`dbpassword`, `clientsecret`, `authtoken`). */
const SECRET_WORD_ENDINGS = [
  'password',
  'passwd',
  'passphrase',
  'passcode',
  'secret',
  'token',
  'credential',
  'credentials',
  'apikey',
  'privatekey',
  'secretkey',
  'accesskey',
  'connectionstring'
]

/** These words anywhere make the name a secret's (`secret_string`, `secret_key_base`), unless it ends publicly. */
const SECRET_ANYWHERE = new Set(['password', 'passwd', 'passphrase', 'secret', 'credential', 'credentials'])

/** Words after the secret that only say how it is stored (`private_key_pem`, `secret_string`, `password_wo`). */
const STORAGE_WORDS = new Set(
  'value string data text plain plaintext raw content pem b64 base64 hex json wo der openssh bytes binary'.split(
    ' '
  )
)

/** `<word>_key` holds a private key or credential for these words; `kms_key`, `partition_key`, `s3_key` are not listed. */
const SECRET_KEY_QUALIFIERS = new Set(
  (
    'ssh tls ssl private secret api access client account storage primary secondary master signing sign ' +
    'encryption auth shared root admin service subscription function hmac session cookie app application ' +
    'deploy consumer webhook license gpg pgp rsa ecdsa ed25519 host instrumentation recovery unseal'
  ).split(' ')
)

/** `<word>_token` is public for these words: idempotency and pagination tokens (`creation_token`, `next_token`). */
const PUBLIC_TOKEN_QUALIFIERS = new Set(
  'creation idempotency continuation next page pagination sync request resume'.split(' ')
)

/** Words of a name: snake, kebab, dotted and camelCase split, lower-cased, trailing digits dropped. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map(word => word.replace(/\d+$/, ''))
    .filter(word => word !== '')
}

const cache = new Map<string, boolean>()
/** Plans repeat the same few hundred names; a hostile plan with millions of distinct ones only stops being cached. */
const CACHE_SIZE = 20_000

/**
 * True when a value stored under `name` is the secret itself: `password`, `admin_pass`, `pwd`,
 * `passcode`, `client_secret`, `secret_string`, `api_token`, `ssh_key`, `tls_private_key_pem`, `dsn`,
 * `db_connection`, `connection_string`, `DB_PASSWORD`, `auth.rootPassword`. False for names that end
 * in a public word (`kms_master_key_id`, `minimum_password_length`, `password_policy`, `secret_arn`),
 * for public keys (`public_key`, `key_name`, `key_pair`) and idempotency tokens (`creation_token`).
 */
export function isSecretName(name: string | number): boolean {
  if (typeof name !== 'string' || name === '') return false
  const cached = cache.get(name)
  if (cached !== undefined) return cached
  const answer = decide(nameWords(name))
  if (cache.size < CACHE_SIZE) cache.set(name, answer)
  return answer
}

function decide(allWords: string[]): boolean {
  if (allWords.length === 0 || allWords.includes('public')) return false
  if (PUBLIC_LAST_WORDS.has(allWords[allWords.length - 1])) return false
  const words = [...allWords]
  while (words.length > 1 && STORAGE_WORDS.has(words[words.length - 1])) words.pop()
  const last = words[words.length - 1]
  const before = words.slice(0, -1)
  if (last === 'key' || last === 'keys') return before.some(word => SECRET_KEY_QUALIFIERS.has(word))
  if (last === 'token' || last === 'tokens') return !before.some(word => PUBLIC_TOKEN_QUALIFIERS.has(word))
  if (SECRET_LAST_WORDS.has(last)) return true
  if (SECRET_WORD_ENDINGS.some(ending => last.length > ending.length && last.endsWith(ending))) return true
  return words.some(word => SECRET_ANYWHERE.has(word))
}

/** Resource ids that merely name a secret: ARNs, GCP resource names, Azure resource ids, key vault URLs. */
const RESOURCE_ID =
  /^(?:arn:|projects\/|organizations\/|folders\/|\/subscriptions\/|https:\/\/[\w-]+\.vault\.azure\.net\/)/i

/** Words a setting takes, never a secret. */
const SETTING_WORDS = /^(?:true|false|yes|no|on|off|null|none|enabled|disabled|required|optional)$/i

/** What Terraform and infra-guard write in place of a value. */
const PLACEHOLDERS = new Set(['(known after apply)', '(sensitive)', '(sensitive value)'])

/**
 * True when a string under a secret's name looks like the secret rather than a setting or a
 * reference: not empty, not a number or a setting word, not an ARN or another resource id. The name
 * heuristic hides only such strings, never numbers, booleans or ids.
 */
export function looksLikeSecretText(value: string): boolean {
  const text = value.trim()
  if (text === '' || PLACEHOLDERS.has(text) || SETTING_WORDS.test(text)) return false
  if (/^[-+]?\d+(?:\.\d+)?$/.test(text)) return false
  return !RESOURCE_ID.test(text)
}
