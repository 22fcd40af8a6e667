/**
 * The resources of `prior_state` and `planned_values`, for PlanVisitor.onStateResource: their values
 * carry `sensitive_values` marks that resource_changes may not repeat (a data source read while
 * planning appears only there). The scanner walks down to each resource
 * (`[values.]root_module[.child_modules[*]]*.resources[*]`) and captures its bytes; only a resource
 * whose marks hold a `true` is parsed, so a plan without such marks costs one copy per resource.
 */
import { CAPTURE, DESCEND, SKIP } from './json/json-scanner.js'

/** What the value at one depth is. */
type Role = 'section' | 'values' | 'module' | 'resources' | 'modules'

const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const MARKS_KEY = Buffer.from('"sensitive_values"')
const TRUE = Buffer.from('true')

export const STATE_SECTIONS = new Set(['prior_state', 'planned_values'])

export class StateResourceWalker {
  private readonly roles: (Role | undefined)[] = []

  constructor(private readonly onResource: (resource: unknown) => void) {}

  /** Called for the section's own value (depth 1). */
  start(section: string, firstByte: number): number {
    if (firstByte !== OPEN_BRACE) return SKIP
    this.roles.length = 0
    this.roles[1] = section === 'prior_state' ? 'section' : 'values'
    return DESCEND
  }

  /** A value inside the section starts at `depth` (>= 2). */
  onValueStart(depth: number, key: string | undefined, firstByte: number): number {
    const role = childRole(this.roles[depth - 1], key)
    if (role === 'resource') return firstByte === OPEN_BRACE ? CAPTURE : SKIP
    const container = role === 'resources' || role === 'modules' ? OPEN_BRACKET : OPEN_BRACE
    if (role === undefined || firstByte !== container) return SKIP
    this.roles[depth] = role
    return DESCEND
  }

  /** A resource's bytes: parsed and handed on only when its `sensitive_values` hold a `true`. */
  onCapture(bytes: Buffer): void {
    const marks = bytes.lastIndexOf(MARKS_KEY)
    if (marks < 0 || bytes.indexOf(TRUE, marks + MARKS_KEY.length) < 0) return
    this.onResource(JSON.parse(bytes.toString('utf8')))
  }
}

function childRole(parent: Role | undefined, key: string | undefined): Role | 'resource' | undefined {
  switch (parent) {
    case 'section':
      return key === 'values' ? 'values' : undefined
    case 'values':
      return key === 'root_module' ? 'module' : undefined
    case 'module':
      return key === 'resources' ? 'resources' : key === 'child_modules' ? 'modules' : undefined
    case 'resources':
      return 'resource'
    case 'modules':
      return 'module'
    default:
      return undefined
  }
}
