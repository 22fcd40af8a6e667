export const id = 440;
export const ids = [440,118];
export const modules = {

/***/ 83440:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Et: () => (/* reexport */ renderGateLog),
  C_: () => (/* reexport */ renderGateReport),
  zk: () => (/* reexport */ renderPlanComment),
  QP: () => (/* reexport */ renderPlanReport)
});

// UNUSED EXPORTS: SENSITIVE_PLACEHOLDER, deriveRollbackPlan, escapeDetailsSummary, escapeLogLine, escapeMarkdown, escapeTableCell, inlineCode, scrubSensitive

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/scrub.ts
var scrub = __webpack_require__(83067);
;// CONCATENATED MODULE: ./src/render/context.ts
/**
 * What the renderers need besides the analysis, and the small toolkit every section uses to turn
 * plan-controlled strings into safe Markdown (scrub first, then cut, then escape).
 */



const SUMMARY_PROFILE = { addressesPerReason: 200, addressesPerFinding: 500 };
const COMMENT_PROFILE = { addressesPerReason: 15, addressesPerFinding: 50 };
/** Longest address shown; longer ones are hostile or generated and are cut (after scrubbing). */
const ADDRESS_CHARS = 400;
const VALUE_MARKERS = new Set(['(sensitive)', '(known after apply)', '(sensitive value)']);
/** Builds the toolkit; scrubbing happens on the raw string so escaping cannot hide a secret from it. */
function createKit(sensitive, profile) {
    const clean = (value, max) => (0,render_escape/* truncateText */.EJ)((0,scrub/* scrubSensitive */.IH)(String(value), sensitive), max);
    const kit = {
        sensitive,
        profile,
        text: (value, max = 2000) => (0,render_escape/* escapeMarkdown */.FV)(clean(value, max)),
        code: (value, max = ADDRESS_CHARS) => (0,render_escape/* inlineCode */.ti)(clean(value, max)),
        value: value => (VALUE_MARKERS.has(value) ? `_${value}_` : kit.code(value, constants/* LIMIT */.uK.attributeValueChars)),
        addresses: (addresses, limit, alsoOmitted = 0) => {
            const shown = addresses.slice(0, limit).map(address => kit.code(address));
            const omitted = addresses.length - shown.length + alsoOmitted;
            if (shown.length === 0)
                return omitted > 0 ? `${omitted} address(es)` : '–';
            return omitted > 0 ? `${shown.join(', ')} and ${omitted} more` : shown.join(', ');
        }
    };
    return kit;
}
/** Formats a number of money units with two decimals and an explicit sign for changes. */
function formatMoney(amount, currency, signed = false) {
    const sign = signed && amount > 0 ? '+' : '';
    return `${sign}${amount.toFixed(2)} ${(0,render_escape/* escapeMarkdown */.FV)(currency)}`;
}

;// CONCATENATED MODULE: ./src/render/document.ts
/**
 * Assembles report sections under a size budget. A section is a head, a list of items and a tail;
 * when the whole report does not fit, essential sections (header, risk, counts, gate, destructive
 * changes) are kept first, lists are cut from the end with a visible "… N more" line, optional
 * sections that no longer fit are left out, and a note names what was left out and where the full
 * report is. Sections never lose their tail, so a `<details>` that was opened is always closed.
 */
const SEPARATOR = '\n\n';
/** Renders one section with its first `kept` items. */
function renderSection(section, kept) {
    const lines = [...section.head, ...section.items.slice(0, kept)];
    const omitted = section.items.length - kept + (section.alsoOmitted ?? 0);
    if (omitted > 0)
        lines.push((section.more ?? defaultMore)(omitted));
    lines.push(...section.tail);
    return lines.join('\n');
}
function defaultMore(omitted) {
    return `- … ${omitted} more not shown here`;
}
/** Joins every section in full; what a report looks like when nothing needs cutting. */
function joinSections(sections) {
    return sections.map(section => renderSection(section, section.items.length)).join(SEPARATOR);
}
/** Fits sections into the budget as described above; always returns text within the budget when possible. */
function fitSections(sections, options) {
    const full = joinSections(sections);
    if (options.measure(full) <= options.budget)
        return full;
    const { measure } = options;
    // Worst-case note: every section named. Reserving it up front means adding it can never overflow.
    let remaining = options.budget - measure(options.note(sections.map(s => s.title))) - SEPARATOR.length;
    const placed = sections.map(section => ({ section, keptItems: 0, included: false }));
    // The skeleton of every essential section (head, tail, a "more" line) comes first.
    for (const entry of placed.filter(p => p.section.essential)) {
        remaining -= measure(renderSection(entry.section, 0)) + SEPARATOR.length;
        entry.included = true;
    }
    const fill = (entry) => {
        for (const item of entry.section.items) {
            const cost = measure(item) + 1;
            if (cost > remaining)
                break;
            remaining -= cost;
            entry.keptItems++;
        }
    };
    for (const entry of placed.filter(p => p.section.essential))
        fill(entry);
    // If an essential list had to be cut, optional sections would only take space from it: leave them out.
    const essentialsCut = placed.some(p => p.section.essential && p.keptItems < p.section.items.length);
    for (const entry of placed.filter(p => !p.section.essential && !essentialsCut)) {
        const skeleton = measure(renderSection(entry.section, 0)) + SEPARATOR.length;
        // An optional section is only worth showing if it fits with at least one item (or has none).
        const firstItem = entry.section.items.length > 0 ? measure(entry.section.items[0]) + 1 : 0;
        if (skeleton + firstItem > remaining)
            continue;
        remaining -= skeleton;
        entry.included = true;
        fill(entry);
    }
    const cut = placed
        .filter(p => !p.included || p.keptItems < p.section.items.length)
        .map(p => p.section.title);
    const body = placed.filter(p => p.included).map(p => renderSection(p.section, p.keptItems));
    // The note goes right after the first section (the header) so a reviewer sees it without scrolling.
    body.splice(Math.min(1, body.length), 0, options.note(cut));
    return body.join(SEPARATOR);
}
/** UTF-8 size, the unit GitHub uses for the job summary limit. */
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** UTF-16 length, never smaller than the character count GitHub checks comments against. */
function charLength(text) {
    return text.length;
}

