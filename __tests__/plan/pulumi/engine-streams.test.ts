/**
 * Replacements, protection, imports, reads, refreshes and discards, derived from Pulumi's engine
 * tests: the event streams are pulumi/pulumi's lifecycle-test golden outputs (real engine and event
 * serializer, fake providers; see __fixtures__/pulumi/README.md). Each expectation is worked out
 * from the stream's resourcePreEvents; comments compare with its summaryEvent.
 */
import { describe, expect, it } from '@jest/globals'
import { analyseFixture, counts, evaluateBytes, fixtureBytes, readFixture } from './pulumi-fixtures.js'

describe('replacements (derived from Pulumi engine tests)', () => {
  it('create-before-delete triple (TestDetailedDiffReplace/1, a preview) is one replace, create first', () => {
    // create-replacement, replace, delete-replaced of resA; summaryEvent {replace: 1}.
    const analysis = analyseFixture('TestDetailedDiffReplace__1')
    expect(analysis.counts).toEqual(counts({ add: 1, destroy: 1, replace: 1, total: 1 }))
    expect(analysis.changes[0]).toMatchObject({
      kind: 'replace',
      actions: ['create', 'delete'],
      createBeforeDestroy: true
    })
    const [entry] = readFixture('TestDetailedDiffReplace__1').changes
    expect(entry.pulumi.ops).toEqual(['create-replacement', 'replace'])
    expect(entry.pulumi.sources).toEqual([
      'line 2 resourcePreEvent.metadata',
      'line 4 resourcePreEvent.metadata'
    ])
    expect(entry.pulumi.assumed).toBe('the old object is assumed deleted (its step follows the replace step)')
    // The property forcing the replacement comes from detailedDiff's add-replace kind.
    expect(entry.change.replace_paths).toEqual([['prop']])
  })

  it('delete-before-replace chain (TestDBRProtect/2) is two replaces, delete first', () => {
    // delete-replaced resB, delete-replaced resA, replace resA, create-replacement resA, replace resB,
    // create-replacement resB; summaryEvent {replace: 2}. resB is protected only after (new.protect).
    const analysis = analyseFixture('TestDBRProtect__2')
    expect(analysis.counts).toEqual(counts({ add: 2, destroy: 2, replace: 2, total: 2 }))
    expect(analysis.changes.map(change => change.actions)).toEqual([
      ['delete', 'create'],
      ['delete', 'create']
    ])
    const { changes } = readFixture('TestDBRProtect__2')
    expect(
      changes.map(entry => [entry.pulumi.display, entry.pulumi.protect, entry.pulumi.protectAfter])
    ).toEqual([
      ['pkgA:index:typ::resA', false, false],
      ['pkgA:index:typ::resB', false, true]
    ])
  })

  it('a read replacing a managed resource (TestReadReplaceStep) deletes it and reads the new one', () => {
    // read-replacement, replace, delete-replaced; summaryEvent {replace: 1}. Nothing is created: the
    // old object is deleted and the new one only read, so 1 destroy and 1 data read, not an add.
    const analysis = analyseFixture('TestReadReplaceStep')
    expect(analysis.counts).toEqual(counts({ destroy: 1, delete: 1, read: 1, total: 1 }))
  })

  it('an imported replacement (TestImportOption/8) is a replace that imports', () => {
    // import-replacement, replace, delete-replaced; summaryEvent {replace: 1}.
    const analysis = analyseFixture('TestImportOption__8')
    expect(analysis.counts).toEqual(counts({ add: 1, destroy: 1, replace: 1, import: 1, total: 1 }))
    expect(analysis.changes[0].importing).toBe(true)
  })

  it('import then replacement of the same URN (TestImportDeleteBeforeReplace/0) is one replace that imports', () => {
    // import resB, delete-replaced, replace, create-replacement of resB; summaryEvent
    // {import: 1, replace: 1}. One resource: the import is folded into its replacement.
    const analysis = analyseFixture('TestImportDeleteBeforeReplace__0')
    expect(analysis.counts).toEqual(counts({ add: 1, destroy: 1, replace: 1, import: 1, total: 1 }))
    expect(analysis.unreadable).toEqual([])
    const { header, changes } = readFixture('TestImportDeleteBeforeReplace__0')
    expect(changes[0].pulumi.ops).toEqual(['import', 'delete-replaced', 'replace'])
    expect(header.pulumi.supersededSteps).toBe(1)
    expect(header.pulumi.warningCount).toBe(1)
  })

  it('discard-replaced after the replace step (TestImportOption/10) counts as Pulumi does: one replace', () => {
    // import-replacement, replace, discard-replaced; summaryEvent {replace: 1}. The old half comes
    // after the replace step, so the entry assumed a delete when it went out: an over-count (the old
    // object was only read), never an under-count.
    const analysis = analyseFixture('TestImportOption__10')
    expect(analysis.counts).toEqual(counts({ add: 1, destroy: 1, replace: 1, import: 1, total: 1 }))
  })
})

