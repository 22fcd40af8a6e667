/**
 * Reading one side of a resource value (`before` or `after` with its sensitive and unknown marks)
 * for the exposure rules: a value is only judged when it is known and not sensitive, so an exposure
 * is never guessed and a sensitive value is never quoted.
 */
import { childMark, isRecord } from './diff/values.js'
import type { TextPart } from './types.js'

/** One rule that fires on a resource value. */
export type ExposureRule =
  'open-admin-port' | 'iam-wildcard-action' | 'iam-wildcard-resource' | 'public-access' | 'encryption-off'

/** One dangerous setting, worded for a reviewer: the action's words with plan values as parts. */
export interface Exposure {
  rule: ExposureRule
  text: TextPart[]
}

/**
 * A Pulumi property name for a Terraform attribute name: providers bridged from Terraform name each
 * property after its attribute in camelCase (`cidr_blocks` → `cidrBlocks`, `ipv6_cidr_blocks` →
 * `ipv6CidrBlocks`), so the rules, written with Terraform's names, read Pulumi values too.
 */
function pulumiPropertyName(name: string): string {
  if (Object.hasOwn(PULUMI_PLURALS, name)) return PULUMI_PLURALS[name]
  return name.replace(/_([a-z0-9])/g, (_match, char: string) => char.toUpperCase())
}

/** Block lists Pulumi names in the plural (the rules' only ones). */
const PULUMI_PLURALS: Readonly<Record<string, string>> = {
  inline_policy: 'inlinePolicies',
  ebs_block_device: 'ebsBlockDevices'
}

/** A value with its marks. */
export class Side {
  /**
   * @param pulumiNames the value is a Pulumi resource's properties: rules ask for Terraform attribute
   *   names, which are looked up by their Pulumi names.
   */
  constructor(
    readonly value: unknown,
    private readonly sensitive: unknown,
    private readonly unknown: unknown,
    private readonly pulumiNames = false
  ) {}

  /** The child at `key` (a Terraform attribute name or a list index), or an absent side. */
  at(key: string | number): Side {
    const name = this.pulumiNames && typeof key === 'string' ? pulumiPropertyName(key) : key
    const value =
      isRecord(this.value) || Array.isArray(this.value)
        ? (this.value as Record<string | number, unknown>)[name]
        : undefined
    return new Side(value, childMark(this.sensitive, name), childMark(this.unknown, name), this.pulumiNames)
  }

  /** Known and not sensitive: safe to judge and to quote. */
  get readable(): boolean {
    return this.sensitive !== true && this.unknown !== true
  }

  /** The value when readable, else undefined. */
  get known(): unknown {
    return this.readable ? this.value : undefined
  }

  /** A readable string, or undefined. */
  string(): string | undefined {
    const value = this.known
    return typeof value === 'string' ? value : undefined
  }

  /** A readable number (numbers written as text count too), or undefined. */
  number(): number | undefined {
    const value = this.known
    if (typeof value === 'number') return value
    if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value)
    return undefined
  }

  /** Readable elements of a list (a single value counts as a list of one). */
  list(): Side[] {
    if (!this.readable || this.value === null || this.value === undefined) return []
    if (!Array.isArray(this.value)) return [this]
    return this.value.map((_, index) => this.at(index))
  }

  /** Readable strings of a list or a single string. */
  strings(): string[] {
    return this.list()
      .map(side => side.string())
      .filter((text): text is string => text !== undefined)
  }

  /** True only for a readable literal `value` (false is never "absent"). */
  is(value: boolean | string): boolean {
    return this.readable && this.value === value
  }
}

/** Most list elements (rules, statements) looked at per resource: a hostile plan cannot make this slow. */
export const MAX_ELEMENTS = 200