// EXTERNAL MODULE: ./src/render/rollback.ts + 1 modules
var rollback = __webpack_require__(118);
;// CONCATENATED MODULE: ./src/render/sections-changes.ts
const KIND_LABEL = {
    delete: '🗑️ Delete',
    replace: '♻️ Replace',
    'create-forget': '♻️ Replace, old object forgotten (not destroyed)',
    forget: '📤 Forget (removed from state, not destroyed)',
    create: '➕ Create',
    update: '✏️ Update in place',
    read: '📖 Read (data source)',
    'no-op': 'No change'
};
/** Order in which non-destructive actions are listed. */
const OTHER_KINDS = ['create-forget', 'forget', 'update', 'create'];
function isDestructive(change) {
    return change.kind === 'delete' || change.kind === 'replace';
}
/** Facts a reviewer needs next to an address: ordering, cause, flags. */
function describeFlags(change, kit) {
    const flags = [];
    if (change.kind === 'replace')
        flags.push(change.createBeforeDestroy ? 'create before destroy' : 'destroy before create');
    const forcing = change.attributes
        .filter(attribute => attribute.forcesReplacement)
        .map(attribute => kit.code(attribute.path));
    if (forcing.length > 0)
        flags.push(`forced by ${forcing.join(', ')}`);
    if (change.actionReason)
        flags.push(`reason ${kit.code(change.actionReason)}`);
    if (change.deposed)
        flags.push(`deposed object ${kit.code(change.deposed)}`);
    if (change.importing)
        flags.push('imported');
    if (change.previousAddress)
        flags.push(`moved from ${kit.code(change.previousAddress)}`);
    return flags.length > 0 ? ` — ${flags.join('; ')}` : '';
}
/** Every destroyed or replaced address; essential, so a cut comment still shows what is lost. */
function buildDestructive(analysis, kit) {
    const total = analysis.destructiveAddresses.length + analysis.omittedDestructiveAddresses;
    if (total === 0)
        return undefined;
    const detail = new Map();
    for (const change of analysis.changes)
        if (isDestructive(change))
            detail.set(change.address, change);
    const items = analysis.destructiveAddresses.map(address => {
        const change = detail.get(address);
        if (!change)
            return `- ${kit.code(address)}`;
        return `- **${change.kind}** ${kit.code(address)}${describeFlags(change, kit)}`;
    });
    return {
        title: 'Destructive changes',
        essential: true,
        head: [`### 🔥 Destroyed or replaced (${total})`, ''],
        items,
        tail: [],
        more: n => `- … ${n} more destroyed or replaced address(es) not shown here`,
        alsoOmitted: analysis.omittedDestructiveAddresses
    };
}
/** Creates, updates, forgets, imports and moves, each under its own heading. */
function buildOtherChanges(analysis, kit) {
    const items = [];
    for (const kind of OTHER_KINDS) {
        const changes = analysis.changes.filter(change => change.kind === kind);
        if (changes.length === 0)
            continue;
        items.push(`#### ${KIND_LABEL[kind]} (${changes.length})`);
        for (const change of changes)
            items.push(`- ${kit.code(change.address)}${describeFlags(change, kit)}`);
    }
    const imports = analysis.changes.filter(change => change.importing);
    if (imports.length > 0) {
        items.push(`#### 📥 Import (${imports.length})`);
        for (const change of imports)
            items.push(`- ${kit.code(change.address)} (${change.kind})`);
    }
    const moves = analysis.changes.filter(change => change.previousAddress !== undefined);
    if (moves.length > 0) {
        items.push(`#### 🚚 Move (${moves.length})`);
        for (const change of moves)
            items.push(`- ${kit.code(change.previousAddress ?? '')} → ${kit.code(change.address)}`);
    }
    if (analysis.omittedChanges > 0) {
        items.push(`- … ${analysis.omittedChanges} further change(s) were counted but not kept in detail (plan too large)`);
    }
    if (items.length === 0)
        return undefined;
    return {
        title: 'Other changes',
        essential: false,
        head: ['### Other changes by action', ''],
        items,
        tail: [],
        more: n => `- … ${n} more line(s) not shown here`
    };
}
/** One collapsed block per resource with its attribute table. */
function renderAttributeBlock(change, kit) {
    const forcing = change.attributes.filter(attribute => attribute.forcesReplacement).length;
    const summaryFacts = [
        `${change.kind}`,
        `${change.attributes.length + change.omittedAttributes} attribute(s)`
    ];
    if (forcing > 0)
        summaryFacts.push(`${forcing} force replacement`);
    const rows = change.attributes.map(attribute => {
        const flag = attribute.forcesReplacement ? '⚠️ forces replacement' : '';
        return `| ${kit.code(attribute.path)} | ${kit.value(attribute.before)} | ${kit.value(attribute.after)} | ${flag} |`;
    });
    const lines = [
        `<details><summary>${kit.code(change.address)} — ${summaryFacts.join(', ')}</summary>`,
        '',
        '| Attribute | Before | After | |',
        '| --- | --- | --- | --- |',
        ...rows
    ];
    if (change.omittedAttributes > 0)
        lines.push('', `… ${change.omittedAttributes} more attribute change(s) not shown.`);
    lines.push('', '</details>');
    return lines.join('\n');
}
/** Attribute changes (before → after) for updates and replacements, each resource collapsed. */
function buildAttributes(analysis, kit) {
    const changes = analysis.changes.filter(change => change.attributes.length > 0);
    if (changes.length === 0)
        return undefined;
    return {
        title: 'Attribute changes',
        essential: false,
        head: [`### Attribute changes (${changes.length} resource(s))`, ''],
        items: changes.map(change => renderAttributeBlock(change, kit)),
        tail: [],
        more: n => `\n… attribute changes of ${n} more resource(s) not shown here.`
    };
}
/** Changes made outside Terraform since the last apply (`resource_drift`). */
function buildDrift(analysis, kit) {
    if (analysis.driftCount === 0 && analysis.drift.length === 0)
        return undefined;
    const items = analysis.drift.map(change => {
        const attributes = change.attributes.map(attribute => `${kit.code(attribute.path)}: ${kit.value(attribute.before)} → ${kit.value(attribute.after)}`);
        const detail = attributes.length > 0
            ? ` (${attributes.slice(0, 10).join('; ')}${attributes.length > 10 ? '; …' : ''})`
            : '';
        return `- ${kit.code(change.address)}: ${KIND_LABEL[change.kind] ?? kit.text(change.kind)} outside Terraform${detail}`;
    });
    const omitted = analysis.driftCount - analysis.drift.length;
    if (omitted > 0)
        items.push(`- … ${omitted} more drifted resource(s) counted`);
    return {
        title: 'Drift',
        essential: false,
        head: [`### 🌪️ Drift: ${analysis.driftCount} resource(s) changed outside Terraform`, ''],
        items,
        tail: []
    };
}