describe('protection (derived from Pulumi engine tests)', () => {
  it('replacing a protected resource in a preview (TestProtect/1): the replace, its protect flag and the error', () => {
    // create-replacement, replace, delete-replaced with old.protect = new.protect = true; the
    // engine reports "unable to replace resource … marked for protection" and fails the preview.
    const analysis = analyseFixture('TestProtect__1')
    expect(analysis.counts).toEqual(counts({ add: 1, destroy: 1, replace: 1, total: 1 }))
    expect(analysis.errored).toBe(true)
    const { header, changes } = readFixture('TestProtect__1')
    expect(changes[0].pulumi).toMatchObject({ protect: true, protectAfter: true })
    expect(header.pulumi.result).toBe('failed')
    expect(header.pulumi.isPreview).toBe(true)
    expect(header.pulumi.diagnostics[0]).toMatchObject({
      severity: 'error',
      urn: 'urn:pulumi:test::test::pkgA:m:typA::resA',
      source: 'line 2'
    })
    expect(header.pulumi.diagnostics[0].message).toMatch(
      /^error: unable to replace resource .* marked for protection/s
    )
  })

  it('deleting protected resources in a preview (TestMultipleProtectedDeletes/1): both deletes count although the summary has none', () => {
    // same (stack), delete resA, delete resB, both old.protect; 3 error diagnostics; summaryEvent
    // {same: 1}: failed steps are not counted there, which is why counts come from the steps.
    const analysis = analyseFixture('TestMultipleProtectedDeletes__1')
    expect(analysis.counts).toEqual(counts({ destroy: 2, delete: 2, total: 2 }))
    expect(analysis.errored).toBe(true)
    expect(analysis.risk.level).toBe('critical')
    const { header, changes } = readFixture('TestMultipleProtectedDeletes__1')
    expect(changes.map(entry => entry.pulumi.protect)).toEqual([true, true])
    expect(header.pulumi.errorCount).toBe(4) // 3 diagnostics + the failed result
  })

  it('a failed protected delete in an update (TestProtect/3) is still a destroy with protect', () => {
    // delete resA (old.protect), an error diagnostic, resOpFailedEvent, summary {} and result failed.
    const analysis = analyseFixture('TestProtect__3')
    expect(analysis.counts).toEqual(counts({ destroy: 1, delete: 1, total: 1 }))
    expect(readFixture('TestProtect__3').changes[0].pulumi.protect).toBe(true)
    expect(analysis.errored).toBe(true)
  })

  it('a protected delete next to an orphan delete-replaced (TestProtectedDeleteChainsWithDuplicateDeletedResources/2)', () => {
    // delete resB (protected, fails) and delete-replaced resA with no replace step: two destroys.
    const analysis = analyseFixture('TestProtectedDeleteChainsWithDuplicateDeletedResources__2')
    expect(analysis.counts).toEqual(counts({ destroy: 2, delete: 2, total: 2 }))
    expect(analysis.unreadable).toEqual([])
  })

  it('destroy with the program run (TestDestroyV2ProtectedWithProviderDependencies/0): the delete wins over the same', () => {
    // same provider, same resA, delete resA (protected, fails); summary {same: 2}. resA is one
    // resource: its `same` gives way to the delete.
    const analysis = analyseFixture('TestDestroyV2ProtectedWithProviderDependencies__0')
    expect(analysis.counts).toEqual(counts({ destroy: 1, delete: 1, noop: 1, total: 2 }))
    expect(analysis.unreadable).toEqual([])
  })

  it('unprotect and replace in one run (TestProtect/4) and replace while protecting (TestProtect/6)', () => {
    const unprotect = readFixture('TestProtect__4').changes
    expect(
      unprotect.map(entry => [entry.change.actions, entry.pulumi.protect, entry.pulumi.protectAfter])
    ).toEqual([[['create', 'delete'], true, false]])
    const protecting = readFixture('TestProtect__6').changes
    expect(
      protecting.map(entry => [entry.change.actions, entry.pulumi.protect, entry.pulumi.protectAfter])
    ).toEqual([[['create', 'delete'], false, true]])
  })

  it('protect flags on creates and a protect-only change (TestProtect/0, TestProtect/5, TestProtectInheritance/0)', () => {
    expect(readFixture('TestProtect__0').changes.map(entry => entry.pulumi.protectAfter)).toEqual([true])
    const flagOnly = analyseFixture('TestProtect__5')
    expect(flagOnly.counts).toEqual(counts({ noop: 1, total: 1 }))
    expect(readFixture('TestProtect__5').changes[0].pulumi).toMatchObject({
      protect: false,
      protectAfter: true
    })
    expect(readFixture('TestProtectInheritance__0').changes.map(entry => entry.pulumi.protectAfter)).toEqual([
      true,
      true,
      false
    ])
  })

  it('an error with no step (TestProtect/2, TestDBRProtect/1) still fails the plan', () => {
    for (const name of ['TestProtect__2', 'TestDBRProtect__1']) {
      const analysis = analyseFixture(name)
      expect(analysis.counts).toEqual(counts({}))
      expect(analysis.errored).toBe(true)
      expect(analysis.risk.reasons.map(reason => reason.rule)).toContain('plan-errored')
    }
  })
})

