/**
 * The rules infra-guard ships, compiled into the same shape as user rules:
 *   public-database      deny  publicly_accessible = true on RDS, Aurora, Redshift, DMS
 *   unencrypted-storage  deny  storage_encrypted = false (RDS/Aurora), encrypted = false (EBS, root and EBS block devices)
 *   open-ingress         warn  ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443 (AWS, Google, Azure)
 *   required-tags        warn  taggable resources missing any of the required tags
 */
import { checkPath, combineOutcomes, resolvePath, type Outcome } from '../attribute-path.js'
import { matchesGlob } from '../glob.js'
import type { EffectivePolicy, RuleOp } from '../types.js'

/** A rule ready to run over planned values; `detail` names what is missing (never a value). */
export interface CompiledRule {
  id: string
  severity: 'warn' | 'deny'
  message: string
  remedy: string
  appliesTo(type: string): boolean
  check(after: unknown, afterUnknown: unknown, type: string): { outcome: Outcome; detail?: string }
}

type PathCheck = { path: string; op: RuleOp; value: unknown }

function pathRule(
  id: string,
  severity: 'warn' | 'deny',
  message: string,
  remedy: string,
  checks: Record<string, PathCheck[]>
): CompiledRule {
  return {
    id,
    severity,
    message,
    remedy,
    appliesTo: type => type in checks,
    check: (after, afterUnknown, type) => ({
      outcome: combineOutcomes(
        checks[type].map(item => checkPath(after, afterUnknown, item.path, item.op, item.value))
      )
    })
  }
}

const notPublic: PathCheck[] = [{ path: 'publicly_accessible', op: 'not_equals', value: true }]
const storageEncrypted: PathCheck[] = [{ path: 'storage_encrypted', op: 'not_equals', value: false }]
const blockDevices: PathCheck[] = [
  { path: 'root_block_device.encrypted', op: 'not_equals', value: false },
  { path: 'ebs_block_device.encrypted', op: 'not_equals', value: false }
]

/** The built-in rules with the policy's required tags. */
export function builtinRules(policy: EffectivePolicy): CompiledRule[] {
  return [
    pathRule(
      'public-database',
      'deny',
      'Databases must not be publicly accessible (publicly_accessible = true).',
      'Set publicly_accessible = false and reach the database through private networking, or lower the rule with rule_severity.',
      {
        aws_db_instance: notPublic,
        aws_rds_cluster_instance: notPublic,
        aws_redshift_cluster: notPublic,
        aws_dms_replication_instance: notPublic
      }
    ),
    pathRule(
      'unencrypted-storage',
      'deny',
      'Storage must be encrypted at rest (storage_encrypted / encrypted = false).',
      'Set storage_encrypted = true (RDS/Aurora) or encrypted = true (EBS volumes and block devices).',
      {
        aws_db_instance: storageEncrypted,
        aws_rds_cluster: storageEncrypted,
        aws_docdb_cluster: storageEncrypted,
        aws_ebs_volume: [{ path: 'encrypted', op: 'not_equals', value: false }],
        aws_instance: blockDevices,
        aws_launch_configuration: blockDevices,
        aws_launch_template: [{ path: 'block_device_mappings.ebs.encrypted', op: 'not_equals', value: false }]
      }
    ),
    openIngressRule(),
    requiredTagsRule(policy.requiredTags)
  ]
}

const OPEN_CIDRS = ['0.0.0.0/0', '::/0']
const OPEN_AZURE_SOURCES = ['*', '0.0.0.0/0', '::/0', 'internet', 'any']
const WEB_PORTS = [80, 443]
type Ports = [number, number][]
const ALL_PORTS: Ports = [[0, 65535]]

/** One value at a path, or 'unknown'. */
function read(after: unknown, afterUnknown: unknown, path: string): unknown {
  const leaves = resolvePath(after, afterUnknown, path)
  if (leaves.some(leaf => leaf.unknown)) return UNKNOWN
  return leaves.length === 1
    ? (leaves[0] as { value: unknown }).value
    : leaves.map(leaf => (leaf as { value: unknown }).value)
}
const UNKNOWN = Symbol('known after apply')

function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? value : [value]
}

/** A port text: "22", "1000-2000", "*" (all). */
function portRange(text: unknown): [number, number] {
  const raw = String(text).trim()
  if (raw === '*' || raw === '') return [0, 65535]
  const [from, to] = raw.split('-').map(Number)
  return [from, Number.isNaN(to) || to === undefined ? from : to]
}

function onlyWebPorts(ports: Ports): boolean {
  return ports.every(([from, to]) => from === to && WEB_PORTS.includes(from))
}

/** Judges one ingress: sources and ports may each be unknown. */
function judgeIngress(sources: unknown, ports: Ports | typeof UNKNOWN): Outcome {
  if (sources === UNKNOWN) return 'unknown'
  const open = asList(sources).some(
    source =>
      OPEN_CIDRS.includes(String(source).toLowerCase()) ||
      OPEN_AZURE_SOURCES.includes(String(source).toLowerCase())
  )
  if (!open) return 'pass'
  if (ports === UNKNOWN) return 'unknown'
  return onlyWebPorts(ports) ? 'pass' : 'violation'
}