;// CONCATENATED MODULE: ./src/render/sections-extra.ts

/** The reviewer checklist the policy requires, as task-list items the approver can tick. */
function buildApprovals(context, kit) {
    const approvals = context.approvals;
    if (!approvals)
        return undefined;
    const head = [`### ✋ Required approvals: ${approvals.required}`];
    if (approvals.reasons.length > 0)
        head.push('', ...approvals.reasons.map(reason => `- ${kit.text(reason)}`));
    head.push('');
    return {
        title: 'Required approvals',
        essential: false,
        head,
        items: approvals.checklist.map(item => `- [ ] ${kit.text(item)}`),
        tail: []
    };
}
/** Monthly cost before, after and the change. */
function buildCost(context) {
    const cost = context.cost;
    if (!cost)
        return undefined;
    const cell = (amount) => amount === undefined ? '–' : formatMoney(amount, cost.currency);
    return {
        title: 'Cost',
        essential: false,
        head: [
            '### 💰 Monthly cost',
            '',
            '| Before | After | Change |',
            '| ---: | ---: | ---: |',
            `| ${cell(cost.monthlyBefore)} | ${cell(cost.monthlyAfter)} | **${formatMoney(cost.monthlyChange, cost.currency, true)}** |`
        ],
        items: [],
        tail: []
    };
}
const STEP_TITLE = {
    'revert-commit': 'Revert the change',
    'restore-data': '⚠️ Data loss: restore from backup',
    recreate: 'Replaced objects',
    're-import': 'Re-import forgotten objects',
    'state-rm': 'Undo imports',
    'move-back': 'Undo moves',
    review: 'Review'
};
function renderStep(rollbackStep, kit) {
    const lines = [
        `- **${STEP_TITLE[rollbackStep.kind] ?? kit.text(rollbackStep.kind)}**: ${kit.text(rollbackStep.description)}`
    ];
    const omitted = rollbackStep.omittedAddresses ?? 0;
    if (rollbackStep.addresses.length + omitted > 0) {
        lines.push(`  - Addresses: ${kit.addresses(rollbackStep.addresses, kit.profile.addressesPerReason, omitted)}`);
    }
    for (const command of rollbackStep.commands)
        lines.push(`  - ${kit.code(command, 1000)}`);
    return lines.join('\n');
}
/** The rollback plan: steps in the order they would be taken, data-loss warning first. */
function buildRollback(rollback, kit) {
    if (!rollback.needed)
        return undefined;
    const head = ['### ↩️ Rollback plan', ''];
    if (rollback.dataLoss) {
        head.push('> [!WARNING]', '> Applying this plan destroys stored data that only a backup or snapshot can bring back.', '');
    }
    const steps = [...rollback.steps].sort((a, b) => Number(b.kind === 'restore-data') - Number(a.kind === 'restore-data'));
    const items = steps.map(rollbackStep => renderStep(rollbackStep, kit));
    const tail = rollback.notes.length > 0 ? ['', ...rollback.notes.map(note => `_${kit.text(note)}_`)] : [];
    return { title: 'Rollback plan', essential: false, head, items, tail };
}
/** Root output changes; sensitive ones show as (sensitive), never their value. */
function buildOutputs(analysis, kit) {
    const outputs = analysis.outputs.filter(output => output.kind !== 'no-op');
    if (outputs.length === 0)
        return undefined;
    const rows = outputs.map(output => {
        const before = output.sensitive ? '_(sensitive)_' : kit.value(output.before);
        const after = output.sensitive ? '_(sensitive)_' : kit.value(output.after);
        return `| ${kit.code(output.name)} | ${output.kind} | ${before} | ${after} |`;
    });
    return {
        title: 'Output changes',
        essential: false,
        head: [
            `### Output changes (${outputs.length})`,
            '',
            '| Output | Action | Before | After |',
            '| --- | --- | --- | --- |'
        ],
        items: rows,
        tail: [],
        more: n => `| … | ${n} more | | |`
    };
}
/** An http(s) URL percent-encoded so it cannot leave the link target; anything else is dropped. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/i.test(url))
        return undefined;
    try {
        return encodeURI(url).replace(/[()<>'"`\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
    }
    catch {
        return undefined;
    }
}
/** Where everything else is: run, commit, plan artifact, plan source and versions. */
function buildFooter(analysis, context, kit) {
    const facts = [];
    const url = safeUrl(context.runUrl);
    if (url)
        facts.push(`[Workflow run](${url})`);
    if (context.commitSha)
        facts.push(`commit ${kit.code(context.commitSha.slice(0, 40))}`);
    if (context.artifactName)
        facts.push(`plan artifact ${kit.code(context.artifactName)}`);
    if (analysis?.terraformVersion)
        facts.push(`terraform ${kit.code(analysis.terraformVersion)}`);
    if (analysis)
        facts.push(`plan format ${kit.code(analysis.formatVersion)}`);
    const head = ['---', '', facts.join(' · ')];
    if (context.policyNote)
        head.push('', `_${kit.text(context.policyNote)}_`);
    return { title: 'Footer', essential: true, head, items: [], tail: [] };
}

