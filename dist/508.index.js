export const id = 508;
export const ids = [508];
export const modules = {

/***/ 10508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDrift: () => (/* binding */ runDrift)
});

// EXTERNAL MODULE: ./src/toolkit/core.ts + 1 modules
var core = __webpack_require__(41745);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 16 modules
var analyse_plan = __webpack_require__(39493);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
// EXTERNAL MODULE: ./src/render/scrub.ts
var scrub = __webpack_require__(83067);
;// CONCATENATED MODULE: ./src/drift/drift-report.ts



/** Resources listed in full in an issue; the rest are counted. */
const RESOURCES_LISTED = 100;
/** Attribute changes shown per resource. */
const ATTRIBUTES_LISTED = 10;
/**
 * Decides whether there is drift. Exit code 2 means the plan has changes; drift found by refresh
 * alone (exit code 0 with resource_drift entries) counts too.
 */
function summarizeDrift(analysis, planExitCode) {
    const addresses = new Set();
    for (const change of [...analysis.changes, ...analysis.drift])
        addresses.add(change.address);
    const outputChanges = analysis.outputs.filter(output => output.kind !== 'no-op').length;
    const unreadable = analysis.unreadable.length;
    const detected = planExitCode === 2 ||
        analysis.hasChanges ||
        analysis.driftCount > 0 ||
        outputChanges > 0 ||
        unreadable > 0;
    return {
        detected,
        driftedCount: addresses.size + analysis.omittedChanges + Math.max(0, analysis.driftCount - analysis.drift.length),
        outsideTerraform: analysis.drift,
        codeDiffers: analysis.changes,
        outputChanges,
        unreadable
    };
}
/** Issue title: one issue per root module and environment. */
function driftIssueTitle(context) {
    return `Infrastructure drift: ${context.directory} (${context.environment})`;
}
/** The drift issue body (also the job summary). Sensitive strings are scrubbed as a last line of defence. */
function renderDriftReport(report, analysis, context) {
    const lines = [
        `## ${report.detected ? '⚠️ Drift detected' : '✅ No drift'}: ${(0,render_escape/* inlineCode */.ti)(context.directory)} (${(0,render_escape/* inlineCode */.ti)(context.environment)})`,
        '',
        report.detected
            ? `${report.driftedCount} resource(s) differ from the code. Plan: ${analysis.counts.add} to add, ${analysis.counts.change} to change, ${analysis.counts.destroy} to destroy.`
            : 'The infrastructure matches the code.',
        ''
    ];
    if (context.commit || context.runUrl) {
        const parts = [
            context.commit ? `commit ${(0,render_escape/* inlineCode */.ti)(context.commit.slice(0, 12))}` : '',
            context.runUrl ? (0,render_escape/* escapeMarkdown */.FV)(context.runUrl) : ''
        ];
        lines.push(`Checked at ${parts.filter(Boolean).join(', run ')}.`, '');
    }
    if (report.outsideTerraform.length > 0) {
        lines.push('### Changed outside Terraform', '', 'Terraform found these objects changed since the last apply (`resource_drift`):', '');
        lines.push(...renderChanges(report.outsideTerraform));
    }
    if (report.codeDiffers.length > 0) {
        lines.push('### Differs from the code', '', 'Applying the code now would make these changes (`resource_changes`):', '');
        lines.push(...renderChanges(report.codeDiffers));
    }
    if (analysis.omittedChanges > 0)
        lines.push(`…and ${analysis.omittedChanges} more change(s) counted but not listed.`, '');
    if (report.outputChanges > 0)
        lines.push(`${report.outputChanges} root output(s) would change.`, '');
    if (report.unreadable > 0) {
        lines.push(`**${report.unreadable} plan entr(ies) could not be read**; inspect the plan by hand:`, '');
        for (const entry of analysis.unreadable.slice(0, 20))
            lines.push(`- ${(0,render_escape/* inlineCode */.ti)(entry.address)}: ${(0,render_escape/* escapeMarkdown */.FV)(entry.problem)}`);
        lines.push('');
    }
    if (report.detected) {
        lines.push('**What to do:** either apply the code to bring the infrastructure back (a reviewed `terraform plan` and `apply`), ' +
            'or change the code to accept the new reality (`terraform plan -refresh-only` shows what a refresh would record).', '');
    }
    const text = (0,scrub/* scrubSensitive */.IH)(lines.join('\n'), analysis.sensitiveValues);
    const limit = constants/* LIMIT */.uK.commentChars - constants/* LIMIT */.uK.commentReserve;
    return text.length > limit
        ? `${text.slice(0, limit)}\n\n… (report cut to fit GitHub's limit; see the job summary)`
        : text;
}
function renderChanges(changes) {
    const lines = [];
    for (const change of changes.slice(0, RESOURCES_LISTED)) {
        lines.push(`<details><summary>${(0,render_escape/* escapeMarkdown */.FV)(`${change.kind}: ${change.address}`)}</summary>`, '');
        if (change.attributes.length === 0) {
            lines.push(change.kind === 'delete' ? 'The object no longer exists.' : 'The whole object changes.', '');
        }
        else {
            lines.push('| Attribute | Before | After |', '| --- | --- | --- |');
            for (const attribute of change.attributes.slice(0, ATTRIBUTES_LISTED)) {
                const path = `${attribute.path}${attribute.forcesReplacement ? ' (forces replacement)' : ''}`;
                lines.push(`| ${(0,render_escape/* inlineCode */.ti)(path)} | ${(0,render_escape/* escapeTableCell */.aL)((0,render_escape/* truncateText */.EJ)(attribute.before, 200))} | ${(0,render_escape/* escapeTableCell */.aL)((0,render_escape/* truncateText */.EJ)(attribute.after, 200))} |`);
            }
            const more = change.attributes.length - ATTRIBUTES_LISTED + change.omittedAttributes;
            if (more > 0)
                lines.push('', `…and ${more} more attribute(s).`);
            lines.push('');
        }
        lines.push('</details>', '');
    }
    if (changes.length > RESOURCES_LISTED)
        lines.push(`…and ${changes.length - RESOURCES_LISTED} more resource(s).`, '');
    return lines;
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/terraform/obtain-plan.ts
var obtain_plan = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/modes/plan-outputs.ts
var plan_outputs = __webpack_require__(80542);
// EXTERNAL MODULE: ./src/modes/run-setup.ts + 13 modules
var run_setup = __webpack_require__(79144);
// EXTERNAL MODULE: ./src/modes/job-summary.ts
var job_summary = __webpack_require__(32298);
;// CONCATENATED MODULE: ./src/modes/drift.ts
/**
 * `drift` mode: plan against the real infrastructure without taking the state lock, report what
 * changed outside Terraform and what differs from the code, and keep one GitHub issue per root
 * module and environment in step with it. A failed plan is a failure, never "no drift".
 */










/** Runs the drift check; fails only on errors, or on drift when fail_on_drift is true. */
async function runDrift(inputs) {
    // The policy's environments (aliases, branches) name the environment, as in plan and safety-gate.
    const setup = await (0,run_setup/* prepareRun */.Z0)(inputs);
    const { environment, outputDir } = setup;
    const repoRoot = (0,external_node_path_.resolve)(inputs.context.workspace);
    const moduleDir = (0,external_node_path_.resolve)(repoRoot, inputs.workingDirectory);
    const directory = (0,external_node_path_.relative)(repoRoot, moduleDir).split('\\').join('/') || '.';
    if (inputs.planFile || inputs.planJson) {
        core/* warning */.$e('drift ignores plan_file and plan_json: it always plans against the current infrastructure');
    }
    const plan = await core/* group */.Os('terraform plan -detailed-exitcode -lock=false', () => (0,obtain_plan/* obtainPlan */.J)({
        workingDirectory: moduleDir,
        terraformBinary: inputs.terraformBinary,
        outputDir,
        planArgs: ['-lock=false']
    }));
    const analysis = await core/* group */.Os('Analyse the drift plan', () => (0,analyse_plan.analysePlanFile)(plan.planJson));
    (0,plan_outputs/* registerSensitiveValues */.Sn)(analysis);
    await (0,plan_outputs/* logPlanOutput */.zs)(plan.planOutput, analysis);
    if (analysis.errored) {
        throw new errors/* InfraGuardError */.ye(`terraform reported the drift plan for '${directory}' as errored; drift cannot be judged from it. Fix the errors in the plan log and run again`);
    }
    const report = summarizeDrift(analysis, plan.planExitCode);
    (0,plan_outputs/* setPlanOutputs */.AS)(analysis, plan.planJson);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.driftDetected, String(report.detected));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.driftedResources, String(report.driftedCount));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.driftJson, plan.planJson);
    core/* info */.pq(`${(0,plan_outputs/* describeCounts */.wv)(analysis)} Drift: ${report.detected ? `${report.driftedCount} resource(s)` : 'none'}`);
    const context = {
        directory,
        environment: environment.name,
        commit: inputs.context.sha,
        runUrl: inputs.context.runUrl
    };
    const body = renderDriftReport(report, analysis, context);
    await (0,job_summary/* writeJobSummary */.j)(body);
    const issueNumber = await core/* group */.Os('Drift issue', () => syncIssue(inputs, context, body, report.detected));
    if (issueNumber !== undefined)
        core/* setOutput */.uH(constants/* OUTPUT */.aQ.driftIssueNumber, String(issueNumber));
    if (report.detected) {
        const message = `Drift detected in '${directory}' (${environment.name}): ${report.driftedCount} resource(s) differ from the code`;
        if (inputs.failOnDrift)
            throw new errors/* InfraGuardError */.ye(`${message}; see the job summary${issueNumber ? ` and issue #${issueNumber}` : ''}`);
        core/* warning */.$e(message);
    }
}
/** Creates, updates or closes the drift issue; outside GitHub (no token or repository) it says why it skipped. */
async function syncIssue(inputs, context, body, drifted) {
    const repository = inputs.context.repository;
    if (!inputs.githubToken || !repository) {
        core/* notice */.lm(`Drift issue skipped: ${!repository ? 'not running on GitHub (no GITHUB_REPOSITORY)' : 'no github_token'}`);
        return undefined;
    }
    // Loaded here so that runs without GitHub never load Octokit.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 71632));
    const { syncDriftIssue } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 89382));
    const client = createGitHubClient({ token: inputs.githubToken, apiUrl: inputs.context.apiUrl });
    const result = await syncDriftIssue(client, {
        owner: repository.owner,
        repo: repository.repo,
        marker: constants/* MARKER */.tl.driftIssue(context.directory, context.environment),
        title: driftIssueTitle(context),
        body,
        label: inputs.driftLabel,
        drifted,
        closeComment: `No drift any more: the check${context.runUrl ? ` in ${context.runUrl}` : ''} found '${context.directory}' (${context.environment}) matching the code. Closing.`
    });
    core/* info */.pq(`Drift issue: ${result.action}${result.number ? ` #${result.number}` : ''}${result.url ? ` ${result.url}` : ''}`);
    return result.number;
}


/***/ })

};