function awsPorts(rule: Record<string, unknown>, protocolKey: string): Ports | typeof UNKNOWN {
  const protocol = String(rule[protocolKey] ?? '')
  if (protocol === '-1' || protocol === 'all') return ALL_PORTS
  const from = rule.from_port
  const to = rule.to_port
  if (from === undefined || from === null || to === undefined || to === null) return ALL_PORTS
  return [[Number(from), Number(to)]]
}

function openIngressRule(): CompiledRule {
  const checks: Record<string, (after: unknown, au: unknown) => Outcome> = {
    aws_security_group: (after, au) => {
      const ingress = read(after, au, 'ingress')
      if (ingress === UNKNOWN) return 'unknown'
      return combineOutcomes(
        asList(ingress).map((rule, index) => {
          const sources = [
            read(after, au, `ingress[${index}].cidr_blocks`),
            read(after, au, `ingress[${index}].ipv6_cidr_blocks`)
          ]
          if (sources.includes(UNKNOWN)) return 'unknown'
          return judgeIngress(sources.flatMap(asList), awsPorts(rule as Record<string, unknown>, 'protocol'))
        })
      )
    },
    aws_security_group_rule: (after, au) => {
      if (read(after, au, 'type') !== 'ingress') return 'pass'
      const sources = [read(after, au, 'cidr_blocks'), read(after, au, 'ipv6_cidr_blocks')]
      if (sources.includes(UNKNOWN)) return 'unknown'
      return judgeIngress(sources.flatMap(asList), awsPorts(after as Record<string, unknown>, 'protocol'))
    },
    aws_vpc_security_group_ingress_rule: (after, au) => {
      const sources = [read(after, au, 'cidr_ipv4'), read(after, au, 'cidr_ipv6')]
      if (sources.includes(UNKNOWN)) return 'unknown'
      return judgeIngress(sources.flatMap(asList), awsPorts(after as Record<string, unknown>, 'ip_protocol'))
    },
    google_compute_firewall: (after, au) => {
      if (String(read(after, au, 'direction') ?? 'INGRESS').toUpperCase() === 'EGRESS') return 'pass'
      const allow = read(after, au, 'allow')
      if (allow === UNKNOWN) return 'unknown'
      const ports: Ports = asList(allow).flatMap(entry => {
        const record = entry as Record<string, unknown>
        const listed = asList(record.ports)
        return listed.length === 0 || record.protocol === 'all' ? ALL_PORTS : listed.map(portRange)
      })
      return asList(allow).length === 0 ? 'pass' : judgeIngress(read(after, au, 'source_ranges'), ports)
    },
    azurerm_network_security_rule: (after, au) => {
      if (String(read(after, au, 'direction')).toLowerCase() !== 'inbound') return 'pass'
      if (String(read(after, au, 'access')).toLowerCase() !== 'allow') return 'pass'
      const sources = [read(after, au, 'source_address_prefix'), read(after, au, 'source_address_prefixes')]
      const ranges = [read(after, au, 'destination_port_range'), read(after, au, 'destination_port_ranges')]
      if (sources.includes(UNKNOWN)) return 'unknown'
      const ports = ranges.includes(UNKNOWN) ? UNKNOWN : ranges.flatMap(asList).map(portRange)
      return judgeIngress(sources.flatMap(asList), ports === UNKNOWN || ports.length > 0 ? ports : ALL_PORTS)
    }
  }
  return {
    id: 'open-ingress',
    severity: 'warn',
    message: 'Ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443.',
    remedy:
      'Restrict the source ranges (VPN, bastion, load balancer security group) or open only ports 80/443.',
    appliesTo: type => type in checks,
    check: (after, afterUnknown, type) => ({ outcome: checks[type](after, afterUnknown) })
  }
}

function requiredTagsRule(required: string[]): CompiledRule {
  return {
    id: 'required-tags',
    severity: 'warn',
    message: `Taggable resources must carry the tags ${required.join(', ')}.`,
    remedy:
      'Add the missing tags (the AWS provider default_tags count), or change required_tags in the policy.',
    appliesTo: () => required.length > 0,
    check: (after, afterUnknown, type) => {
      if (after === null || typeof after !== 'object') return { outcome: 'pass' }
      const record = after as Record<string, unknown>
      const key = type.startsWith('google_') ? 'labels' : 'tags'
      // Only resources whose schema has tags (the key is present, even as null) are taggable.
      if (!(key in record) && !(`${key}_all` in record)) return { outcome: 'pass' }
      const unknown = (afterUnknown ?? {}) as Record<string, unknown>
      if (unknown[key] === true) return { outcome: 'unknown' }
      const normalise = (name: string): string =>
        key === 'labels' ? name.toLowerCase().replace(/[-_]/g, '') : name
      const present = new Set(
        [record[key], record[`${key}_all`]]
          .flatMap(map => (map && typeof map === 'object' ? Object.keys(map) : []))
          .map(normalise)
      )
      const missing = required.filter(tag => !present.has(normalise(tag)))
      if (missing.length === 0) return { outcome: 'pass' }
      // Provider default tags land in tags_all; while that is unknown the tags cannot be judged yet.
      if (unknown[`${key}_all`] === true) return { outcome: 'unknown' }
      return { outcome: 'violation', detail: `missing ${missing.join(', ')}` }
    }
  }
}

/** Whether a type matches any of the globs. */
export function typeMatches(globs: string[], type: string): boolean {
  return globs.some(glob => matchesGlob(glob, type))
}