;// CONCATENATED MODULE: ./src/render/sections-overview.ts
const RISK_ICON = {
    none: '⚪',
    low: '🟢',
    medium: '🟡',
    high: '🟠',
    critical: '🔴'
};
const SEVERITY_ICON = { deny: '❌', warn: '⚠️', pass: '✅' };
/** "Plan: 1 to add, 2 to change, 3 to destroy." exactly as Terraform words it. */
function describePlanLine(counts) {
    return `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`;
}
/** One line for the gate's decision, honest about dry runs. */
function describeVerdict(verdict, dryRun, preview = false) {
    if (preview)
        return verdict.allowed ? '✅ **Gate preview: would allow**' : '❌ **Gate preview: would deny**';
    if (verdict.allowed)
        return '✅ **Gate: allowed**';
    const suffix = dryRun
        ? ' (dry run: the step does not fail; apply must be skipped on `allowed == false`)'
        : '';
    return `❌ **Gate: denied**${suffix}`;
}
/** Title plus the one-line verdict: risk, Terraform's plan line, gate decision. */
function buildHeader(kind, analysis, context, kit) {
    const head = [
        `## infra-guard ${kind}: ${kit.code(context.workingDirectory)} → ${kit.code(context.environment)}`,
        ''
    ];
    const facts = [];
    if (analysis) {
        const level = analysis.risk.level;
        facts.push(`${RISK_ICON[level]} **Risk: ${level.toUpperCase()}**`, `**${describePlanLine(analysis.counts)}**`);
    }
    else {
        // No analysis: the plan, the policy or an input stopped the gate before it could decide.
        facts.push('🛑 **The gate could not evaluate this plan**');
    }
    if (context.verdict)
        facts.push(describeVerdict(context.verdict, context.dryRun, context.gatePreview));
    head.push(facts.join(' · '));
    // Run notes say when a check was relaxed on purpose (allow_stale_plan, overrides): reviewers must see it.
    for (const note of context.notes ?? [])
        head.push('', `> [!NOTE]\n> ${kit.text(note)}`);
    return { title: 'Header', essential: true, head, items: [], tail: [] };
}
/** Anything that makes the plan itself doubtful; the gate fails closed on all of it. */
function buildIntegrity(analysis, kit) {
    const lines = [];
    if (analysis.errored)
        lines.push('> [!CAUTION]\n> Terraform reports that planning **errored**; this plan must not be applied.');
    else if (!analysis.complete)
        lines.push('> [!WARNING]\n> Terraform reports this plan as **incomplete** (not every change is known).');
    if (lines.length === 0 && analysis.unreadable.length === 0)
        return undefined;
    const items = analysis.unreadable.map(entry => `- ${kit.code(entry.address)}: ${kit.text(entry.problem)}`);
    const head = [...lines];
    if (items.length > 0) {
        head.push('', `**${items.length} entr${items.length === 1 ? 'y' : 'ies'} could not be understood** (the gate refuses the plan):`);
    }
    return { title: 'Plan integrity', essential: true, head, items, tail: [] };
}
/** Risk level first, then every reason with the addresses that caused it. */
function buildRisk(analysis, kit) {
    const { level, reasons } = analysis.risk;
    const head = [`### ${RISK_ICON[level]} Risk: ${level}`];
    if (reasons.length === 0)
        head.push('', 'No risk rule matched.');
    else
        head.push('');
    const items = reasons.map(reason => {
        const omitted = reason.omittedAddresses ?? 0;
        const where = reason.addresses.length + omitted > 0
            ? `: ${kit.addresses(reason.addresses, kit.profile.addressesPerReason, omitted)}`
            : '';
        return `- ${RISK_ICON[reason.level]} **${reason.level}** ${kit.text(reason.description)} (${kit.code(reason.rule)})${where}`;
    });
    return {
        title: 'Risk reasons',
        essential: true,
        head,
        items,
        tail: [],
        more: n => `- … ${n} more reason(s)`
    };
}
/** The counts table: Terraform's three numbers, then what makes them up, and data reads apart. */
function buildCounts(counts) {
    return {
        title: 'Counts',
        essential: true,
        head: [
            '| To add | To change | To destroy | Replace | Import | Move | Forget | No-op | Data reads |',
            '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
            `| ${counts.add} | ${counts.change} | ${counts.destroy} | ${counts.replace} | ${counts.import} | ${counts.move} | ${counts.forget} | ${counts.noop} | ${counts.read} |`,
            '',
            '_To add_ counts creates and replacements, _to destroy_ deletes and replacements, as Terraform does; data-source reads are never changes.'
        ],
        items: [],
        tail: []
    };
}
/** The non-empty lines of a finding's message; never an empty list. */
function messageLines(message) {
    const lines = message.split(/\r?\n/).filter(line => line.trim() !== '');
    return lines.length > 0 ? lines : [message];
}
function renderFinding(finding, kit) {
    const [first, ...more] = messageLines(finding.message);
    const lines = [
        `- ${SEVERITY_ICON[finding.severity]} **${finding.severity}** ${kit.code(finding.rule)}: ${kit.text(first)}`,
        ...more.map(line => `  - ${kit.text(line.trim().replace(/^[-*]\s+/, ''))}`)
    ];
    if (finding.addresses.length > 0) {
        lines.push(`  - Addresses: ${kit.addresses(finding.addresses, kit.profile.addressesPerFinding)}`);
    }
    if (finding.remedy)
        lines.push(`  - How to proceed: ${kit.text(finding.remedy)}`);
    return lines.join('\n');
}
/** The gate's decision with denials first, then warnings, then passes. */
function buildGate(verdict, context, kit) {
    const order = ['deny', 'warn', 'pass'];
    const findings = [...verdict.findings].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity));
    const protection = verdict.protectedEnvironment ? 'protected' : 'not protected';
    const head = [
        context.gatePreview
            ? `### Safety gate preview: ${verdict.allowed ? '✅ would allow' : '❌ would deny'} in this environment`
            : `### Safety gate: ${verdict.allowed ? '✅ allowed' : '❌ denied'}`,
        '',
        `Environment ${kit.code(verdict.environment)} (${protection}).`
    ];
    if (!verdict.allowed && context.dryRun) {
        head.push('', '**Dry run**: the verdict is _denied_ but this step does not fail. The workflow must skip apply when `allowed` is `false`.');
    }
    if (findings.length > 0)
        head.push('');
    // Passed checks that found nothing need no paragraph each: one line lists them, so denials and
    // warnings stay what a reviewer reads.
    const quiet = findings.filter(finding => finding.severity === 'pass' && finding.addresses.length === 0);
    const items = findings
        .filter(finding => !quiet.includes(finding))
        .map(finding => renderFinding(finding, kit));
    if (quiet.length > 0) {
        items.push(`- ${SEVERITY_ICON.pass} Passed: ${quiet.map(finding => kit.code(finding.rule)).join(', ')}`);
    }
    return {
        title: 'Safety gate findings',
        essential: true,
        head,
        items,
        tail: [],
        more: n => `- … ${n} more finding(s); see the job summary`
    };
}

