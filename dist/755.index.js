export const id = 755;
export const ids = [755];
export const modules = {

/***/ 45755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDrift: () => (/* binding */ runDrift)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 6 modules
var analyse_plan = __webpack_require__(54253);
;// CONCATENATED MODULE: ./src/analysis/drift.ts
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

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/parse/workspace-path.ts
var workspace_path = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/render/index.ts + 16 modules
var render = __webpack_require__(42191);
// EXTERNAL MODULE: ./src/action/adapters/files.ts + 1 modules
var files = __webpack_require__(54714);
// EXTERNAL MODULE: ./src/action/adapters/terraform/obtain-plan.ts
var obtain_plan = __webpack_require__(23003);
// EXTERNAL MODULE: ./src/action/modes/plan-outputs.ts
var plan_outputs = __webpack_require__(22949);
// EXTERNAL MODULE: ./src/action/modes/run-setup.ts + 3 modules
var run_setup = __webpack_require__(47243);
// EXTERNAL MODULE: ./src/action/modes/job-summary.ts
var job_summary = __webpack_require__(13051);
;// CONCATENATED MODULE: ./src/action/modes/drift.ts
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
    const moduleDir = (0,external_node_path_.resolve)(inputs.context.workspace, inputs.workingDirectory);
    const directory = (0,workspace_path/* relativeToWorkspace */.T)(inputs.workingDirectory, inputs.context.workspace);
    if (inputs.planFile || inputs.planJson) {
        log/* warning */.$e('drift ignores plan_file and plan_json: it always plans against the current infrastructure');
    }
    const plan = await log/* group */.Os('terraform plan -detailed-exitcode -lock=false', () => (0,obtain_plan/* obtainPlan */.J)({
        workingDirectory: moduleDir,
        terraformBinary: inputs.terraformBinary,
        outputDir,
        planArgs: ['-lock=false']
    }));
    const analysis = await log/* group */.Os('Analyse the drift plan', async () => (0,files/* withPlanFile */.aq)(plan.planJson, source => (0,analyse_plan/* analysePlan */.J)(source)));
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
    log/* info */.pq(log/* own */.ZV `${(0,plan_outputs/* describeCounts */.wv)(analysis)} Drift: ${report.detected ? `${report.driftedCount} resource(s)` : 'none'}`);
    const context = {
        directory,
        environment: environment.name,
        commit: inputs.context.sha,
        runUrl: inputs.context.runUrl
    };
    const body = (0,render/* renderDriftReport */.EI)(report, analysis, context);
    await (0,job_summary/* writeJobSummary */.j)(body);
    const issueNumber = await log/* group */.Os('Drift issue', () => syncIssue(inputs, context, body, report.detected));
    if (issueNumber !== undefined)
        core/* setOutput */.uH(constants/* OUTPUT */.aQ.driftIssueNumber, String(issueNumber));
    if (report.detected) {
        const message = `Drift detected in '${directory}' (${environment.name}): ${report.driftedCount} resource(s) differ from the code`;
        if (inputs.failOnDrift)
            throw new errors/* InfraGuardError */.ye(`${message}; see the job summary${issueNumber ? ` and issue #${issueNumber}` : ''}`);
        log/* warning */.$e(message);
    }
}
/** Creates, updates or closes the drift issue; outside GitHub (no token or repository) it says why it skipped. */
async function syncIssue(inputs, context, body, drifted) {
    const repository = inputs.context.repository;
    if (!inputs.githubToken || !repository) {
        log/* notice */.lm(log/* own */.ZV `Drift issue skipped: ${!repository ? 'not running on GitHub (no GITHUB_REPOSITORY)' : 'no github_token'}`);
        return undefined;
    }
    // Loaded here so that runs without GitHub never load Octokit.
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(422)]).then(__webpack_require__.bind(__webpack_require__, 66422));
    const { syncDriftIssue } = await __webpack_require__.e(/* import() */ 698).then(__webpack_require__.bind(__webpack_require__, 12698));
    const client = createGitHubClient({ token: inputs.githubToken, apiUrl: inputs.context.apiUrl });
    const result = await syncDriftIssue(client, {
        owner: repository.owner,
        repo: repository.repo,
        marker: constants/* MARKER */.tl.driftIssue(context.directory, context.environment),
        title: (0,render/* driftIssueTitle */.jE)(context),
        body,
        label: inputs.driftLabel,
        drifted,
        closeComment: `No drift any more: the check${context.runUrl ? ` in ${context.runUrl}` : ''} found '${context.directory}' (${context.environment}) matching the code. Closing.`
    });
    log/* info */.pq(log/* own */.ZV `Drift issue: ${result.action}${result.number ? ` #${result.number}` : ''}${result.url ? ` ${result.url}` : ''}`);
    return result.number;
}


/***/ })

};
