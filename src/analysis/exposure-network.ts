/**
 * Network exposure: ingress from the whole internet (0.0.0.0/0, ::/0, Azure's `*`/`Internet`) to an
 * administration or database port, in AWS security groups and their rules, Google firewalls and
 * Azure network security rules. Web ports alone are not an exposure; "all ports" always is.
 */
import { type Exposure, MAX_ELEMENTS, Side } from './exposure-side.js'
import type { TextPart } from './types.js'

/** Ports that must never face the internet, with what listens there. */
const ADMIN_PORTS: ReadonlyMap<number, string> = new Map([
  [22, 'SSH'],
  [23, 'Telnet'],
  [135, 'Windows RPC'],
  [139, 'NetBIOS'],
  [445, 'SMB'],
  [1433, 'SQL Server'],
  [1521, 'Oracle'],
  [2375, 'Docker API'],
  [2376, 'Docker API'],
  [3306, 'MySQL'],
  [3389, 'RDP'],
  [5432, 'PostgreSQL'],
  [5900, 'VNC'],
  [5985, 'WinRM'],
  [5986, 'WinRM'],
  [6379, 'Redis'],
  [6443, 'Kubernetes API'],
  [9200, 'Elasticsearch'],
  [10250, 'kubelet'],
  [11211, 'Memcached'],
  [27017, 'MongoDB']
])

const OPEN_SOURCES = new Set(['0.0.0.0/0', '::/0', '*', 'internet', 'any'])

type Range = [number, number]
const ALL: Range = [0, 65535]

/** Ingress rules of the network types, read from one side of a change. */
export const NETWORK_RULES: Readonly<Record<string, (side: Side) => Exposure[]>> = {
  aws_security_group: side =>
    side
      .at('ingress')
      .list()
      .slice(0, MAX_ELEMENTS)
      .flatMap(rule => awsIngress(rule, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks'])),
  aws_security_group_rule: side =>
    side.at('type').is('ingress') ? awsIngress(side, 'protocol', ['cidr_blocks', 'ipv6_cidr_blocks']) : [],
  aws_vpc_security_group_ingress_rule: side => awsIngress(side, 'ip_protocol', ['cidr_ipv4', 'cidr_ipv6']),
  google_compute_firewall: side => {
    const direction = side.at('direction').string()
    if (direction !== undefined && direction.toUpperCase() === 'EGRESS') return []
    const ranges = side
      .at('allow')
      .list()
      .slice(0, MAX_ELEMENTS)
      .flatMap(allow => {
        const ports = allow.at('ports').strings()
        const protocol = allow.at('protocol').string()
        return ports.length === 0 || protocol === 'all' ? [ALL] : ports.map(portRange)
      })
    return exposure(side.at('source_ranges').strings(), ranges)
  },
  azurerm_network_security_rule: azureRule,
  azurerm_network_security_group: side =>
    side.at('security_rule').list().slice(0, MAX_ELEMENTS).flatMap(azureRule)
}

function awsIngress(rule: Side, protocolKey: string, sourceKeys: string[]): Exposure[] {
  const sources = sourceKeys.flatMap(key => rule.at(key).strings())
  const protocol = rule.at(protocolKey).string()
  const from = rule.at('from_port').number()
  const to = rule.at('to_port').number()
  const range: Range =
    protocol === '-1' || protocol === 'all' || from === undefined || to === undefined ? ALL : [from, to]
  // ICMP has no ports: its from/to are a type and code, never a service.
  if (protocol === 'icmp' || protocol === '1' || protocol === 'icmpv6' || protocol === '58') return []
  return exposure(sources, [range])
}

function azureRule(rule: Side): Exposure[] {
  if (rule.at('direction').string()?.toLowerCase() !== 'inbound') return []
  if (rule.at('access').string()?.toLowerCase() !== 'allow') return []
  const sources = [
    ...rule.at('source_address_prefix').strings(),
    ...rule.at('source_address_prefixes').strings()
  ]
  const ports = [
    ...rule.at('destination_port_range').strings(),
    ...rule.at('destination_port_ranges').strings()
  ]
  return exposure(sources, ports.length > 0 ? ports.map(portRange) : [ALL])
}

/** "22", "1000-2000", "*" → a range; anything unreadable counts as every port. */
function portRange(text: string): Range {
  const raw = text.trim()
  const match = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(raw)
  if (!match) return ALL
  const from = Number(match[1])
  return [from, match[2] === undefined ? from : Number(match[2])]
}

/** One exposure per open source that reaches an admin port. */
function exposure(sources: string[], ranges: Range[]): Exposure[] {
  const open = [...new Set(sources.filter(source => OPEN_SOURCES.has(source.trim().toLowerCase())))]
  if (open.length === 0) return []
  const out: Exposure[] = []
  for (const range of ranges) {
    const hit = [...ADMIN_PORTS].filter(([port]) => port >= range[0] && port <= range[1])
    if (hit.length === 0) continue
    for (const source of open) {
      out.push({
        rule: 'open-admin-port',
        text: ['ingress from ', { value: source }, ...describeRange(range, hit)]
      })
    }
  }
  return out
}

function describeRange(range: Range, hit: [number, string][]): TextPart[] {
  const services = hit.slice(0, 3).map(([port, name]) => `${name} ${port}`)
  const more = hit.length > 3 ? `, … ${hit.length - 3} more admin ports` : ''
  if (range[0] <= 0 && range[1] >= 65535) return [` to all ports (${services.join(', ')}${more})`]
  if (range[0] === range[1]) return [' to port ', { value: String(range[0]) }, ` (${hit[0][1]})`]
  return [' to ports ', { value: `${range[0]}-${range[1]}` }, ` (${services.join(', ')}${more})`]
}