;// CONCATENATED MODULE: ./src/render/plan-report.ts
/**
 * The plan report in its two forms: the job summary (up to GitHub's 1 MiB step-summary limit) and
 * the PR comment (up to 65,536 characters, found again by its hidden marker). Both carry the most
 * important facts first; when a form does not fit, essential sections are kept and the rest is cut
 * with a visible note pointing to where the whole report is.
 */








/** The analysis' own rollback plan when it has one, otherwise the renderer's minimal derivation. */
function selectRollbackPlan(analysis, context) {
    const provided = analysis.rollback;
    return provided ?? (0,rollback.deriveRollbackPlan)(analysis, context.commitSha);
}
/** Every section of a plan report, in reading order. */
function buildPlanSections(analysis, context, kit, kind = 'plan') {
    const sections = [
        buildHeader(kind, analysis, context, kit),
        buildIntegrity(analysis, kit),
        buildRisk(analysis, kit),
        buildCounts(analysis.counts),
        context.verdict ? buildGate(context.verdict, context, kit) : undefined,
        buildDestructive(analysis, kit),
        buildApprovals(context, kit),
        buildCost(context),
        buildOtherChanges(analysis, kit),
        buildAttributes(analysis, kit),
        buildRollback(selectRollbackPlan(analysis, context), kit),
        buildDrift(analysis, kit),
        buildOutputs(analysis, kit),
        buildFooter(analysis, context, kit)
    ];
    return sections.filter((section) => section !== undefined);
}
/** The visible note for a cut report: what was cut and where the whole report is. */
function describeCut(context, place, kit) {
    return cut => {
        const where = [];
        const url = safeUrl(context.runUrl);
        if (place === 'comment')
            where.push(url ? `the [job summary](${url})` : 'the job summary of this run');
        where.push(context.artifactName ? `the plan artifact ${kit.code(context.artifactName)}` : 'the plan artifact');
        const limit = place === 'comment' ? "GitHub's 65,536-character comment limit" : "GitHub's 1 MiB job summary limit";
        return [
            '> [!NOTE]',
            `> This report was shortened to fit ${limit}. Cut or left out: ${cut.map(title => kit.text(title)).join(', ')}.`,
            `> The full report is in ${where.join(' and ')}.`
        ].join('\n');
    };
}
/**
 * Fits, scrubs, and checks the result. Scrubbing can lengthen text (a short secret becomes
 * "(sensitive)"), so an overflow after scrubbing refits with a smaller budget.
 */
