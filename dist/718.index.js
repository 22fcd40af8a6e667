export const id = 718;
export const ids = [718];
export const modules = {

/***/ 75718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58592);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83916);
/* harmony import */ var _analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(49759);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(42191);
/* harmony import */ var _adapters_terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(23003);
/* harmony import */ var _run_setup_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47243);
/* harmony import */ var _plan_outputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(22949);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(13051);
/**
 * `plan` mode: runs or reads a plan, analyses it, sets counts and risk, writes the job summary,
 * uploads the plan artifact and posts (or updates) the PR comment.
 */












/** Runs plan mode. Throws (failing the step) only when the plan cannot be produced or read. */
async function runPlan(inputs) {
    const setup = await (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .prepareRun */ .Z0)(inputs);
    const obtained = await _log_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('Obtain plan', async () => {
        const plan = await (0,_adapters_terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_8__/* .obtainPlan */ .J)({
            ...inputs,
            workspace: inputs.context.workspace,
            outputDir: setup.outputDir
        });
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`);
        return plan;
    });
    const { analysis, verdict } = await _log_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('Analyse plan', async () => {
        const result = (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .evaluatePlanFile */ .ZB)(obtained.planJson, setup, await (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .gateContext */ .VS)(inputs, setup));
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq((0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .describeCounts */ .wv)(result.analysis));
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `Risk: ${result.analysis.risk.level}`);
        return result;
    });
    (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .registerSensitiveValues */ .Sn)(analysis);
    await (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .logPlanOutput */ .zs)(obtained.planOutput, analysis);
    (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .setPlanOutputs */ .AS)(analysis, obtained.planJson);
    (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_10__/* .setPolicyOutputs */ .rf)(verdict, analysis);
    const context = { ...(0,_run_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .reportContextFor */ .Tr)(inputs, setup, verdict), gatePreview: true };
    const report = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renderPlanReport */ .QP)(analysis, context);
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(setup.outputDir, 'report.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.writeFileSync)(reportPath, report);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .OUTPUT */ .aQ.summaryMarkdown, reportPath);
    await (0,_job_summary_js__WEBPACK_IMPORTED_MODULE_11__/* .writeJobSummary */ .j)(report);
    if (!verdict.allowed) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `The safety gate would deny this plan in '${setup.environment.name}' (${verdict.findings.filter(f => f.severity === 'deny').length} denial(s)); see the report.`);
    }
    await _log_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('Upload plan artifact', async () => {
        try {
            await uploadArtifact(inputs, setup, obtained, reportPath, analysis);
        }
        catch (error) {
            // The report and the comment are still worth having; a gate that needs the artifact fails closed without it.
            _log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `The plan artifact was not uploaded, so a later safety-gate cannot download it: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}`);
        }
    });
    await _log_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('PR comment', async () => {
        const marker = _constants_js__WEBPACK_IMPORTED_MODULE_4__/* .MARKER */ .tl.planComment((0,_run_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .workspaceRelative */ .Uc)(inputs), setup.environment.name);
        await postComment(inputs, (0,_render_index_js__WEBPACK_IMPORTED_MODULE_7__/* .renderPlanComment */ .zk)(analysis, context, marker), marker);
    });
}
async function uploadArtifact(inputs, setup, obtained, reportPath, analysis) {
    if (!inputs.context.hasActionsRuntime) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm('Not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the plan artifact was not uploaded.');
        return;
    }
    const { buildManifest } = await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 77520));
    const { uploadPlanArtifact } = await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 13446));
    const { writeRedactedPlan } = await __webpack_require__.e(/* import() */ 485).then(__webpack_require__.bind(__webpack_require__, 95485));
    // Anyone who can read the repository's runs can download the artifact: its plan JSON has every
    // secret the analysis found replaced (SECURITY.md). Only plan.tfplan, which apply needs, is raw.
    const redacted = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(setup.outputDir, 'plan.redacted.json');
    writeRedactedPlan(obtained.planJson, redacted, (0,_analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_6__/* .planSecrets */ .Ds)(analysis.sensitiveValues));
    const files = [
        { name: 'plan.json', path: redacted },
        { name: 'report.md', path: reportPath },
        ...(obtained.planFile ? [{ name: 'plan.tfplan', path: obtained.planFile }] : [])
    ];
    const manifest = await buildManifest({
        files,
        commitSha: inputs.context.sha,
        workingDirectory: (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_9__/* .workspaceRelative */ .Uc)(inputs),
        environment: setup.environment.name,
        terraformVersion: analysis.terraformVersion ?? 'unknown',
        counts: analysis.counts,
        risk: analysis.risk.level
    });
    const uploaded = await uploadPlanArtifact({
        name: inputs.artifactName,
        files,
        manifest,
        retentionDays: inputs.artifactRetentionDays
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .OUTPUT */ .aQ.artifactId, String(uploaded.id));
    _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `Uploaded plan artifact '${inputs.artifactName}' (id ${uploaded.id}, ${uploaded.size} bytes)`);
}
/** A comment that cannot be posted is a warning: it never changes what the gate decides. */
async function postComment(inputs, body, marker) {
    const { context } = inputs;
    if (inputs.comment === 'off')
        return _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('comment: off; no PR comment written');
    if (!context.prNumber)
        return _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq('Not a pull request (and no pr_number): no PR comment written');
    if (!inputs.githubToken || !context.repository) {
        return _log_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm('No github_token or repository: the PR comment was skipped.');
    }
    try {
        const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(422)]).then(__webpack_require__.bind(__webpack_require__, 66422));
        const { upsertMarkedComment } = await __webpack_require__.e(/* import() */ 833).then(__webpack_require__.bind(__webpack_require__, 28833));
        const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl });
        const result = await upsertMarkedComment(client, {
            ...context.repository,
            issueNumber: context.prNumber,
            marker,
            body,
            mode: inputs.comment === 'new' ? 'new' : 'update'
        });
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_4__/* .OUTPUT */ .aQ.commentId, String(result.id));
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `PR comment ${result.action}: ${result.url}`);
    }
    catch (error) {
        _log_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(_log_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV `Could not write the PR comment: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .describeError */ .Uc)(error)}`);
    }
}


/***/ })

};