describe('reads, refreshes and discards (derived from Pulumi engine tests)', () => {
  it('a read of an external resource (TestExternalRefresh/0-0-0-preview) is a data read', () => {
    expect(analyseFixture('TestExternalRefresh__0').counts).toEqual(counts({ read: 1 }))
  })

  it("a refresh's result is drift, not a change (TestExternalRefreshDoesNotCallDiff, TestRefreshV2PendingReplacement)", () => {
    // refresh resA whose resOutputsEvent says delete; summaryEvent {delete: 1} counts the result.
    const gone = readFixture('TestExternalRefreshDoesNotCallDiff')
    expect(gone.changes).toEqual([])
    expect(gone.drift.map(entry => [entry.change.actions, entry.pulumi.ops])).toEqual([
      [['delete'], ['refresh', 'delete']]
    ])
    expect(analyseFixture('TestExternalRefreshDoesNotCallDiff').driftCount).toBe(1)
    // same provider + refresh whose result is update; summaryEvent {same: 1, update: 1}.
    const updated = readFixture('TestRefreshV2PendingReplacement')
    expect(updated.drift.map(entry => entry.change.actions)).toEqual([['update']])
    expect(analyseFixture('TestRefreshV2PendingReplacement').counts).toEqual(counts({ noop: 1, total: 1 }))
  })

  it('a discarded stack reference (TestStackReference/-4-0-preview) changes nothing', () => {
    // discard pulumi:pulumi:StackReference; summaryEvent {discard: 1}. Pulumi's HasChanges does not
    // count discard as a change: the read resource only leaves the stack.
    const analysis = analyseFixture('TestStackReference')
    expect(analysis.counts).toEqual(counts({}))
    expect(analysis.hasChanges).toBe(false)
  })
})

describe('config (derived from Pulumi engine tests)', () => {
  it('a preview with config and no step (TestConfigPropertyMapMatches/-3-0-preview) changes nothing; its config is kept as Pulumi blinded it', () => {
    // preludeEvent with 8 config keys (array, bool, float, int, map, plain, secret, string, all as
    // strings; the secret blinded as "[secret]"), summaryEvent {} with isPreview true and no result,
    // cancelEvent. No resourcePreEvent: nothing to count, and the empty summary agrees.
    const analysis = analyseFixture('TestConfigPropertyMapMatches')
    expect(analysis.counts).toEqual(counts({}))
    expect(analysis.unreadable).toEqual([])
    expect([analysis.errored, analysis.complete, analysis.hasChanges]).toEqual([false, true, false])
    const { header, changes } = readFixture('TestConfigPropertyMapMatches')
    expect(changes).toEqual([])
    expect(header.pulumi).toMatchObject({ isPreview: true, changeSummary: {}, stacks: [], errorCount: 0 })
    expect(header.pulumi.result).toBeUndefined()
    expect(header.variables).toEqual({
      'pkgA:array': { value: '[1,2,3]' },
      'pkgA:bool': { value: 'true' },
      'pkgA:float': { value: '12.34' },
      'pkgA:int': { value: '1234' },
      'pkgA:map': { value: '{"bar":"02","foo":1}' },
      'pkgA:plain': { value: 'all I see is ******' },
      'pkgA:secret': { value: '[secret]' },
      'pkgA:string': { value: '012345' }
    })
    // Nothing protected is destroyed, it is a preview, and it names no stack: all three Pulumi checks pass.
    const { verdict } = evaluateBytes('preview.log', fixtureBytes('TestConfigPropertyMapMatches'))
    expect(verdict.findings.filter(f => f.rule.startsWith('pulumi-')).map(f => [f.rule, f.severity])).toEqual(
      [
        ['pulumi-protect', 'pass'],
        ['pulumi-preview', 'pass'],
        ['pulumi-stack', 'pass']
      ]
    )
    expect(verdict.allowed).toBe(true)
  })
})