function fitAndScrub(sections, budget, measure, note, sensitive, prefix = '') {
    let target = budget - measure(prefix);
    for (let attempt = 0; attempt < 4; attempt++) {
        // The prefix (the comment marker) is the action's own text and must stay byte-exact to be found again.
        const text = prefix + (0,scrub/* scrubSensitive */.IH)(fitSections(sections, { budget: target, measure, note }), sensitive);
        const overflow = measure(text) - budget;
        if (overflow <= 0)
            return text.endsWith('\n') ? text : `${text}\n`;
        target -= overflow + 256;
    }
    // Unreachable in practice; still never exceed the limit: cut at a line boundary and say so.
    const text = prefix + (0,scrub/* scrubSensitive */.IH)(fitSections(sections, { budget: target, measure, note }), sensitive);
    const lines = [];
    let size = 0;
    for (const line of text.split('\n')) {
        size += measure(line) + 1;
        if (size > budget - 200)
            break;
        lines.push(line);
    }
    return `${lines.join('\n')}\n\n_… report cut at the size limit._\n`;
}
function render(analysis, context, profile) {
    const kit = createKit(analysis.sensitiveValues, profile);
    return { kit, sections: buildPlanSections(analysis, context, kit) };
}
/** The job summary for `plan` mode: Markdown, at most LIMIT.summaryBytes bytes of UTF-8. */
function renderPlanReport(analysis, context) {
    const { kit, sections } = render(analysis, context, SUMMARY_PROFILE);
    return fitAndScrub(sections, constants/* LIMIT */.uK.summaryBytes, utf8Bytes, describeCut(context, 'summary', kit), analysis.sensitiveValues);
}
/**
 * The PR comment: the hidden `marker` on the first line, then the report, never longer than
 * LIMIT.commentChars - LIMIT.commentReserve characters.
 */
