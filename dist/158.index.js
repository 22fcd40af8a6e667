export const id = 158;
export const ids = [158];
export const modules = {

/***/ 31158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSafetyGate: () => (/* binding */ runSafetyGate)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94671);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _policy_environment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97935);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83440);
/* harmony import */ var _terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1231);
/* harmony import */ var _run_setup_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79144);
/* harmony import */ var _plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(80542);
/* harmony import */ var _job_summary_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(32298);
/**
 * `safety-gate` mode: reads the plan (plan_json, plan_file or the plan artifact), applies the
 * environment's policy and fails the job when the verdict is deny. It fails closed: anything that
 * goes wrong before a verdict is reached is itself a denial with allowed=false.
 */










/** Runs the gate. Sets `allowed` on every path, including failures. */
async function runSafetyGate(inputs) {
    let setup;
    let analysis;
    let verdict;
    let evaluated;
    const notes = [];
    try {
        setup = await (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .prepareRun */ .Z0)(inputs);
        const planJson = await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Obtain plan', () => locatePlan(inputs, setup, notes));
        evaluated = await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('Analyse plan and apply policy', () => (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .analyseWithPolicy */ .CK)(inputs, setup, planJson, { enforceApprovals: true }));
        analysis = evaluated.analysis;
        verdict = evaluated.verdict;
        (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .registerSensitiveValues */ .Sn)(analysis);
        (0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .setPlanOutputs */ .AS)(analysis, planJson);
        evaluated.setPolicyOutputs();
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_plan_outputs_js__WEBPACK_IMPORTED_MODULE_8__/* .describeCounts */ .wv)(analysis));
    }
    catch (error) {
        verdict = failClosedVerdict(error, setup?.environment ?? (0,_policy_environment_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveEnvironment */ .g9)(inputs.environmentRequest));
    }
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.allowed, String(verdict.allowed));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.gateReasons, JSON.stringify(verdict.findings.map(publicFinding)));
    if (!setup)
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.environment, verdict.environment);
    const context = setup
        ? (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .reportContextFor */ .Tr)(inputs, setup, evaluated ?? { verdict })
        : {
            environment: verdict.environment,
            workingDirectory: inputs.workingDirectory,
            dryRun: inputs.dryRun,
            verdict
        };
    await (0,_job_summary_js__WEBPACK_IMPORTED_MODULE_9__/* .writeJobSummary */ .j)((0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderGateReport */ .C_)(verdict, analysis, { ...context, notes, verdict, dryRun: inputs.dryRun }));
    for (const finding of verdict.findings.filter(f => f.severity === 'warn')) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${finding.rule}: ${finding.message}`);
    }
    if (verdict.allowed) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Gate: allowed in '${verdict.environment}'.`);
        return;
    }
    const lines = (0,_render_index_js__WEBPACK_IMPORTED_MODULE_5__/* .renderGateLog */ .Et)(verdict, analysis?.sensitiveValues);
    if (inputs.dryRun) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`dry_run: the gate denied this plan, but the step does not fail. Skip apply when allowed == 'false'.\n${lines.join('\n')}`);
        return;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .GateDeniedError */ .nN(lines.join('\n'));
}
/** plan_json or plan_file when given; otherwise the plan artifact of this run, verified. */
async function locatePlan(inputs, setup, notes) {
    if (inputs.planJson || inputs.planFile) {
        const plan = await (0,_terraform_obtain_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .obtainPlan */ .J)({ ...inputs, outputDir: setup.outputDir });
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Plan JSON from ${plan.origin}${plan.binary ? ` (${plan.binary})` : ''}: ${plan.planJson}`);
        return plan.planJson;
    }
    if (!inputs.context.hasActionsRuntime) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz("safety-gate needs a plan: set 'plan_json' or 'plan_file', or run it in GitHub Actions after a plan step that uploaded the artifact '" +
            inputs.artifactName +
            "'");
    }
    const { downloadPlanArtifact } = await __webpack_require__.e(/* import() */ 634).then(__webpack_require__.bind(__webpack_require__, 85634));
    const { verifyManifest } = await __webpack_require__.e(/* import() */ 304).then(__webpack_require__.bind(__webpack_require__, 57304));
    const downloaded = await downloadPlanArtifact({
        name: inputs.artifactName,
        destination: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(setup.outputDir, 'artifact')
    });
    const verification = await verifyManifest(downloaded.manifest, downloaded.dir, {
        commitSha: inputs.context.sha,
        workingDirectory: (0,_run_setup_js__WEBPACK_IMPORTED_MODULE_7__/* .workspaceRelative */ .Uc)(inputs),
        environment: setup.environment.name
    }, { allowStalePlan: inputs.allowStalePlan });
    if (verification.staleRelaxed) {
        const note = `allow_stale_plan: the commit check was relaxed. The plan artifact was made for commit ${downloaded.manifest.commitSha}, this run is ${inputs.context.sha}; every other integrity check still applied.`;
        notes.push(note);
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(note);
    }
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Plan artifact '${inputs.artifactName}' verified (sha256 of every file, commit, directory, environment)`);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(downloaded.dir, 'plan.json');
}
/** Any error before a verdict is a denial that says what went wrong. */
function failClosedVerdict(error, environment) {
    const finding = {
        rule: 'fail-closed',
        severity: 'deny',
        addresses: [],
        message: `The gate could not evaluate the plan, so it denies it: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .describeError */ .Uc)(error)}`,
        remedy: 'Fix the problem above and re-run; the gate never allows a plan it could not fully read.'
    };
    // When the policy itself failed to load, the environment comes from the built-in rules: for the report only.
    return {
        allowed: false,
        environment: environment.name,
        protectedEnvironment: environment.protected,
        findings: [finding]
    };
}
function publicFinding(finding) {
    return {
        rule: finding.rule,
        severity: finding.severity,
        addresses: finding.addresses,
        message: finding.message,
        remedy: finding.remedy
    };
}


/***/ })

};
