export const id = 317;
export const ids = [317];
export const modules = {

/***/ 12317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPlan: () => (/* binding */ runPlan)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41745);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(83916);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83440);
/* harmony import */ var _terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1231);
/* harmony import */ var _run_setup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79144);
/* harmony import */ var _plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80542);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32298);
/**
 * `plan` mode: runs or reads a plan, analyses it, sets counts and risk, writes the job summary,
 * uploads the plan artifact and posts (or updates) the PR comment.
 */










/** Runs plan mode. Throws (failing the step) only when the plan cannot be produced or read. */
async function runPlan(inputs) {
    const setup = await (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareRun */ .Z0)(inputs);
    const obtained = await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Obtain plan', async () => {
        const plan = await (0,_terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .obtainPlan */ .J)({ ...inputs, outputDir: setup.outputDir });
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`);
        return plan;
    });
    const evaluated = await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Analyse plan', async () => {
        const result = await (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .analyseWithPolicy */ .CK)(inputs, setup, obtained.planJson);
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .describeCounts */ .wv)(result.analysis));
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Risk: ${result.analysis.risk.level}`);
        return result;
    });
    const { analysis, verdict } = evaluated;
    (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSensitiveValues */ .Sn)(analysis);
    await (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .logPlanOutput */ .zs)(obtained.planOutput, analysis);
    (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .setPlanOutputs */ .AS)(analysis, obtained.planJson);
    evaluated.setPolicyOutputs();
    const context = { ...(0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .reportContextFor */ .Tr)(inputs, setup, evaluated), gatePreview: true };
    const report = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanReport */ .QP)(analysis, context);
    const reportPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(setup.outputDir, 'report.md');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(reportPath, report);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.summaryMarkdown, reportPath);
    await (0,_job_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJobSummary */ .j)(report);
    if (!verdict.allowed) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The safety gate would deny this plan in '${setup.environment.name}' (${verdict.findings.filter(f => f.severity === 'deny').length} denial(s)); see the report.`);
    }
    await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Upload plan artifact', async () => {
        try {
            await uploadArtifact(inputs, setup, obtained, reportPath, analysis);
        }
        catch (error) {
            // The report and the comment are still worth having; a gate that needs the artifact fails closed without it.
            _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`The plan artifact was not uploaded, so a later safety-gate cannot download it: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}`);
        }
    });
    await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('PR comment', async () => {
        const marker = _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .MARKER */ .tl.planComment((0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceRelative */ .Uc)(inputs), setup.environment.name);
        await postComment(inputs, (0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderPlanComment */ .zk)(analysis, context, marker), marker);
    });
}
async function uploadArtifact(inputs, setup, obtained, reportPath, analysis) {
    if (!inputs.context.hasActionsRuntime) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm('Not running inside GitHub Actions (no ACTIONS_RUNTIME_TOKEN): the plan artifact was not uploaded.');
        return;
    }
    const { buildManifest } = await __webpack_require__.e(/* import() */ 304).then(__webpack_require__.bind(__webpack_require__, 57304));
    const { uploadPlanArtifact } = await __webpack_require__.e(/* import() */ 634).then(__webpack_require__.bind(__webpack_require__, 85634));
    const files = [
        { name: 'plan.json', path: obtained.planJson },
        { name: 'report.md', path: reportPath },
        ...(obtained.planFile ? [{ name: 'plan.tfplan', path: obtained.planFile }] : [])
    ];
    const manifest = await buildManifest({
        files,
        commitSha: inputs.context.sha,
        workingDirectory: (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceRelative */ .Uc)(inputs),
        environment: setup.environment.name,
        terraformVersion: analysis.terraformVersion ?? 'unknown',
        counts: analysis.counts,
        risk: analysis.risk.level
    });
    const uploaded = await uploadPlanArtifact({ name: inputs.artifactName, files, manifest });
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.artifactId, String(uploaded.id));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Uploaded plan artifact '${inputs.artifactName}' (id ${uploaded.id}, ${uploaded.size} bytes)`);
}
/** A comment that cannot be posted is a warning: it never changes what the gate decides. */
async function postComment(inputs, body, marker) {
    const { context } = inputs;
    if (inputs.comment === 'off')
        return _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('comment: off; no PR comment written');
    if (!context.prNumber)
        return _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq('Not a pull request (and no pr_number): no PR comment written');
    if (!inputs.githubToken || !context.repository) {
        return _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm('No github_token or repository: the PR comment was skipped.');
    }
    try {
        const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 71632));
        const { upsertMarkedComment } = await __webpack_require__.e(/* import() */ 645).then(__webpack_require__.bind(__webpack_require__, 66645));
        const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl });
        const result = await upsertMarkedComment(client, {
            ...context.repository,
            issueNumber: context.prNumber,
            marker,
            body,
            mode: inputs.comment === 'new' ? 'new' : 'update'
        });
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .OUTPUT */ .aQ.commentId, String(result.id));
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`PR comment ${result.action}: ${result.url}`);
    }
    catch (error) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`Could not write the PR comment: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .describeError */ .Uc)(error)}`);
    }
}


/***/ })

};