function renderPlanComment(analysis, context, marker) {
    const { kit, sections } = render(analysis, context, COMMENT_PROFILE);
    const budget = constants/* LIMIT */.uK.commentChars - constants/* LIMIT */.uK.commentReserve;
    return fitAndScrub(sections, budget, charLength, describeCut(context, 'comment', kit), analysis.sensitiveValues, `${marker}\n`);
}

;// CONCATENATED MODULE: ./src/render/gate-report.ts
/**
 * The safety gate's outputs for humans: the job summary (verdict first, then the plan report) and
 * the plain log lines (deny message first, then the addresses, then how to proceed).
 */








/**
 * The safety-gate job summary. `analysis` is undefined when the plan could not be read: the report
 * then shows the verdict and its findings (which say why) and nothing that would need the plan.
 */
function renderGateReport(verdict, analysis, context) {
    const withVerdict = { ...context, verdict };
    const sensitive = analysis?.sensitiveValues ?? new Set();
    const kit = createKit(sensitive, SUMMARY_PROFILE);
    const sections = analysis
        ? buildPlanSections(analysis, withVerdict, kit, 'safety gate')
        : [
            buildHeader('safety gate', undefined, withVerdict, kit),
            buildGate(verdict, withVerdict, kit),
            buildFooter(undefined, withVerdict, kit)
        ];
    return fitAndScrub(sections, constants/* LIMIT */.uK.summaryBytes, utf8Bytes, describeCut(withVerdict, 'summary', kit), sensitive);
}
/** Log lines for one finding: its message, its addresses one per line, and the remedy. */
function describeFinding(finding, label) {
    // A message may carry several lines (a policy file with several problems): each becomes its own
    // log line, so escaping cannot fold them into one line full of literal "\n".
    const lines = messageLines(finding.message);
    if (finding.addresses.length > 0) {
        const shown = finding.addresses.slice(0, constants/* LIMIT */.uK.destructiveAddresses);
        lines.push(`${label} (${finding.addresses.length}):`, ...shown.map(address => `  - ${address}`));
        if (finding.addresses.length > shown.length)
            lines.push(`  - … ${finding.addresses.length - shown.length} more`);
    }
    if (finding.remedy)
        lines.push(`How to proceed: ${finding.remedy}`);
    return lines;
}
/**
 * Plain lines for the step log. When denied the first line is the first denial's message (for the
 * destroy guard it starts with PROD_DESTROY_MESSAGE, so `::error::` + line 1 is the familiar error),
 * followed by its addresses and how to proceed, then any further denials and warnings. Every line
 * is inert for the runner (no line breaks, no workflow commands) and scrubbed of sensitive values.
 */
function renderGateLog(verdict, sensitiveValues = []) {
    const denials = verdict.findings.filter(finding => finding.severity === 'deny');
    const warnings = verdict.findings.filter(finding => finding.severity === 'warn');
    const lines = [];
    if (denials.length === 0 && !verdict.allowed) {
        // A denied verdict without a deny finding would be a bug upstream; say it rather than print nothing.
        lines.push(`Safety gate denied the plan for '${verdict.environment}' without a stated reason; treating it as a denial.`);
    }
    denials.forEach((finding, index) => {
        lines.push(...describeFinding(finding, 'Addresses'));
        if (index < denials.length - 1 || warnings.length > 0)
            lines.push('');
    });
    if (verdict.allowed) {
        const protection = verdict.protectedEnvironment ? 'protected' : 'not protected';
        lines.push(`Safety gate: allowed for environment '${verdict.environment}' (${protection}).`);
    }
    for (const finding of warnings) {
        const [message, ...rest] = describeFinding(finding, 'Addresses');
        lines.push(`Warning: ${message}`, ...rest);
    }
    return (0,scrub/* scrubLines */.dv)(lines.map(render_escape/* escapeLogLine */._P), sensitiveValues);
}

;// CONCATENATED MODULE: ./src/render/index.ts







/***/ }),

/***/ 118:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deriveRollbackPlan: () => (/* binding */ rollback_deriveRollbackPlan)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
;// CONCATENATED MODULE: ./src/analysis/rollback.ts
/**
 * A rollback plan derived from the plan alone: what to revert, which deletions and replacements lose
 * data that only a backup can bring back, and the exact terraform commands where one exists. The
 * wording is deliberately conservative: it advises, it never promises that a rollback is safe.
 */

