/**
 * The plan of issue 13's noise report: 500 resources, one database replaced (the real golden RDS
 * replacement, engine mysql → postgres), one security group changed for real (the golden 443 → 3389
 * rules change), and 498 copies of that security group whose only change is the release tag
 * (`tags.Release` and `tags_all.Release`: r1 → r2). Terraform plans slow down sharply with size, so
 * the copies are made from the real entries, not planned.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PlanResourceChange } from '../../src/plan/model.js'
import type { PlanDocument } from '../helpers/plan-document.js'

const GOLDEN = join(process.cwd(), '__fixtures__', 'golden')

function golden(name: string): PlanDocument {
  return JSON.parse(readFileSync(join(GOLDEN, name, 'plan.json'), 'utf8')) as PlanDocument
}

/** `count` resources whose only change is the release tag, plus the database and the security group. */
export function releasePlan(tagged = 498): PlanDocument {
  const database = golden('aws-rds-replace')
  const group = golden('aws-security-group').resource_changes![0] as PlanResourceChange
  const copies: PlanResourceChange[] = []
  for (let i = 0; i < tagged; i++) {
    const copy = structuredClone(group)
    copy.name = `web_${i}`
    copy.address = `aws_security_group.web_${i}`
    const before = copy.change.before as Record<string, unknown>
    const tags = (release: string): Record<string, string> => ({
      Name: `web-${i}`,
      Team: 'edge',
      Release: release
    })
    before.tags = tags('r1')
    before.tags_all = tags('r1')
    copy.change.after = { ...before, tags: tags('r2'), tags_all: tags('r2') }
    copy.change.after_unknown = {}
    copy.change.after_sensitive = {}
    copies.push(copy)
  }
  return {
    ...database,
    resource_changes: [...(database.resource_changes ?? []), group, ...copies]
  }
}