/** Commands listed per step; beyond this the addresses are listed without one command each. */
const COMMANDS_PER_STEP = 20;
/** Derives the rollback plan for an analysed plan. Pure: reads only the analysis. */
function deriveRollbackPlan(analysis) {
    const notes = [];
    if (analysis.unreadable.length > 0) {
        notes.push('The plan holds entries infra-guard could not read; this rollback plan may be incomplete.');
    }
    if (analysis.omittedChanges > 0) {
        notes.push(`Only ${analysis.changes.length} of the plan's changes are listed here; check the full plan for the rest.`);
    }
    if (!analysis.hasChanges) {
        return {
            needed: false,
            dataLoss: false,
            steps: [],
            notes: ['Nothing to undo: the plan changes no resource.', ...notes]
        };
    }
    const dataReason = analysis.risk.reasons.find(reason => reason.rule === 'data-bearing-destroy');
    const dataBearing = new Set(dataReason?.addresses ?? []);
    const steps = [
        {
            kind: 'revert-commit',
            description: 'Revert the commit that introduced this change and run the pipeline again (plan, review, apply). Terraform then plans the way back; review that plan as carefully as this one.',
            addresses: [],
            commands: [
                'git revert <COMMIT_SHA>',
                'terraform plan -out=rollback.tfplan',
                'terraform apply rollback.tfplan'
            ]
        }
    ];
    const byKind = (kinds, predicate = () => true) => analysis.changes.filter(change => kinds.includes(change.kind) && predicate(change));
    if (dataReason) {
        steps.push(step('restore-data', 'These data-bearing resources are deleted or replaced. Once applied, their data is gone: reverting the code recreates them empty. Take a backup or snapshot before applying, and restore from it if you roll back. Record their current settings first:', dataReason.addresses, address => `terraform state show ${quote(address)}`, dataReason.omittedAddresses));
    }
    const deleted = byKind(['delete'], change => !dataBearing.has(change.address));
    if (deleted.length > 0) {
        steps.push(step('recreate', 'These resources are deleted. Reverting recreates them as new objects with new IDs; anything that referred to the old IDs outside this configuration must be updated.', deleted.map(change => change.address)));
    }
    const replaced = byKind(['replace'], change => !dataBearing.has(change.address));
    if (replaced.length > 0) {
        steps.push(step('recreate', 'These resources are replaced (destroyed and created again). The old objects cannot be brought back; reverting replaces them once more. If a new object comes up unhealthy, replace it again:', replaced.map(change => change.address), address => `terraform apply -replace=${quote(address)}`));
    }
    const forgotten = byKind(['forget', 'create-forget']);
    if (forgotten.length > 0) {
        steps.push(step('re-import', 'Terraform stops managing these resources but does not destroy them. To manage them again, restore their configuration and import them (note their IDs before applying):', forgotten.map(change => change.address), address => `terraform import ${quote(address)} <ID>`));
    }
    const imported = analysis.changes.filter(change => change.importing && change.kind !== 'create');
    if (imported.length > 0) {
        steps.push(step('state-rm', 'These existing objects are imported. To undo an import without destroying the object, remove the import block and drop it from state:', imported.map(change => change.address), address => `terraform state rm ${quote(address)}`));
    }
    const moved = analysis.changes.filter(change => change.previousAddress !== undefined);
    if (moved.length > 0) {
        steps.push({
            kind: 'move-back',
            description: 'These resources move to a new address. Reverting the moved blocks moves them back; without a revert, add a reverse moved block or move the state entry back:',
            ...bounded(moved.map(change => change.address)),
            commands: moved
                .slice(0, COMMANDS_PER_STEP)
                .map(change => `terraform state mv ${quote(change.address)} ${quote(change.previousAddress ?? '')}`)
        });
    }
    const updated = byKind(['update']);
    if (updated.length > 0) {
        steps.push(step('review', 'These resources are updated in place; reverting restores the earlier values. Values shown as (sensitive) or (known after apply) cannot be checked here: compare them by hand.', updated.map(change => change.address)));
    }
    return { needed: true, dataLoss: dataReason !== undefined, steps, notes };
}
function step(kind, description, addresses, command, alreadyOmitted = 0) {
    const list = bounded(addresses);
    if (alreadyOmitted > 0)
        list.omittedAddresses = (list.omittedAddresses ?? 0) + alreadyOmitted;
    return {
        kind,
        description,
        ...list,
        commands: command ? list.addresses.slice(0, COMMANDS_PER_STEP).map(command) : []
    };
}
function bounded(addresses) {
    const kept = addresses.slice(0, constants/* LIMIT */.uK.reasonAddresses);
    return addresses.length > kept.length
        ? { addresses: kept, omittedAddresses: addresses.length - kept.length }
        : { addresses: kept };
}
/** Single-quotes an address for POSIX shells (addresses hold `"` and `[]`, e.g. `aws_s3_bucket.b["logs"]`). */
function quote(address) {
    return `'${address.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/render/rollback.ts

/** Commit SHAs are hex; anything else stays a placeholder rather than being pasted into a command. */
const COMMIT_SHA = /^[0-9a-f]{7,64}$/i;
/** Derives the rollback plan and, when `commitSha` is a real SHA, puts it into the revert command. */
function rollback_deriveRollbackPlan(analysis, commitSha) {
    const plan = deriveRollbackPlan(analysis);
    if (!commitSha || !COMMIT_SHA.test(commitSha))
        return plan;
    return {
        ...plan,
        steps: plan.steps.map(step => ({
            ...step,
            commands: step.commands.map(command => command.replace('<COMMIT_SHA>', commitSha))
        }))
    };
}


/***/ })

};
