export const id = 325;
export const ids = [325];
export const modules = {

/***/ 23003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ obtainPlan),
/* harmony export */   t: () => (/* binding */ showPlanJson)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54714);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9390);
/**
 * Gets plan JSON on disk, whichever way the user supplies the plan: a JSON path, a binary plan
 * (`terraform show -json` on it), or nothing (init + plan + show in the working directory).
 */





/** Produces the plan JSON the analysis reads. Throws InputError/TerraformError with terraform's own message. */
async function obtainPlan(request) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.workingDirectory);
    if (request.planJson && request.planFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("Inputs 'plan_json' and 'plan_file' are both set; set only one of them");
    }
    const bases = [...(request.workspace ? [request.workspace] : []), cwd];
    if (request.planJson) {
        return { planJson: (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveUserPath */ .T8)(request.planJson, bases, 'plan_json'), origin: 'plan_json' };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cwd) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(cwd).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Input 'working_directory' is '${request.workingDirectory}', which is not a directory; set it to the root module's folder`);
    }
    const binary = (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveTerraformBinary */ .i)(request.terraformBinary);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(request.outputDir, { recursive: true });
    const planJson = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, 'plan.json');
    if (request.planFile) {
        const planFile = (0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveUserPath */ .T8)(request.planFile, bases, 'plan_file');
        await showPlanJson(binary, planFile, cwd, planJson);
        return { planJson, planFile, origin: 'plan_file', binary };
    }
    const planFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, 'plan.tfplan');
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .runTerraform */ .Y)(binary, ['init', '-input=false', '-no-color'], { cwd, echo: true });
    const planned = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .runTerraform */ .Y)(binary, [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-out=${planFile}`,
        ...(request.planArgs ?? [])
    ], { cwd, okExitCodes: [0, 2] });
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .runTerraform */ .Y)(binary, ['show', '-json', '-no-color', planFile], {
        cwd,
        stdoutFile: planJson
    });
    return {
        planJson,
        planFile,
        binary,
        origin: 'terraform plan',
        planExitCode: planned.exitCode,
        planOutput: planned.stdout
    };
}
/**
 * `terraform show -json <planFile>` into `out`, in the root module `cwd` (initialised first when
 * nobody has). Its output holds sensitive values in clear text: it goes to the file, never the log.
 */
async function showPlanJson(binary, planFile, cwd, out) {
    await initIfNeeded(binary, cwd);
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .runTerraform */ .Y)(binary, ['show', '-json', '-no-color', planFile], { cwd, stdoutFile: out });
}
/** `show` on a binary plan needs the providers installed; initialise only when nobody has. */
async function initIfNeeded(binary, cwd) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, '.terraform')))
        return;
    try {
        await (0,_cli_js__WEBPACK_IMPORTED_MODULE_4__/* .runTerraform */ .Y)(binary, ['init', '-input=false', '-backend=false', '-no-color'], { cwd, echo: true });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`${error.message}\nterraform show needs an initialised working directory to read a binary plan; run terraform init in '${cwd}' before this step.`, error.exitCode, error.stderr);
        }
        throw error;
    }
}


/***/ }),

/***/ 22949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ setPlanOutputs),
/* harmony export */   Sn: () => (/* binding */ registerSensitiveValues),
/* harmony export */   m7: () => (/* binding */ scrubFindings),
/* harmony export */   rf: () => (/* binding */ setPolicyOutputs),
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   zs: () => (/* binding */ logPlanOutput)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58592);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27242);
/* harmony import */ var _analysis_instance_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86692);
/* harmony import */ var _analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49759);
/* harmony import */ var _policy_evaluate_gate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20192);
/**
 * Outputs shared by every mode that analyses a plan (plan, safety-gate, drift), so that the same
 * names always carry the same meaning, and the log lines and masks that go with them. Every output
 * that carries plan text (addresses, messages naming them) has the plan's secrets scrubbed from the
 * plan-derived parts; the action's own words (rule ids, levels, messages) are never scrubbed.
 */






/** Sets counts, has_changes, risk and risk_reasons from one analysis. */
function setPlanOutputs(analysis, planJsonPath) {
    const { counts } = analysis;
    const secrets = (0,_analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .planSecrets */ .Ds)(analysis.sensitiveValues);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToAdd, counts.add);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToChange, counts.change);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToDestroy, counts.destroy);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToReplace, counts.replace);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToImport, counts.import);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToMove, counts.move);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.resourcesToForget, counts.forget);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.hasChanges, String(analysis.hasChanges));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.risk, analysis.risk.level);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.riskReasons, JSON.stringify(analysis.risk.reasons.map(reason => ({
        rule: reason.rule,
        level: reason.level,
        addresses: reason.addresses.map(address => (0,_analysis_instance_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .redactInstanceKeys */ .$)(address, secrets.scrub))
    }))));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.planJson, planJsonPath);
}
/** Sets policy_violations, required_approvals and, with a cost estimate, the cost outputs. */
function setPolicyOutputs(verdict, analysis) {
    const findings = scrubFindings(verdict.findings, analysis);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.policyViolations, JSON.stringify((0,_policy_evaluate_gate_js__WEBPACK_IMPORTED_MODULE_5__/* .listViolations */ .f)(findings)));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.requiredApprovals, String(verdict.approvals.required));
    if (verdict.cost) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.monthlyCostChange, verdict.cost.monthlyChange.toFixed(2));
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .OUTPUT */ .aQ.costCurrency, verdict.cost.currency);
    }
}
/**
 * Findings as outputs and log lines may show them: addresses redacted inside their instance keys, as
 * the reports show them (a plan that marks an address's text sensitive must not blank it here), also
 * where the message and remedy quote them; the rule's own words stay as written, whatever the plan marked.
 */
function scrubFindings(findings, analysis) {
    if (!analysis || analysis.sensitiveValues.size === 0)
        return findings;
    const secrets = (0,_analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .planSecrets */ .Ds)(analysis.sensitiveValues);
    return findings.map(finding => scrubFinding(finding, secrets));
}
function scrubFinding(finding, secrets) {
    const scrubbed = {
        ...finding,
        addresses: finding.addresses.map(address => (0,_analysis_instance_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .redactInstanceKeys */ .$)(address, secrets.scrub)),
        message: (0,_analysis_instance_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .redactQuotedAddresses */ .c)(finding.message, finding.addresses, secrets.scrub)
    };
    if (finding.remedy !== undefined)
        scrubbed.remedy = (0,_analysis_instance_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .redactQuotedAddresses */ .c)(finding.remedy, finding.addresses, secrets.scrub);
    return scrubbed;
}
/**
 * Installs the plan's scrubber in the log funnel, and registers the plan's secrets with the runner's
 * masking, a backstop should some future code path print one: each line of a multi-line secret and the whole (the runner masks line by line). Only
 * values that cannot be the action's own words are registered (see PlanSecrets.maskable): a plan
 * that marks "deployment" or an address sensitive must not blank the gate's messages. `avoid`:
 * further texts the action prints itself (environment, directory).
 */
function registerSensitiveValues(analysis, avoid = []) {
    const printed = [
        ...avoid,
        ...analysis.destructiveAddresses,
        ...analysis.changes.map(change => change.address),
        ...analysis.drift.map(change => change.address)
    ];
    const secrets = (0,_analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .planSecrets */ .Ds)(analysis.sensitiveValues);
    for (const value of secrets.maskable(printed))
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    // From now on every log line quoting text the action did not write is scrubbed (src/action/log.ts).
    _log_js__WEBPACK_IMPORTED_MODULE_1__/* .setLogScrubber */ .tV(secrets.scrub);
}
/** One line for the log, in Terraform's own words. */
function describeCounts(analysis) {
    const { counts } = analysis;
    const extras = [
        counts.replace ? `${counts.replace} replaced` : '',
        counts.import ? `${counts.import} to import` : '',
        counts.move ? `${counts.move} moved` : '',
        counts.forget ? `${counts.forget} to forget` : ''
    ].filter(Boolean);
    const base = `Plan: ${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy.`;
    return extras.length ? `${base} (${extras.join(', ')})` : base;
}
/**
 * Terraform's human-readable plan, printed only now that the analysis knows every secret: it can
 * show values Terraform failed to mark sensitive (terraform_data copies a sensitive input into its
 * unmarked `output`), one line of a multi-line secret at a time. All of it is plan text, so all of
 * it is scrubbed.
 */
async function logPlanOutput(planOutput, analysis) {
    if (!planOutput)
        return;
    const secrets = (0,_analysis_plan_secrets_js__WEBPACK_IMPORTED_MODULE_4__/* .planSecrets */ .Ds)(analysis.sensitiveValues);
    await _log_js__WEBPACK_IMPORTED_MODULE_1__/* .group */ .Os('terraform plan output', async () => _log_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(secrets.scrub(planOutput)));
}


/***/ }),

/***/ 47243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ZB: () => (/* binding */ evaluatePlanFile),
  VS: () => (/* binding */ gateContext),
  Z0: () => (/* binding */ prepareRun),
  Tr: () => (/* binding */ reportContextFor),
  Uc: () => (/* binding */ workspaceRelative)
});

// UNUSED EXPORTS: describeResolution

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/parse/workspace-path.ts
var workspace_path = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/policy/checks/approvals.ts
var approvals = __webpack_require__(40814);
// EXTERNAL MODULE: ./src/policy/config/defaults.ts
var defaults = __webpack_require__(823);
;// CONCATENATED MODULE: ./src/policy/config/describe-policy.ts
/**
 * Renders the effective policy as plain text for a collapsed log group, one setting per line,
 * so a reader can see exactly which defaults the file changed.
 */

/** Multi-line description of the effective policy. */
function describePolicy(policy) {
    const lines = ['Environments:'];
    for (const [name, environment] of Object.entries(policy.environments)) {
        const facts = [
            environment.protected ? 'protected' : 'not protected',
            `aliases: ${list(environment.aliases)}`,
            `branches: ${list(environment.branches)}`,
            `max monthly cost increase: ${environment.maxMonthlyCostIncrease ?? 'none'}`,
            `required approvals: ${environment.requiredApprovals}`
        ];
        lines.push(`  ${name}: ${facts.join('; ')}`);
        if (environment.paths.length > 0)
            lines.push(`    module paths: ${environment.paths.join(', ')}`);
        const limits = Object.entries(environment.resourceLimits);
        if (limits.length > 0)
            lines.push(`    resource limits: ${limits.map(([type, max]) => `${type} ≤ ${max}`).join(', ')}`);
        const windows = environment.deploymentWindows;
        if (windows) {
            lines.push(`    deployment windows (${windows.timezone}): allow ${list(windows.allow, 'any time')}; block ${list(windows.block)}`);
        }
        else
            lines.push('    deployment windows: none (any time)');
        const severities = Object.entries(environment.ruleSeverity);
        if (severities.length > 0)
            lines.push(`    rule severity: ${severities.map(([id, level]) => `${id}=${level}`).join(', ')}`);
        if (environment.checklist.length > 0)
            lines.push(`    checklist: ${environment.checklist.join('; ')}`);
    }
    lines.push(`Protected resources: ${list(policy.protectedResources)}`);
    lines.push(`Approvals by cost: ${policy.approvalsByCost.length === 0
        ? 'none'
        : policy.approvalsByCost
            .map(tier => `${tier.upTo !== undefined ? `≤ ${tier.upTo}` : `> ${tier.above}`} → ${tier.approvals}${tier.requires.length ? ` + ${tier.requires.join(', ')}` : ''}`)
            .join('; ')}`);
    lines.push(`Critical risk needs at least ${policy.risk.criticalApprovals} approval(s)`);
    const builtins = defaults/* BUILTIN_RULE_IDS */.Gd.map(id => `${id}${policy.ruleSeverity[id] ? `=${policy.ruleSeverity[id]}` : ''}`);
    lines.push(`Built-in rules: ${builtins.join(', ')} (required tags: ${list(policy.requiredTags)})`);
    lines.push(`User rules: ${policy.rules.length === 0 ? 'none' : policy.rules.map(rule => `${rule.id} (${rule.severity})`).join(', ')}`);
    lines.push(`Missing cost estimate with a cost ceiling: ${policy.missingCostEstimate}`);
    lines.push(`Risk: deletion threshold ${policy.risk.deletionThreshold}; extra data-bearing types: ${list(policy.risk.dataBearingTypes)}`);
    return lines.join('\n');
}
function list(items, empty = 'none') {
    return items.length === 0 ? empty : items.join(', ');
}

// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 6 modules
var analyse_plan = __webpack_require__(54253);
// EXTERNAL MODULE: ./src/policy/checks/protected-resources.ts + 1 modules
var protected_resources = __webpack_require__(60518);
// EXTERNAL MODULE: ./src/policy/checks/rules.ts + 3 modules
var checks_rules = __webpack_require__(36334);
// EXTERNAL MODULE: ./src/policy/evaluate-gate.ts + 4 modules
var evaluate_gate = __webpack_require__(20192);
;// CONCATENATED MODULE: ./src/policy/evaluate-plan.ts
/**
 * The core's entry: one read of the plan feeds the analysis and the policy's rule evaluator, then the
 * gate weighs the result with the run's context. Every mode that gates a plan, and the fuzz tests,
 * come through here. Pure: the plan arrives as bytes, and the clock, the cost estimate and the
 * reviews are in `context`.
 */




/**
 * Reads, analyses and gates a plan; `format` picks the reader (plan-format.ts: choosePlanFormat),
 * Terraform by default; `visitors` see every raw entry of the same read (the action digests the plan
 * with one). Throws PlanReadError (naming `source.name`) when it cannot be read.
 */
function evaluatePlan(source, policy, context, options = {}) {
    const rules = (0,checks_rules/* createRuleEvaluator */.c)(policy, context.environment);
    const moves = (0,protected_resources/* createMovedDestroyRecorder */.E)();
    const analysis = (0,analyse_plan/* analysePlan */.J)(source, {
        dataBearingTypes: policy.risk.dataBearingTypes,
        deletionThreshold: policy.risk.deletionThreshold,
        visitors: [rules, moves.visitor, ...(options.visitors ?? [])],
        format: options.format
    });
    const verdict = (0,evaluate_gate/* evaluateGate */.D)({
        ...context,
        analysis,
        policy,
        ruleFindings: rules.findings(),
        movedDestroys: moves.moved
    });
    return { analysis, verdict };
}

// EXTERNAL MODULE: ./src/action/adapters/files.ts + 1 modules
var files = __webpack_require__(54714);
// EXTERNAL MODULE: ./src/plan/plan-format.ts
var plan_format = __webpack_require__(17654);
// EXTERNAL MODULE: ./src/plan/pulumi/read-pulumi.ts + 11 modules
var read_pulumi = __webpack_require__(2705);
;// CONCATENATED MODULE: ./src/action/adapters/plan-stacks.ts
/**
 * The environment request of a run whose plan is a Pulumi preview and which names no environment
 * (no `environment` input, no workflow_dispatch input): the stacks the preview's URNs name are added,
 * so the environment is resolved from the stack (policy/environment.ts). The preview is read here
 * once for its stacks, before the environment is known, and once more by the analysis; the gate
 * checks that both reads saw the same stack (policy/checks/pulumi-plan.ts).
 */



/** The request with `stacks` when plan_json is a Pulumi preview and nothing else names the environment. */
function requestWithPlanStacks(inputs) {
    const request = inputs.environmentRequest;
    if (request.explicit || request.dispatch || !inputs.planJson || inputs.planFile)
        return request;
    if (inputs.planFormat === 'terraform')
        return request;
    const path = (0,files/* resolveUserPath */.T8)(inputs.planJson, [inputs.context.workspace, inputs.workingDirectory], 'plan_json');
    return (0,files/* withPlanFile */.aq)(path, source => {
        if ((0,plan_format/* choosePlanFormat */.y)(source, inputs.planFormat).format !== 'pulumi')
            return request;
        return { ...request, stacks: (0,read_pulumi/* readPulumiStacks */.Y4)(source) };
    });
}

;// CONCATENATED MODULE: ./src/action/modes/run-setup.ts
/**
 * What plan and safety-gate share in the shell: load the policy, resolve the environment, gather the
 * evidence the gate weighs (the Infracost file, the pull request's reviews, the clock), and hand the
 * plan file to the core's evaluatePlan.
 */















/** Loads the policy (printed in a collapsed group) and resolves the target environment. */
async function prepareRun(inputs) {
    const loaded = await log/* group */.Os('Policy', async () => {
        const result = await (0,files/* loadPolicyFile */.n$)(inputs.config);
        const shown = displayPath(result.path, inputs.context.workspace);
        log/* info */.pq(result.source === 'file'
            ? log/* own */.ZV `Policy file: ${shown}`
            : log/* own */.ZV `No policy file at ${shown}: built-in defaults`);
        // On a pull_request run the policy file is the pull request's own: every string in it is foreign.
        log/* info */.pq(describePolicy(result.policy));
        return result;
    });
    // A Pulumi preview with no environment named: its stack names it.
    const environment = (0,policy_environment/* resolveEnvironment */.g9)(requestWithPlanStacks(inputs), loaded.policy.environments);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, environment.name);
    log/* info */.pq(describeResolution(environment));
    const key = folderKey(`${(0,external_node_path_.resolve)(inputs.workingDirectory)}\0${environment.name}`);
    const outputDir = (0,external_node_path_.resolve)(inputs.context.tempDir, 'infra-guard', `${inputs.mode}-${key}`);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    return { loaded, environment, outputDir, planFormat: inputs.planFormat };
}
/** A path as a reader of the log knows it: relative to the workspace when inside it. */
function displayPath(path, workspace) {
    const inside = (0,workspace_path/* relativeToWorkspace */.T)(path, workspace);
    return inside.startsWith('../') || inside === '..' || (0,external_node_path_.isAbsolute)(inside) ? path : inside;
}
/** "Target environment: prod (from branch: 'master'; protected)". */
function describeResolution(environment) {
    const requested = environment.requested !== environment.name ? `: '${environment.requested}'` : '';
    return log/* own */.ZV `Target environment: ${environment.name} (from ${environment.source}${requested}; ${environment.protected ? 'protected' : 'not protected'})`;
}
/**
 * A 12-hex-digit name for the run's scratch folder: the same directory and environment always give
 * the same folder, different ones practically never share one.
 */
function folderKey(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex').slice(0, 12);
}
/**
 * Gathers what the gate weighs besides the plan: the inputs, the Infracost estimate, and (safety-gate
 * with enforce_approvals) the reviews of the pull request merged into this commit.
 */
async function gateContext(inputs, setup, options = {}) {
    const cost = inputs.infracostJson
        ? (0,files/* readCostFile */.Mo)((0,files/* resolveUserPath */.T8)(inputs.infracostJson, [inputs.context.workspace, inputs.workingDirectory], 'infracost_json'))
        : undefined;
    const enforceApprovals = Boolean(options.enforceApprovals && inputs.enforceApprovals);
    return {
        environment: setup.environment,
        forceRecreate: inputs.forceRecreate,
        allowDestroy: inputs.allowDestroy,
        costOverride: inputs.costOverride,
        emergencyOverride: inputs.emergencyOverride,
        overrideReason: inputs.overrideReason,
        cost,
        enforceApprovals,
        approvalsData: enforceApprovals ? await fetchApprovals(inputs) : undefined,
        now: new Date()
    };
}
/**
 * Reads the plan file once through the core: analysis, the policy's rules and the gate in one pass
 * (`visitors` read along).
 */
function evaluatePlanFile(planJson, setup, context, visitors = []) {
    return (0,files/* withPlanFile */.aq)(planJson, source => {
        const { format, reason } = (0,plan_format/* choosePlanFormat */.y)(source, setup.planFormat);
        log/* info */.pq(log/* own */.ZV `Plan format: ${format} (${reason})`);
        return evaluatePlan(source, setup.loaded.policy, context, { format, visitors });
    });
}
/** Reviews of the pull request merged into this commit; undefined when there is none (the gate then denies). */
async function fetchApprovals(inputs) {
    const { context } = inputs;
    if (!inputs.githubToken || !context.repository) {
        throw new errors/* InputError */.dz("enforce_approvals needs 'github_token' and a GitHub repository context to look up the pull request's reviews");
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(422)]).then(__webpack_require__.bind(__webpack_require__, 66422));
    const { listReviews, findPullRequestForCommit } = await __webpack_require__.e(/* import() */ 315).then(__webpack_require__.bind(__webpack_require__, 4315));
    const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl });
    const { owner, repo } = context.repository;
    const pull = context.prNumber
        ? { number: context.prNumber }
        : await findPullRequestForCommit(client, owner, repo, context.sha);
    if (!pull)
        return undefined;
    const { author, reviews } = await listReviews(client, owner, repo, pull.number);
    return (0,approvals/* summarizeReviews */.pN)(reviews, author, pull.number);
}
/** The working directory as the manifest and markers record it: relative to the workspace. */
function workspaceRelative(inputs) {
    return (0,workspace_path/* relativeToWorkspace */.T)(inputs.workingDirectory, inputs.context.workspace);
}
/** Report context from the run's facts and the gate's verdict. */
function reportContextFor(inputs, setup, verdict) {
    const evaluation = 'approvals' in verdict ? verdict : undefined;
    const approvals = evaluation?.approvals;
    const cost = evaluation?.cost;
    return {
        environment: setup.environment.name,
        workingDirectory: workspaceRelative(inputs),
        runUrl: inputs.context.runUrl,
        commitSha: inputs.context.sha || undefined,
        verdict,
        dryRun: inputs.dryRun,
        approvals: approvals
            ? { required: approvals.required, checklist: approvals.checklist, reasons: approvals.reasons }
            : undefined,
        cost: cost
            ? {
                currency: cost.currency,
                monthlyBefore: cost.monthlyBefore ?? undefined,
                monthlyAfter: cost.monthlyAfter,
                monthlyChange: cost.monthlyChange
            }
            : undefined,
        artifactName: inputs.context.hasActionsRuntime ? inputs.artifactName : undefined,
        policyNote: setup.loaded.source === 'file'
            ? `Policy: ${displayPath(setup.loaded.path, inputs.context.workspace)}`
            : 'Policy: built-in defaults'
    };
}


/***/ }),

/***/ 40814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dd: () => (/* binding */ checkApprovals),
/* harmony export */   X7: () => (/* binding */ computeRequiredApprovals),
/* harmony export */   pN: () => (/* binding */ summarizeReviews)
/* harmony export */ });
const CHECKLIST_TEXT = {
    business_justification: 'Business justification written in the pull request',
    cto_approval: 'CTO approval recorded on the pull request'
};
/** Computes the approvals a change needs: the maximum of environment, cost tier and risk. */
function computeRequiredApprovals(input) {
    const reasons = [];
    const checklist = [...input.settings.checklist];
    let required = 0;
    const raise = (count, reason) => {
        reasons.push(reason);
        required = Math.max(required, count);
    };
    if (input.settings.requiredApprovals > 0) {
        raise(input.settings.requiredApprovals, `environment '${input.environment}' requires ${input.settings.requiredApprovals}`);
    }
    if (input.policy.approvalsByCost.length > 0) {
        if (input.monthlyChange === undefined)
            reasons.push('cost tiers not applied: no cost estimate');
        else {
            const tier = input.policy.approvalsByCost.find(candidate => candidate.upTo !== undefined
                ? input.monthlyChange <= candidate.upTo
                : input.monthlyChange > candidate.above);
            if (tier) {
                const bound = tier.upTo !== undefined ? `up to ${tier.upTo}` : `above ${tier.above}`;
                raise(tier.approvals, `monthly cost change ${input.monthlyChange}${input.currency ? ` ${input.currency}` : ''} is in the tier ${bound}: ${tier.approvals}`);
                for (const item of tier.requires)
                    checklist.push(CHECKLIST_TEXT[item] ?? item.replace(/_/g, ' '));
            }
        }
    }
    if (input.risk === 'critical') {
        raise(input.policy.risk.criticalApprovals, `critical risk needs at least ${input.policy.risk.criticalApprovals}`);
    }
    if (reasons.length === 0)
        reasons.push('nothing in the policy requires approvals');
    return { required, checklist: [...new Set(checklist)], reasons };
}
/** Review states that change a reviewer's standing; COMMENTED and PENDING leave it as it was. */
const DECISIVE = new Set(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);
/**
 * Reduces reviews to each reviewer's latest decisive state, the way branch protection counts them: a
 * comment keeps the earlier decision, a dismissal clears it, a later "changes requested" cancels an
 * approval. Reviews are taken in submission order (list order where times are missing or equal);
 * reviews by the author and by deleted accounts are ignored; logins compare case-insensitively, as
 * GitHub's do, and keep the spelling of their first review.
 */
function summarizeReviews(reviews, author, pullRequest) {
    const ordered = reviews
        .map((review, index) => ({ review, index, at: Date.parse(review.submittedAt ?? '') }))
        .sort((a, b) => Number.isNaN(a.at) || Number.isNaN(b.at) || a.at === b.at ? a.index - b.index : a.at - b.at);
    const latest = new Map();
    for (const { review } of ordered) {
        const login = review.user;
        const state = review.state.toUpperCase();
        if (!login || login.toLowerCase() === author.toLowerCase() || !DECISIVE.has(state))
            continue;
        const key = login.toLowerCase();
        latest.set(key, { login: latest.get(key)?.login ?? login, state });
    }
    const pick = (state) => [...latest.values()].filter(entry => entry.state === state).map(entry => entry.login);
    return { approvers: pick('APPROVED'), author, changesRequestedBy: pick('CHANGES_REQUESTED'), pullRequest };
}
/**
 * Enforcement: counts distinct approvers, excluding the author and anyone whose latest review
 * requests changes. Without review data (no pull request found) the gate cannot verify and denies.
 */
function checkApprovals(requirement, data) {
    const rule = 'approvals';
    if (requirement.required === 0)
        return { rule, severity: 'pass', addresses: [], message: 'No approvals are required.' };
    if (!data) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `${requirement.required} approval(s) are required (${requirement.reasons.join('; ')}) but no pull request was found for this commit, so they cannot be verified.`,
            remedy: 'Deploy a commit that was merged through a reviewed pull request, or set enforce_approvals=false.'
        };
    }
    const author = data.author.toLowerCase();
    const blocked = new Set(data.changesRequestedBy.map(user => user.toLowerCase()));
    const counted = [...new Set(data.approvers.map(user => user.toLowerCase()))].filter(user => user !== author && !blocked.has(user));
    const ignoredSelf = data.approvers.some(user => user.toLowerCase() === author);
    const notes = [
        ignoredSelf ? `the author's own approval (${data.author}) does not count` : '',
        blocked.size > 0 ? `changes requested by ${[...blocked].join(', ')}` : ''
    ].filter(Boolean);
    const where = data.pullRequest ? ` on pull request #${data.pullRequest}` : '';
    const approvedBy = counted.length > 0 ? counted.join(', ') : 'nobody';
    const suffix = notes.length > 0 ? ` (${notes.join('; ')})` : '';
    if (counted.length >= requirement.required) {
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `${counted.length} of ${requirement.required} required approval(s)${where}: approved by ${approvedBy}${suffix}.`
        };
    }
    const missing = requirement.required - counted.length;
    return {
        rule,
        severity: 'deny',
        addresses: [],
        message: `${counted.length} of ${requirement.required} required approval(s)${where}: approved by ${approvedBy}; ${missing} more needed${suffix}. Required because ${requirement.reasons.join('; ')}.`,
        remedy: `Get ${missing} more approving review(s) from someone other than the author, then re-run the job.`
    };
}


/***/ }),

/***/ 60518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  g: () => (/* binding */ checkProtectedResources),
  E: () => (/* binding */ createMovedDestroyRecorder)
});

// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/analysis/scrub-secrets.ts
var scrub_secrets = __webpack_require__(397);
// EXTERNAL MODULE: ./src/policy/glob.ts
var policy_glob = __webpack_require__(4062);
// EXTERNAL MODULE: ./src/analysis/pulumi-facts.ts
var pulumi_facts = __webpack_require__(7884);
;// CONCATENATED MODULE: ./src/policy/checks/pulumi-addresses.ts
/**
 * The forms a Pulumi resource is named by in `protected_resources`: its full URN
 * (`urn:pulumi:prod::shop::aws:rds/instance:Instance::orders`) and its readable `type::name`
 * (`aws:rds/instance:Instance::orders`), so a policy written once protects the resource in every
 * stack (`aws:rds/instance:Instance::*`) or in one (`urn:pulumi:prod::*`). A Terraform address has
 * one form.
 */

/** `[address]`, plus `type::name` when the address is a Pulumi URN. */
function pulumiAddressForms(address) {
    const display = address.startsWith('urn:pulumi:') ? (0,pulumi_facts/* pulumiDisplayName */.Yp)(address) : undefined;
    return display === undefined ? [address] : [address, display];
}

;// CONCATENATED MODULE: ./src/policy/checks/protected-resources.ts
/**
 * Protected resources: address globs that a plan may never destroy or replace in a protected
 * environment, even with force_recreate. Only an exact address in the allow_destroy input lets one
 * through, so a single reviewed deletion never opens the door for its neighbours.
 *
 * A destroyed object is matched by every address it has in the plan: a `moved` block plus a removed
 * resource makes terraform delete `terraform_data.scratch` whose previous_address is the protected
 * `terraform_data.main`, so the previous address is matched too.
 */




/** A plan visitor recording every destroyed object that has a previous_address. */
function createMovedDestroyRecorder() {
    const previous = new Map();
    const moved = { previous, omitted: 0 };
    const onResourceChange = (entry) => {
        const from = entry.previous_address;
        if (typeof from !== 'string' || from === entry.address)
            return;
        if (!Array.isArray(entry.change.actions) || !entry.change.actions.includes('delete'))
            return;
        if (previous.size < constants/* LIMIT */.uK.destructiveAddresses)
            previous.set(entry.address, from);
        else
            moved.omitted++;
    };
    return { visitor: { onResourceChange }, moved };
}
const INSTANCE_KEYS = /\[[^\]]*\]/g;
/**
 * A gate judging the artifact's plan.json alone sees `db["(sensitive)"]` where the plan had
 * `db["prod"]` (or, in a Pulumi preview, a URN whose name held a secret), and the plan chose what is
 * redacted. Fail closed: a redacted instance key matches any key (instance keys are ignored on both
 * sides); a redaction elsewhere leaves nothing to match, so any glob protects the address.
 */
function protectsRedacted(address, globs) {
    if (!address.includes(scrub_secrets/* SENSITIVE_PLACEHOLDER */.Bo))
        return false;
    const bare = address.replace(INSTANCE_KEYS, '');
    if (bare.includes(scrub_secrets/* SENSITIVE_PLACEHOLDER */.Bo))
        return globs.length > 0;
    return globs.some(glob => (0,policy_glob/* matchesAddressGlob */.U)(glob.replace(INSTANCE_KEYS, ''), bare));
}
/** One finding: pass, warn (allowed by allow_destroy), or deny. */
function checkProtectedResources(analysis, context) {
    const rule = 'protected-resource';
    if (context.globs.length === 0)
        return { rule, severity: 'pass', addresses: [], message: 'No protected resources are configured.' };
    if (!context.protectedEnvironment) {
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `'${context.environment}' is not a protected environment.`
        };
    }
    const previous = context.moved?.previous ?? new Map();
    // A Pulumi URN also matches by its readable `type::name`.
    const protects = (address) => address !== undefined &&
        (pulumiAddressForms(address).some(form => context.globs.some(glob => (0,policy_glob/* matchesAddressGlob */.U)(glob, form))) ||
            protectsRedacted(address, context.globs));
    const hits = analysis.destructiveAddresses.filter(address => protects(address) || protects(previous.get(address)));
    const allowed = new Set(context.allowDestroy);
    // allow_destroy may name the object by either of its addresses: both are a reviewer's explicit words.
    const isAllowed = (address) => allowed.has(address) || (previous.has(address) && allowed.has(previous.get(address)));
    const blocked = hits.filter(address => !isAllowed(address));
    const excused = hits.filter(address => isAllowed(address));
    const named = (address) => previous.has(address) ? `${address} (moved from ${previous.get(address)})` : address;
    if (blocked.length > 0) {
        return {
            rule,
            severity: 'deny',
            addresses: blocked,
            message: `${blocked.length} protected resource(s) would be destroyed or replaced in '${context.environment}' (protected_resources: ${context.globs.join(', ')}): ${blocked.slice(0, 20).map(named).join(', ')}${blocked.length > 20 ? ', …' : ''}; force_recreate does not cover them.`,
            remedy: `If destroying them is intended and reviewed, list each exact address in the allow_destroy input (e.g. allow_destroy: ${blocked[0]}); otherwise change the configuration so the plan keeps them.`
        };
    }
    // Addresses beyond the analysis' cap were never seen: fail closed rather than assume they are safe.
    const unseen = analysis.omittedDestructiveAddresses + (context.moved?.omitted ?? 0);
    if (unseen > 0) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `${unseen} destroyed or replaced address(es) (or their previous addresses) were not listed by the analysis, so they cannot be checked against protected_resources.`,
            remedy: 'Split the change into smaller plans so every destroyed address can be checked.'
        };
    }
    if (excused.length > 0) {
        return {
            rule,
            severity: 'warn',
            addresses: excused,
            message: `${excused.length} protected resource(s) will be destroyed or replaced: allowed by allow_destroy.`
        };
    }
    return { rule, severity: 'pass', addresses: [], message: 'No protected resource is destroyed or replaced.' };
}


/***/ }),

/***/ 36334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ createRuleEvaluator),
  q: () => (/* binding */ environmentPolicy)
});

// EXTERNAL MODULE: ./src/analysis/scrub-secrets.ts
var scrub_secrets = __webpack_require__(397);
// EXTERNAL MODULE: ./src/plan/pulumi/values.ts
var values = __webpack_require__(70378);
;// CONCATENATED MODULE: ./src/policy/attribute-path.ts
/**
 * Reads attribute paths out of planned values (`change.after` with its `after_unknown` mirror) and
 * applies rule operators. A value Terraform only knows after apply is reported as unknown, never
 * as a pass or a violation. Values are compared but never copied into messages (they may be secret).
 */


/**
 * Values the gate cannot see, and the plan chose to hide: the redacted artifact plan.json's
 * `(sensitive)` (mark `public-read` sensitive and `not_equals public-read` would pass), and Pulumi's
 * `[secret]` (`pulumi.secret("public-read")` in the program). Terraform writes neither for a value,
 * so failing closed on them costs honest plans nothing.
 */
const HIDDEN = new Set([scrub_secrets/* SENSITIVE_PLACEHOLDER */.Bo, values/* SECRET_TEXT */.dG]);
function isHidden(value) {
    return typeof value === 'string' && HIDDEN.has(value);
}
const parsed = new Map();
/** `ingress[*].cidr_blocks` → [ingress, *, cidr_blocks]; cached. */
function parsePath(path) {
    let segments = parsed.get(path);
    if (!segments) {
        segments = [];
        for (const token of path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? []) {
            if (token.startsWith('[')) {
                const inner = token.slice(1, -1).trim();
                if (inner === '*' || inner === '')
                    segments.push({ any: true });
                else if (/^\d+$/.test(inner))
                    segments.push({ index: Number(inner) });
                else
                    segments.push({ name: inner.replace(/^["']|["']$/g, '') });
            }
            else
                segments.push(token === '*' ? { any: true } : { name: token });
        }
        parsed.set(path, segments);
    }
    return segments;
}
/**
 * Every value at `path`. A name applied to a list reaches into each element (blocks such as
 * `root_block_device` are lists in plan JSON). A path that leads nowhere yields one absent leaf.
 */
function resolvePath(after, afterUnknown, path) {
    const leaves = [];
    walk(after, afterUnknown, parsePath(path), 0, leaves);
    return leaves.length === 0 ? [{ unknown: false, value: undefined }] : leaves;
}
/**
 * How many lists a name may reach through implicitly (blocks are lists in planned values, so
 * `root_block_device.encrypted` looks inside the list). Real plans nest a few levels; a hostile plan
 * nesting thousands would otherwise exhaust the stack. Deeper values count as not evaluable.
 */
const MAX_IMPLICIT_LISTS = 64;
function walk(value, unknown, segments, at, out, depth = 0) {
    if (depth > MAX_IMPLICIT_LISTS) {
        out.push({ unknown: true });
        return;
    }
    if (unknown === true) {
        out.push({ unknown: true });
        return;
    }
    // A value hidden from the gate (see HIDDEN), or a map hidden whole: what was there is not known,
    // so the path ends here with the mark (checkPath fails closed on it).
    if (at === segments.length || isHidden(value)) {
        out.push({ unknown: false, value });
        return;
    }
    const segment = segments[at];
    const unknownNode = unknown !== null && typeof unknown === 'object' ? unknown : undefined;
    if (Array.isArray(value)) {
        if ('index' in segment)
            return walk(value[segment.index], unknownNode?.[segment.index], segments, at + 1, out);
        const next = 'any' in segment ? at + 1 : at;
        const nextDepth = next === at ? depth + 1 : depth;
        value.forEach((item, index) => walk(item, unknownNode?.[index], segments, next, out, nextDepth));
        return;
    }
    if (value !== null && typeof value === 'object') {
        const record = value;
        if ('name' in segment)
            return walk(record[segment.name], unknownNode?.[segment.name], segments, at + 1, out);
        if ('any' in segment) {
            for (const key of Object.keys(record))
                walk(record[key], unknownNode?.[key], segments, at + 1, out);
        }
        return;
    }
    // A missing object whose child is marked unknown (e.g. `id`) is still unknown.
    if (value === undefined || value === null) {
        const child = 'name' in segment ? unknownNode?.[segment.name] : undefined;
        if (child === true)
            out.push({ unknown: true });
        else
            out.push({ unknown: false, value: undefined });
    }
}
/** Equality for rule values: deep for lists and maps; scalars also compare as text ("true" = true, "443" = 443). */
function valuesEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    if (typeof a !== 'object' && typeof b !== 'object')
        return String(a) === String(b);
    if (Array.isArray(a) !== Array.isArray(b) || typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a))
        return (a.length === b.length &&
            a.every((item, index) => valuesEqual(item, b[index])));
    const keysA = Object.keys(a);
    const keysB = Object.keys(b);
    return (keysA.length === keysB.length &&
        keysA.every(key => valuesEqual(a[key], b[key])));
}
/** Whether one known value satisfies `op value`. */
function satisfies(actual, op, expected) {
    const present = actual !== undefined && actual !== null;
    switch (op) {
        case 'equals':
            return valuesEqual(actual, expected);
        case 'not_equals':
            return !valuesEqual(actual, expected);
        case 'in':
            return Array.isArray(expected) && expected.some(item => valuesEqual(actual, item));
        case 'not_in':
            return !(Array.isArray(expected) && expected.some(item => valuesEqual(actual, item)));
        case 'matches':
            return present && typeof actual !== 'object' && new RegExp(String(expected)).test(String(actual));
        case 'exists':
            return present;
        case 'absent':
            return !present;
    }
}
/**
 * Applies `op value` to every leaf at `path`: any failing leaf is a violation, else any unknown leaf
 * is unknown. A hidden leaf (`(sensitive)`, `[secret]`) is `hidden` for every op but `exists`.
 */
function checkPath(after, afterUnknown, path, op, expected) {
    let sawUnknown = false;
    let sawHidden = false;
    for (const leaf of resolvePath(after, afterUnknown, path)) {
        if (leaf.unknown)
            sawUnknown = true;
        // The plan chose to hide it (see HIDDEN): a rule that cannot see the value must not pass it.
        else if (isHidden(leaf.value))
            sawHidden ||= op !== 'exists';
        else if (!satisfies(leaf.value, op, expected))
            return 'violation';
    }
    return sawHidden ? 'hidden' : sawUnknown ? 'unknown' : 'pass';
}
/** Combines outcomes of several checks on one resource the same way. */
function combineOutcomes(outcomes) {
    if (outcomes.includes('violation'))
        return 'violation';
    if (outcomes.includes('hidden'))
        return 'hidden';
    return outcomes.includes('unknown') ? 'unknown' : 'pass';
}

// EXTERNAL MODULE: ./src/policy/glob.ts
var policy_glob = __webpack_require__(4062);
;// CONCATENATED MODULE: ./src/policy/checks/builtin-rules.ts
/**
 * The rules infra-guard ships, compiled into the same shape as user rules:
 *   public-database      deny  publicly_accessible = true on RDS, Aurora, Redshift, DMS
 *   unencrypted-storage  deny  storage_encrypted = false (RDS/Aurora), encrypted = false (EBS, root and EBS block devices)
 *   open-ingress         warn  ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443 (AWS, Google, Azure)
 *   required-tags        warn  taggable resources missing any of the required tags
 */


function pathRule(id, severity, message, remedy, checks) {
    return {
        id,
        severity,
        message,
        remedy,
        appliesTo: type => type in checks,
        check: (after, afterUnknown, type) => ({
            outcome: combineOutcomes(checks[type].map(item => checkPath(after, afterUnknown, item.path, item.op, item.value)))
        })
    };
}
const notPublic = [{ path: 'publicly_accessible', op: 'not_equals', value: true }];
const storageEncrypted = [{ path: 'storage_encrypted', op: 'not_equals', value: false }];
const blockDevices = [
    { path: 'root_block_device.encrypted', op: 'not_equals', value: false },
    { path: 'ebs_block_device.encrypted', op: 'not_equals', value: false }
];
/** The built-in rules with the policy's required tags. */
function builtinRules(policy) {
    return [
        pathRule('public-database', 'deny', 'Databases must not be publicly accessible (publicly_accessible = true).', 'Set publicly_accessible = false and reach the database through private networking, or lower the rule with rule_severity.', {
            aws_db_instance: notPublic,
            aws_rds_cluster_instance: notPublic,
            aws_redshift_cluster: notPublic,
            aws_dms_replication_instance: notPublic
        }),
        pathRule('unencrypted-storage', 'deny', 'Storage must be encrypted at rest (storage_encrypted / encrypted = false).', 'Set storage_encrypted = true (RDS/Aurora) or encrypted = true (EBS volumes and block devices).', {
            aws_db_instance: storageEncrypted,
            aws_rds_cluster: storageEncrypted,
            aws_docdb_cluster: storageEncrypted,
            aws_ebs_volume: [{ path: 'encrypted', op: 'not_equals', value: false }],
            aws_instance: blockDevices,
            aws_launch_configuration: blockDevices,
            aws_launch_template: [{ path: 'block_device_mappings.ebs.encrypted', op: 'not_equals', value: false }]
        }),
        openIngressRule(),
        requiredTagsRule(policy.requiredTags)
    ];
}
const OPEN_CIDRS = ['0.0.0.0/0', '::/0'];
const OPEN_AZURE_SOURCES = ['*', '0.0.0.0/0', '::/0', 'internet', 'any'];
const WEB_PORTS = [80, 443];
const ALL_PORTS = [[0, 65535]];
/** One value at a path, or 'unknown'. */
function read(after, afterUnknown, path) {
    const leaves = resolvePath(after, afterUnknown, path);
    if (leaves.some(leaf => leaf.unknown))
        return UNKNOWN;
    return leaves.length === 1
        ? leaves[0].value
        : leaves.map(leaf => leaf.value);
}
const UNKNOWN = Symbol('known after apply');
function asList(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** A port text: "22", "1000-2000", "*" (all). */
function portRange(text) {
    const raw = String(text).trim();
    if (raw === '*' || raw === '')
        return [0, 65535];
    const [from, to] = raw.split('-').map(Number);
    return [from, Number.isNaN(to) || to === undefined ? from : to];
}
function onlyWebPorts(ports) {
    return ports.every(([from, to]) => from === to && WEB_PORTS.includes(from));
}
/** Judges one ingress: sources and ports may each be unknown. */
function judgeIngress(sources, ports) {
    if (sources === UNKNOWN)
        return 'unknown';
    const open = asList(sources).some(source => OPEN_CIDRS.includes(String(source).toLowerCase()) ||
        OPEN_AZURE_SOURCES.includes(String(source).toLowerCase()));
    if (!open)
        return 'pass';
    if (ports === UNKNOWN)
        return 'unknown';
    return onlyWebPorts(ports) ? 'pass' : 'violation';
}
function awsPorts(rule, protocolKey) {
    const protocol = String(rule[protocolKey] ?? '');
    if (protocol === '-1' || protocol === 'all')
        return ALL_PORTS;
    const from = rule.from_port;
    const to = rule.to_port;
    if (from === undefined || from === null || to === undefined || to === null)
        return ALL_PORTS;
    return [[Number(from), Number(to)]];
}
function openIngressRule() {
    const checks = {
        aws_security_group: (after, au) => {
            const ingress = read(after, au, 'ingress');
            if (ingress === UNKNOWN)
                return 'unknown';
            return combineOutcomes(asList(ingress).map((rule, index) => {
                const sources = [
                    read(after, au, `ingress[${index}].cidr_blocks`),
                    read(after, au, `ingress[${index}].ipv6_cidr_blocks`)
                ];
                if (sources.includes(UNKNOWN))
                    return 'unknown';
                return judgeIngress(sources.flatMap(asList), awsPorts(rule, 'protocol'));
            }));
        },
        aws_security_group_rule: (after, au) => {
            if (read(after, au, 'type') !== 'ingress')
                return 'pass';
            const sources = [read(after, au, 'cidr_blocks'), read(after, au, 'ipv6_cidr_blocks')];
            if (sources.includes(UNKNOWN))
                return 'unknown';
            return judgeIngress(sources.flatMap(asList), awsPorts(after, 'protocol'));
        },
        aws_vpc_security_group_ingress_rule: (after, au) => {
            const sources = [read(after, au, 'cidr_ipv4'), read(after, au, 'cidr_ipv6')];
            if (sources.includes(UNKNOWN))
                return 'unknown';
            return judgeIngress(sources.flatMap(asList), awsPorts(after, 'ip_protocol'));
        },
        google_compute_firewall: (after, au) => {
            if (String(read(after, au, 'direction') ?? 'INGRESS').toUpperCase() === 'EGRESS')
                return 'pass';
            const allow = read(after, au, 'allow');
            if (allow === UNKNOWN)
                return 'unknown';
            const ports = asList(allow).flatMap(entry => {
                const record = entry;
                const listed = asList(record.ports);
                return listed.length === 0 || record.protocol === 'all' ? ALL_PORTS : listed.map(portRange);
            });
            return asList(allow).length === 0 ? 'pass' : judgeIngress(read(after, au, 'source_ranges'), ports);
        },
        azurerm_network_security_rule: (after, au) => {
            if (String(read(after, au, 'direction')).toLowerCase() !== 'inbound')
                return 'pass';
            if (String(read(after, au, 'access')).toLowerCase() !== 'allow')
                return 'pass';
            const sources = [read(after, au, 'source_address_prefix'), read(after, au, 'source_address_prefixes')];
            const ranges = [read(after, au, 'destination_port_range'), read(after, au, 'destination_port_ranges')];
            if (sources.includes(UNKNOWN))
                return 'unknown';
            const ports = ranges.includes(UNKNOWN) ? UNKNOWN : ranges.flatMap(asList).map(portRange);
            return judgeIngress(sources.flatMap(asList), ports === UNKNOWN || ports.length > 0 ? ports : ALL_PORTS);
        }
    };
    return {
        id: 'open-ingress',
        severity: 'warn',
        message: 'Ingress from 0.0.0.0/0 or ::/0 to ports other than 80/443.',
        remedy: 'Restrict the source ranges (VPN, bastion, load balancer security group) or open only ports 80/443.',
        appliesTo: type => type in checks,
        check: (after, afterUnknown, type) => ({ outcome: checks[type](after, afterUnknown) })
    };
}
function requiredTagsRule(required) {
    return {
        id: 'required-tags',
        severity: 'warn',
        message: `Taggable resources must carry the tags ${required.join(', ')}.`,
        remedy: 'Add the missing tags (the AWS provider default_tags count), or change required_tags in the policy.',
        appliesTo: () => required.length > 0,
        check: (after, afterUnknown, type) => {
            if (after === null || typeof after !== 'object')
                return { outcome: 'pass' };
            const record = after;
            const key = type.startsWith('google_') ? 'labels' : 'tags';
            // Only resources whose schema has tags (the key is present, even as null) are taggable.
            if (!(key in record) && !(`${key}_all` in record))
                return { outcome: 'pass' };
            const unknown = (afterUnknown ?? {});
            if (unknown[key] === true)
                return { outcome: 'unknown' };
            const normalise = (name) => key === 'labels' ? name.toLowerCase().replace(/[-_]/g, '') : name;
            const present = new Set([record[key], record[`${key}_all`]]
                .flatMap(map => (map && typeof map === 'object' ? Object.keys(map) : []))
                .map(normalise));
            const missing = required.filter(tag => !present.has(normalise(tag)));
            if (missing.length === 0)
                return { outcome: 'pass' };
            // Provider default tags land in tags_all; while that is unknown the tags cannot be judged yet.
            if (unknown[`${key}_all`] === true)
                return { outcome: 'unknown' };
            return { outcome: 'violation', detail: `missing ${missing.join(', ')}` };
        }
    };
}
/** Whether a type matches any of the globs. */
function typeMatches(globs, type) {
    return globs.some(glob => (0,policy_glob/* matchesGlob */.k)(glob, type));
}

// EXTERNAL MODULE: ./src/policy/config/defaults.ts
var defaults = __webpack_require__(823);
;// CONCATENATED MODULE: ./src/policy/checks/limits.ts

/** Addresses listed per limit; further ones are counted. */
const LISTED_ADDRESSES = 100;
/** Counts creates per limit key; `findings()` yields one finding per configured limit. */
function createLimitCounter(limits) {
    const keys = Object.keys(limits);
    const counts = new Map(keys.map(key => [key, { count: 0, addresses: [] }]));
    return {
        visit(entry) {
            if (keys.length === 0 || entry.mode !== 'managed')
                return;
            const actions = entry.change?.actions ?? [];
            if (actions.length !== 1 || actions[0] !== 'create')
                return;
            for (const key of keys) {
                if (!(0,policy_glob/* matchesGlob */.k)(key, entry.type))
                    continue;
                const tally = counts.get(key);
                tally.count++;
                if (tally.addresses.length < LISTED_ADDRESSES)
                    tally.addresses.push(entry.address);
            }
        },
        findings() {
            return keys.map(key => {
                const { count, addresses } = counts.get(key);
                const max = limits[key];
                const more = count > addresses.length ? ` (${count - addresses.length} more not listed)` : '';
                if (count <= max) {
                    return {
                        rule: `resource-limit:${key}`,
                        severity: 'pass',
                        addresses,
                        message: `Creates ${count} ${key} (limit ${max}).`
                    };
                }
                return {
                    rule: `resource-limit:${key}`,
                    severity: 'deny',
                    addresses,
                    message: `The plan creates ${count} resource(s) of type ${key}; this environment allows at most ${max} per change${more}.`,
                    remedy: `Split the change into smaller pull requests, or raise resource_limits.${key} for this environment in the policy file.`
                };
            });
        }
    };
}

;// CONCATENATED MODULE: ./src/policy/checks/rules.ts




/** Addresses kept per rule and outcome; further ones are counted. */
const RULE_ADDRESS_CAP = 100;
/** Per-address details ("missing Owner") kept per rule. */
const DETAIL_CAP = 5;
/** The settings of the resolved environment (an unknown environment gets none, but keeps its protection). */
function environmentPolicy(policy, environment) {
    return policy.environments[environment.name] ?? (0,defaults/* emptyEnvironmentPolicy */.vd)(environment.protected);
}
/** Compiles the rules in effect in `environment` (severity overrides applied, `off` rules dropped). */
function compileRules(policy, environment) {
    const settings = environmentPolicy(policy, environment);
    const users = policy.rules
        .filter(rule => appliesInEnvironment(rule, policy, environment.name))
        .map(compileUserRule);
    const compiled = [];
    for (const rule of [...builtinRules(policy), ...users]) {
        const level = settings.ruleSeverity[rule.id] ?? policy.ruleSeverity[rule.id] ?? rule.severity;
        if (level !== 'off')
            compiled.push({ ...rule, severity: level });
    }
    return compiled;
}
function appliesInEnvironment(rule, policy, environment) {
    if (rule.environments.length === 0)
        return true;
    return rule.environments.some(name => {
        const wanted = name.toLowerCase();
        if (wanted === environment.toLowerCase())
            return true;
        return (policy.environments[environment]?.aliases ?? []).some(alias => alias.toLowerCase() === wanted);
    });
}
function compileUserRule(rule) {
    return {
        id: rule.id,
        severity: rule.severity,
        message: rule.message,
        remedy: `Change the resource so that '${rule.path}' ${describeOp(rule)}, or adjust rule '${rule.id}' in the policy file.`,
        appliesTo: type => typeMatches(rule.types, type),
        check: (after, afterUnknown) => ({
            outcome: checkPath(after, afterUnknown, rule.path, rule.op, rule.value)
        })
    };
}
/** `equals true`, `is one of [a, b]`, … for messages (rule values come from the policy, never from the plan). */
function describeOp(rule) {
    const value = JSON.stringify(rule.value);
    switch (rule.op) {
        case 'equals':
            return `equals ${value}`;
        case 'not_equals':
            return `does not equal ${value}`;
        case 'in':
            return `is one of ${value}`;
        case 'not_in':
            return `is none of ${value}`;
        case 'matches':
            return `matches /${String(rule.value)}/`;
        case 'exists':
            return 'is set';
        case 'absent':
            return 'is not set';
    }
}
/** Creates the visitor the analysis feeds with every raw resource entry. */
function createRuleEvaluator(policy, environment) {
    const rules = compileRules(policy, environment);
    const limits = createLimitCounter(environmentPolicy(policy, environment).resourceLimits);
    const violations = new Map(rules.map(rule => [rule.id, emptyTally()]));
    const unknowns = new Map(rules.map(rule => [rule.id, emptyTally()]));
    const hidden = new Map(rules.map(rule => [rule.id, emptyTally()]));
    let entriesSeen = 0;
    function visit(entry) {
        if (entry.mode !== 'managed')
            return;
        entriesSeen++;
        limits.visit(entry);
        const actions = entry.change?.actions ?? [];
        // Rules judge planned values: only entries that create or update an object have any.
        if (!actions.includes('create') && !actions.includes('update'))
            return;
        const after = entry.change.after;
        if (after === null || typeof after !== 'object')
            return;
        for (const rule of rules) {
            if (!rule.appliesTo(entry.type))
                continue;
            const result = rule.check(after, entry.change.after_unknown, entry.type);
            if (result.outcome === 'pass')
                continue;
            const tallies = { violation: violations, unknown: unknowns, hidden }[result.outcome];
            record(tallies.get(rule.id), entry.address, result.detail);
        }
    }
    return {
        onResourceChange: visit,
        get entriesSeen() {
            return entriesSeen;
        },
        findings() {
            const out = [];
            for (const rule of rules) {
                out.push(violationFinding(rule, violations.get(rule.id)));
                const unknown = unknowns.get(rule.id);
                if (unknown.count > 0)
                    out.push(unknownFinding(rule, unknown));
                const hid = hidden.get(rule.id);
                if (hid.count > 0)
                    out.push(hiddenFinding(rule, hid));
            }
            return [...out, ...limits.findings()];
        }
    };
}
function emptyTally() {
    return { count: 0, addresses: [], details: [] };
}
function record(tally, address, detail) {
    tally.count++;
    if (tally.addresses.length < RULE_ADDRESS_CAP)
        tally.addresses.push(address);
    if (detail && tally.details.length < DETAIL_CAP)
        tally.details.push(`${address}: ${detail}`);
}
function more(tally) {
    return tally.count > tally.addresses.length
        ? ` (${tally.count - tally.addresses.length} more not listed)`
        : '';
}
function violationFinding(rule, tally) {
    if (tally.count === 0)
        return { rule: `rule:${rule.id}`, severity: 'pass', addresses: [], message: rule.message };
    const details = tally.details.length > 0 ? ` ${tally.details.join('; ')}.` : '';
    return {
        rule: `rule:${rule.id}`,
        severity: rule.severity,
        addresses: tally.addresses,
        message: `${rule.message} ${tally.count} resource(s) violate it${more(tally)}.${details}`,
        remedy: rule.remedy
    };
}
/** Known after apply: neither a violation nor a pass, so it is reported as a warning to re-check after apply. */
function unknownFinding(rule, tally) {
    return {
        rule: `rule:${rule.id}`,
        severity: 'warn',
        addresses: tally.addresses,
        message: `Rule '${rule.id}' cannot be decided for ${tally.count} resource(s): the value is known after apply${more(tally)}. Not counted as a violation or a pass.`,
        remedy: 'Check these resources after apply, or make the value known at plan time (a literal instead of a computed reference).'
    };
}
/**
 * The value is hidden from the gate: `(sensitive)` in the plan artifact's plan.json, or a Pulumi
 * `[secret]`. The plan chose what is hidden, so the rule fails closed, at its own severity.
 */
function hiddenFinding(rule, tally) {
    return {
        rule: `rule:${rule.id}`,
        severity: rule.severity,
        addresses: tally.addresses,
        message: `Rule '${rule.id}' cannot be decided for ${tally.count} resource(s): the value is hidden from the gate (\`(sensitive)\` in the plan artifact's plan.json, or a Pulumi \`[secret]\`)${more(tally)}, and the plan chooses what is hidden, so it counts as a violation.`,
        remedy: 'Gate the binary plan (give the plan job plan_file, or let it plan) so the gate reads the real value, or do not make the value sensitive or secret.'
    };
}


/***/ }),

/***/ 23371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ assertTimeZone),
/* harmony export */   i: () => (/* binding */ checkWindows)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _window_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19006);
/**
 * Deployment windows. The current instant is converted to wall-clock time in the window's IANA
 * time zone with the platform's Intl (so DST changes are handled by the tz database, never by
 * hand-written offsets), then matched against the allow and block specs. The clock is a parameter.
 */


const formatters = new Map();
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
/** How far ahead the next opening is searched (minutes). */
const NEXT_OPEN_HORIZON = 14 * 24 * 60;
const NEXT_OPEN_STRIDE = 5;
/** Throws when `timeZone` is not an IANA zone this platform knows. */
function assertTimeZone(timeZone) {
    formatterFor(timeZone);
}
function formatterFor(timeZone) {
    let formatter = formatters.get(timeZone);
    if (!formatter) {
        try {
            formatter = new Intl.DateTimeFormat('en-US', {
                timeZone,
                hourCycle: 'h23',
                year: 'numeric',
                month: 'numeric',
                day: 'numeric',
                hour: 'numeric',
                minute: 'numeric',
                weekday: 'short'
            });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${timeZone}' is not an IANA time zone (examples: Asia/Seoul, Europe/Berlin, America/New_York, UTC)`);
        }
        formatters.set(timeZone, formatter);
    }
    return formatter;
}
/** Wall-clock time of `instant` in `timeZone`. */
function toLocalTime(instant, timeZone) {
    const parts = {};
    for (const part of formatterFor(timeZone).formatToParts(instant))
        parts[part.type] = part.value;
    const hour = Number(parts.hour) % 24;
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        weekday: WEEKDAY_NAMES.indexOf(parts.weekday),
        minutes: hour * 60 + Number(parts.minute)
    };
}
/** `Thu 2026-01-15 16:59 (Asia/Seoul)` */
function formatLocalTime(local, timeZone) {
    const pad = (value) => String(value).padStart(2, '0');
    const clock = `${pad(Math.floor(local.minutes / 60))}:${pad(local.minutes % 60)}`;
    return `${WEEKDAY_NAMES[local.weekday]} ${local.year}-${pad(local.month)}-${pad(local.day)} ${clock} (${timeZone})`;
}
function compile(windows) {
    assertTimeZone(windows.timezone);
    return {
        timezone: windows.timezone,
        allow: windows.allow.map(_window_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWindowSpec */ .H),
        block: windows.block.map(_window_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .parseWindowSpec */ .H)
    };
}
function statusAt(compiled, instant) {
    const local = toLocalTime(instant, compiled.timezone);
    const blockedBy = compiled.block.find(spec => spec.matches(local));
    if (blockedBy)
        return { open: false, local, blockedBy };
    const allowed = compiled.allow.length === 0 || compiled.allow.some(spec => spec.matches(local));
    return { open: allowed, local };
}
/** Decides whether `now` is inside the deployment windows. */
function checkDeploymentWindow(windows, now) {
    const compiled = compile(windows);
    const current = statusAt(compiled, now);
    const localTime = formatLocalTime(current.local, compiled.timezone);
    if (current.open) {
        const where = compiled.allow.length === 0 ? 'no allow list, and no block applies' : 'inside an allowed window';
        return { open: true, localTime, reason: `${localTime} is ${where}.` };
    }
    const reason = current.blockedBy
        ? `${localTime} falls on blocked period '${current.blockedBy.text}'.`
        : `${localTime} is outside the allowed windows (${compiled.allow.map(spec => `'${spec.text}'`).join(', ')}).`;
    return {
        open: false,
        localTime,
        blockedBy: current.blockedBy?.text,
        reason,
        nextOpen: findNextOpening(compiled, now)
    };
}
/**
 * Steps forward in 5-minute strides (wall-clock aware via Intl) up to the horizon, then walks back
 * minute by minute to the first open minute. Only the hint in the message depends on this; a window
 * shorter than the stride may be missed by the hint, never by the verdict.
 */
function findNextOpening(compiled, now) {
    const start = Math.floor(now.getTime() / 60000) * 60000;
    for (let step = NEXT_OPEN_STRIDE; step <= NEXT_OPEN_HORIZON; step += NEXT_OPEN_STRIDE) {
        if (!statusAt(compiled, new Date(start + step * 60000)).open)
            continue;
        let first = step;
        while (first - 1 > 0 && statusAt(compiled, new Date(start + (first - 1) * 60000)).open)
            first--;
        return formatLocalTime(toLocalTime(new Date(start + first * 60000), compiled.timezone), compiled.timezone);
    }
    return undefined;
}
/**
 * The deployment-window finding: pass inside the windows; outside them deny, or warn when
 * emergency_override is set with a reason.
 */
function checkWindows(context) {
    const rule = 'deployment-window';
    const windows = context.windows;
    if (!windows)
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No deployment windows for '${context.environment}'.`
        };
    const status = checkDeploymentWindow(windows, context.now);
    if (status.open)
        return { rule, severity: 'pass', addresses: [], message: status.reason };
    const reason = context.overrideReason.trim();
    if (context.emergencyOverride && reason !== '') {
        return {
            rule,
            severity: 'warn',
            addresses: [],
            message: `${status.reason} Allowed by emergency_override; reason: ${reason}`
        };
    }
    const next = status.nextOpen ? ` The next window opens ${status.nextOpen}.` : '';
    return {
        rule,
        severity: 'deny',
        addresses: [],
        message: `Outside the deployment window for '${context.environment}': ${status.reason}${next}${context.emergencyOverride
            ? ' emergency_override was set without an override_reason, so it does not apply.'
            : ''}`,
        remedy: 'Deploy inside the window, or re-run with emergency_override=true and a non-empty override_reason (recorded in the summary and outputs).'
    };
}


/***/ }),

/***/ 20192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ evaluateGate),
  f: () => (/* binding */ listViolations)
});

// EXTERNAL MODULE: ./src/policy/checks/approvals.ts
var checks_approvals = __webpack_require__(40814);
// EXTERNAL MODULE: ./src/policy/checks/cost-ceiling.ts
var cost_ceiling = __webpack_require__(74059);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
;// CONCATENATED MODULE: ./src/policy/checks/destroy-guard.ts
/**
 * The production destroy guard: in a protected environment a plan that deletes or replaces
 * anything is denied unless force_recreate is true.
 */

/** Checks the plan against the destroy guard; returns exactly one finding. */
function checkDestroyGuard(analysis, context) {
    const destroying = analysis.counts.destroy;
    const addresses = analysis.destructiveAddresses;
    if (destroying === 0) {
        return {
            rule: 'prod-destroy-guard',
            severity: 'pass',
            addresses: [],
            message: 'The plan destroys nothing.'
        };
    }
    if (!context.protectedEnvironment) {
        return {
            rule: 'prod-destroy-guard',
            severity: 'pass',
            addresses,
            message: `${destroying} resource(s) would be destroyed or replaced; '${context.environment}' is not a protected environment.`
        };
    }
    if (context.forceRecreate) {
        return {
            rule: 'prod-destroy-guard',
            severity: 'warn',
            addresses,
            message: `${destroying} resource(s) in protected environment '${context.environment}' will be destroyed or replaced: allowed because force_recreate=true.`
        };
    }
    return {
        rule: 'prod-destroy-guard',
        severity: 'deny',
        addresses,
        message: `${constants/* PROD_DESTROY_MESSAGE */.l}: ${destroying} resource(s) in protected environment '${context.environment}' would be destroyed or replaced.`,
        remedy: 'Review the addresses listed. If destroying them is intended, re-run with force_recreate=true (workflow_dispatch input); otherwise change the configuration (lifecycle prevent_destroy, moved blocks, or import) so the plan keeps them.'
    };
}

// EXTERNAL MODULE: ./src/policy/checks/protected-resources.ts + 1 modules
var protected_resources = __webpack_require__(60518);
// EXTERNAL MODULE: ./src/policy/checks/rules.ts + 3 modules
var rules = __webpack_require__(36334);
// EXTERNAL MODULE: ./src/analysis/plan-secrets.ts
var plan_secrets = __webpack_require__(49759);
// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
;// CONCATENATED MODULE: ./src/policy/checks/pulumi-plan.ts
/**
 * Checks only a Pulumi plan needs, and plan trust in Pulumi's words:
 * - the document must be a preview: an event log of a `pulumi up` (or destroy, refresh) that ran
 *   records changes already made, so there is nothing left to gate (`isPreview` false), and a log
 *   that does not say is doubt;
 * - one preview is one stack: several stacks mean joined or edited files; and the stack must not be
 *   more protected than the environment whose rules the gate applies (an `environment: dev` input on
 *   a preview of `prod` would gate production with dev's rules);
 * - what the reader could not map and the errors Pulumi reported are worded from the preview itself
 *   (the reader's problem texts, Pulumi's diagnostics), never as Terraform's.
 * Text taken from the document is bounded and kept on one line before it enters a message.
 */


/** Entries and diagnostics quoted in one message. */
const QUOTED = 5;
/** The findings of a Pulumi plan's own checks (denials and passes), protect excluded (pulumi-protect.ts). */
function checkPulumiPlan(analysis, context) {
    if (!analysis.pulumi)
        return [];
    return [checkPreview(analysis), checkStack(analysis, context)];
}
function checkPreview(analysis) {
    const rule = 'pulumi-preview';
    const facts = analysis.pulumi;
    if (facts.format === 'preview-json' || facts.isPreview === true) {
        return { rule, severity: 'pass', addresses: [], message: 'The document is a Pulumi preview.' };
    }
    const fix = 'Gate the output of `pulumi preview --json` (or a `pulumi preview --event-log FILE`) before the update runs, and run `pulumi up` only when the gate allows it.';
    if (facts.isPreview === false) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `'${analysis.source}' is the event log of a Pulumi operation that ran (\`pulumi up\`, destroy or refresh: summaryEvent.isPreview is false), not a preview: its changes are already made, so there is nothing left to gate.`,
            remedy: fix
        };
    }
    return {
        rule,
        severity: 'deny',
        addresses: [],
        message: `The event log '${analysis.source}' does not say whether it is a preview (its summaryEvent has no isPreview, as older Pulumi CLIs write it), so the gate cannot tell a plan from changes already made.`,
        remedy: `${fix} Or upgrade the Pulumi CLI.`
    };
}
function checkStack(analysis, context) {
    const rule = 'pulumi-stack';
    const { stacks } = analysis.pulumi;
    const { environment } = context;
    if (stacks.length > 1) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `The preview names ${stacks.length} stacks (${stacks.slice(0, QUOTED).map(quote).join(', ')}); one preview covers one stack, so the file joins several previews or was edited, and no environment's rules fit it.`,
            remedy: 'Preview one stack per file (`pulumi preview --stack <name> --json`) and gate each file on its own.'
        };
    }
    if (stacks.length === 0) {
        return { rule, severity: 'pass', addresses: [], message: 'The preview names no stack (it has no steps).' };
    }
    const [stack] = stacks;
    if (environment.source === 'stack') {
        if (environment.requested === stack) {
            return {
                rule,
                severity: 'pass',
                addresses: [],
                message: `Stack ${quote(stack)} resolved the environment '${environment.name}'.`
            };
        }
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `The environment was resolved from stack ${quote(environment.requested)}, but the preview the gate read is of stack ${quote(stack)}: the file changed while it was read.`,
            remedy: 'Run the gate again on a preview file that nothing rewrites meanwhile.'
        };
    }
    const stackEnvironment = (0,policy_environment/* resolveEnvironment */.g9)({ explicit: stack }, context.environments);
    if (stackEnvironment.protected && !environment.protected) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `The preview is of stack ${quote(stack)}, which stands for the protected environment '${stackEnvironment.name}', but the gate applies the rules of '${environment.name}' (from ${environment.source}), which is not protected.`,
            remedy: `Set the environment input to '${stackEnvironment.name}' (or leave it empty: the stack then names the environment), or, if ${quote(stack)} is not production, declare it as an alias of its environment in the policy.`
        };
    }
    return {
        rule,
        severity: 'pass',
        addresses: [],
        message: `Stack ${quote(stack)} fits the environment '${environment.name}'.`
    };
}
/**
 * Plan trust for a Pulumi plan: what could not be read, in the reader's words; the errors Pulumi
 * reported, quoted from its diagnostics. Denies exactly when checkPlanTrust would for a Terraform plan.
 */
function checkPulumiTrust(analysis) {
    const findings = [];
    // Diagnostics and reader problems are document text the program under review wrote: they may quote
    // its secrets, and reports, outputs and the log print finding messages as the action's own words.
    const { scrub } = (0,plan_secrets/* planSecrets */.Ds)(analysis.sensitiveValues);
    if (analysis.unreadable.length > 0) {
        findings.push({
            rule: 'plan-unreadable',
            severity: 'deny',
            addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
            message: `${analysis.unreadable.length} step(s) of the Pulumi preview could not be understood: ${analysis.unreadable
                .slice(0, QUOTED)
                .map(entry => `${entry.address}: ${scrub(oneLine(entry.problem))}`)
                .join('; ')}. The gate refuses what it cannot read.`,
            remedy: 'Gate the unedited output of one `pulumi preview --json`; if Pulumi has a step infra-guard does not know yet, upgrade infra-guard.'
        });
    }
    if (analysis.errored) {
        const facts = analysis.pulumi;
        const quoted = (facts?.diagnostics ?? [])
            .filter(diagnostic => diagnostic.severity !== 'warning')
            .slice(0, QUOTED)
            .map(diagnostic => scrub(oneLine(diagnostic.message)));
        const count = facts?.errorCount ?? quoted.length;
        findings.push({
            rule: 'plan-errored',
            severity: 'deny',
            addresses: [],
            message: `Pulumi reported ${count} error(s) in '${analysis.source}'${quoted.length > 0 ? `: ${quoted.join('; ')}` : ''}. A preview with errors is not safe to apply.`,
            remedy: 'Fix what the errors say, run `pulumi preview` again and gate the new preview.'
        });
    }
    if (!analysis.complete) {
        findings.push({
            rule: 'plan-incomplete',
            severity: 'deny',
            addresses: [],
            message: `The Pulumi document '${analysis.source}' is incomplete, so the gate cannot see everything the update would do.`,
            remedy: 'Gate a preview that ran to the end.'
        });
    }
    return findings;
}
/** Document text on one line, without control characters, at most 300 characters. */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}
/** A stack name from the document, quoted and bounded for a message. */
function quote(name) {
    return `'${oneLine(name).slice(0, 80)}'`;
}

;// CONCATENATED MODULE: ./src/policy/checks/plan-trust.ts
/**
 * Plan trust: a plan the analysis could not fully read, or that Terraform marked errored or
 * incomplete, is denied. The gate refuses what it cannot see.
 */


/** Fail closed: a plan the analysis could not fully read or that Terraform marked errored is denied. */
function checkPlanTrust(analysis) {
    // A Pulumi plan is refused for the same reasons, worded from Pulumi's own output.
    if (analysis.pulumi)
        return checkPulumiTrust(analysis);
    const findings = [];
    if (analysis.unreadable.length > 0) {
        // A problem may quote the entry (plan text): scrubbed like any plan text; the address is redacted where shown.
        const { scrub } = (0,plan_secrets/* planSecrets */.Ds)(analysis.sensitiveValues);
        findings.push({
            rule: 'plan-unreadable',
            severity: 'deny',
            addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
            message: `${analysis.unreadable.length} plan entr(ies) could not be understood: ${analysis.unreadable
                .slice(0, 5)
                .map(entry => `${entry.address}: ${scrub(entry.problem)}`)
                .join('; ')}. The gate refuses what it cannot read.`,
            remedy: 'Use a terraform/tofu version whose plan format infra-guard supports, or report the entry to infra-guard.'
        });
    }
    if (analysis.errored) {
        findings.push({
            rule: 'plan-errored',
            severity: 'deny',
            addresses: [],
            message: `Terraform marked the plan in '${analysis.source}' as errored; it is not safe to apply.`,
            remedy: 'Fix the errors shown by terraform plan and create a new plan.'
        });
    }
    if (!analysis.complete && analysis.deferred) {
        findings.push({
            rule: 'plan-incomplete',
            severity: 'deny',
            addresses: [],
            message: `The plan in '${analysis.source}' is incomplete (Terraform deferred some changes), so the gate cannot see everything that apply would do.`,
            remedy: 'Apply in stages so that each plan is complete, then run the gate on each.'
        });
    }
    else if (!analysis.complete) {
        // Terraform marks a -target plan incomplete and says nothing more in the JSON; nothing was deferred.
        findings.push({
            rule: 'plan-incomplete',
            severity: 'deny',
            addresses: [],
            message: `The plan in '${analysis.source}' is a targeted plan (made with -target): Terraform marks it incomplete because it covers only the targeted resources, so the gate cannot see what the rest of the configuration would do.`,
            remedy: 'Plan without -target (the gate judges whole plans); -target is for exceptional recovery, outside the gated pipeline.'
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./src/policy/checks/windows.ts
var windows = __webpack_require__(23371);
;// CONCATENATED MODULE: ./src/policy/checks/pulumi-protect.ts
/** Addresses named in the message; the finding lists them all (bounded by the analysis). */
const NAMED_IN_MESSAGE = 3;
/** One finding for a Pulumi plan: deny when it deletes or replaces a protected resource, else pass. */
function checkPulumiProtect(analysis) {
    const rule = 'pulumi-protect';
    const facts = analysis.pulumi;
    const listed = facts?.protectedDestroys ?? [];
    const count = listed.length + (facts?.omittedProtectedDestroys ?? 0);
    if (count === 0) {
        return { rule, severity: 'pass', addresses: [], message: 'No protected resource is deleted or replaced.' };
    }
    const names = analysis.changes
        .filter(change => change.pulumi && listed.slice(0, NAMED_IN_MESSAGE).includes(change.address))
        .map(change => change.pulumi?.display ?? change.address);
    const example = listed[0] ?? '<URN>';
    return {
        rule,
        severity: 'deny',
        addresses: listed,
        message: `${count} resource(s) marked \`protect\` would be deleted or replaced${names.length > 0 ? ` (${names.join(', ')})` : ''}. ` +
            'Pulumi refuses to delete a protected resource, so `pulumi up` would fail at that step, part-way through the update; ' +
            'force_recreate does not change that.',
        remedy: 'If deleting them is intended, unprotect them deliberately in a change of their own: set `protect: false` on each in the ' +
            `program (or run \`pulumi state unprotect '${example.replace(/'/g, `'\\''`)}'\`), run \`pulumi up\`, then preview this change again. ` +
            'Otherwise change the program so the preview keeps them (an alias for a rename or a move, or avoid the property change that forces the replacement).'
    };
}

;// CONCATENATED MODULE: ./src/policy/evaluate-gate.ts









/** Combines every check into the verdict. Pure: the clock and all data are parameters. */
function evaluateGate(input) {
    const { analysis, policy, environment } = input;
    const settings = (0,rules/* environmentPolicy */.q)(policy, environment);
    const findings = [];
    // Pulumi plans: a protected delete (which `pulumi up` would fail on) is said first, then the preview's own checks.
    if (analysis.pulumi) {
        findings.push(checkPulumiProtect(analysis), ...checkPulumiPlan(analysis, { environment, environments: policy.environments }));
    }
    findings.push(...checkPlanTrust(analysis));
    findings.push(checkDestroyGuard(analysis, {
        environment: environment.name,
        protectedEnvironment: environment.protected,
        forceRecreate: input.forceRecreate
    }));
    findings.push((0,protected_resources/* checkProtectedResources */.g)(analysis, {
        globs: policy.protectedResources,
        protectedEnvironment: environment.protected,
        environment: environment.name,
        allowDestroy: input.allowDestroy,
        moved: input.movedDestroys
    }));
    const overridesUsed = [];
    const windowFinding = (0,windows/* checkWindows */.i)({
        environment: environment.name,
        windows: settings.deploymentWindows,
        now: input.now,
        emergencyOverride: input.emergencyOverride,
        overrideReason: input.overrideReason
    });
    if (windowFinding.severity === 'warn' && input.emergencyOverride)
        overridesUsed.push('emergency_override');
    findings.push(windowFinding);
    const costFinding = (0,cost_ceiling/* checkCostCeiling */.x)({
        environment: environment.name,
        settings,
        cost: input.cost,
        costOverride: input.costOverride,
        overrideReason: input.overrideReason,
        hasChanges: analysis.hasChanges,
        missingCostEstimate: policy.missingCostEstimate
    });
    if (costFinding.severity === 'warn' && input.costOverride)
        overridesUsed.push('cost_override');
    findings.push(costFinding, ...input.ruleFindings);
    const approvals = (0,checks_approvals/* computeRequiredApprovals */.X7)({
        policy,
        environment: environment.name,
        settings,
        monthlyChange: input.cost?.monthlyChange,
        currency: input.cost?.currency,
        risk: analysis.risk.level
    });
    if (input.enforceApprovals)
        findings.push((0,checks_approvals/* checkApprovals */.Dd)(approvals, input.approvalsData));
    return {
        allowed: !findings.some(finding => finding.severity === 'deny'),
        environment: environment.name,
        protectedEnvironment: environment.protected,
        findings,
        approvals,
        cost: input.cost,
        overridesUsed,
        overrideReason: input.overrideReason.trim()
    };
}
/** The `policy_violations` output: every warn and deny finding as {rule, severity, addresses, message}. */
function listViolations(findings) {
    return findings
        .filter(finding => finding.severity !== 'pass')
        .map(({ rule, severity, addresses, message }) => ({ rule, severity, addresses, message }));
}


/***/ }),

/***/ 4062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ matchesAddressGlob),
/* harmony export */   k: () => (/* binding */ matchesGlob)
/* harmony export */ });
/**
 * Globs for resource types and addresses: `*` any run of characters, `?` one character,
 * `{a,b}` alternatives. Everything else is literal, including `.`, `[` and `"` in addresses.
 */
const cache = new Map();
/** Compiles a glob into an anchored regular expression (cached: the same globs run over every entry). */
function compileGlob(glob) {
    let compiled = cache.get(glob);
    if (!compiled) {
        compiled = new RegExp(`^${translate(glob)}$`, 's');
        cache.set(glob, compiled);
    }
    return compiled;
}
function translate(glob) {
    let out = '';
    let depth = 0;
    for (const char of glob) {
        if (char === '*')
            out += '.*';
        else if (char === '?')
            out += '.';
        else if (char === '{') {
            depth++;
            out += '(?:';
        }
        else if (char === '}' && depth > 0) {
            depth--;
            out += ')';
        }
        else if (char === ',' && depth > 0)
            out += '|';
        else
            out += char.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
    }
    // An unclosed brace is literal text gone wrong; close it so the pattern still compiles.
    return out + ')'.repeat(depth);
}
/** True when `value` matches `glob`. */
function matchesGlob(glob, value) {
    return compileGlob(glob).test(value);
}
/**
 * Address globs. A glob that does not start with `module.` or a wildcard also matches the same
 * resource inside any module: `aws_db_instance.*` protects `module.db.aws_db_instance.main` too,
 * because protecting more is the safe reading. `module.network.aws_vpc.*` stays within that module.
 */
function matchesAddressGlob(glob, address) {
    if (matchesGlob(glob, address))
        return true;
    if (glob.startsWith('module.') || glob.startsWith('*'))
        return false;
    const resourcePart = stripModulePath(address);
    return resourcePart !== address && matchesGlob(glob, resourcePart);
}
/** `module.a.module.b["x"].aws_vpc.main` → `aws_vpc.main`. */
function stripModulePath(address) {
    let rest = address;
    while (rest.startsWith('module.')) {
        const next = skipModuleStep(rest);
        if (next === undefined)
            return address;
        rest = next;
    }
    return rest;
}
/** Skips `module.<name>` plus an optional `[index]` (which may contain quoted dots) and the following dot. */
function skipModuleStep(text) {
    let i = 'module.'.length;
    while (i < text.length && text[i] !== '.' && text[i] !== '[')
        i++;
    if (text[i] === '[') {
        let inString = false;
        for (; i < text.length; i++) {
            const char = text[i];
            if (inString && char === '\\')
                i++;
            else if (char === '"')
                inString = !inString;
            else if (char === ']' && !inString)
                break;
        }
        i++;
    }
    return text[i] === '.' ? text.slice(i + 1) : undefined;
}


/***/ }),

/***/ 19006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseWindowSpec)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * The deployment-window language. A spec is `<days> [HH:MM-HH:MM]`; without a time range it covers
 * the whole day. Days are one of:
 *   weekdays   `Mon-Thu`, `Mon,Wed,Fri`, `Fri-Mon` (wraps), `daily` / `*`
 *   a date     `2026-12-24`, a range `2026-12-24..2026-12-26`
 *   yearly     `12-25`, `12-31..01-02` (wraps the year)
 *   recurring  `last-fri`, `first-mon`, `2nd-tue` … `5th-wed` (n-th weekday of the month)
 * An end time not after the start (`22:00-02:00`) runs into the next day; `24:00` ends at midnight.
 * Pure calendar code: time zones are handled by windows.ts before anything here runs.
 */

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ORDINALS = {
    first: 1,
    second: 2,
    third: 3,
    fourth: 4,
    fifth: 5,
    '1st': 1,
    '2nd': 2,
    '3rd': 3,
    '4th': 4,
    '5th': 5,
    last: -1
};
/** What a spec may look like; quoted in every parse error. */
const WINDOW_SPEC_FORMS = '"Mon-Thu 09:00-17:00", "Sat,Sun", "daily 22:00-02:00", "2026-12-24", "2026-12-24..2026-12-26", "12-25", "last-fri", "2nd-tue 10:00-12:00"';
/** Parses one spec; throws an Error whose message says what is wrong and which forms are accepted. */
function parseWindowSpec(text) {
    const trimmed = text.trim();
    const match = /^(\S+)(?:\s+(\d{1,2}:\d{2})-(\d{1,2}:\d{2}))?$/.exec(trimmed);
    if (!match)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${text}' is not a window; expected forms like ${WINDOW_SPEC_FORMS}`);
    const days = parseDays(match[1], text);
    const start = match[2] === undefined ? 0 : parseClock(match[2], text);
    const end = match[3] === undefined ? 1440 : parseClock(match[3], text);
    if (start === 1440)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${text}': a window cannot start at 24:00; use 00:00 of the next day`);
    return {
        text: trimmed,
        matches(local) {
            if (end > start)
                return (local.minutes >= start &&
                    local.minutes < end &&
                    days(local.year, local.month, local.day, local.weekday));
            // Overnight: the part after midnight belongs to the previous day's window.
            if (local.minutes >= start && days(local.year, local.month, local.day, local.weekday))
                return true;
            if (local.minutes < end) {
                const previous = shiftDay(local.year, local.month, local.day, -1);
                return days(previous.year, previous.month, previous.day, (local.weekday + 6) % 7);
            }
            return false;
        }
    };
}
function parseClock(clock, spec) {
    const [hours, minutes] = clock.split(':').map(Number);
    if (hours > 24 || minutes > 59 || (hours === 24 && minutes !== 0)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': '${clock}' is not a time of day; use HH:MM from 00:00 to 24:00`);
    }
    return hours * 60 + minutes;
}
function parseDays(word, spec) {
    const lower = word.toLowerCase();
    if (lower === 'daily' || lower === '*')
        return () => true;
    let match = /^(\d{4})-(\d{2})-(\d{2})(?:\.\.(\d{4})-(\d{2})-(\d{2}))?$/.exec(lower);
    if (match) {
        const from = dateKey(checkDate(+match[1], +match[2], +match[3], spec));
        const to = match[4] === undefined ? from : dateKey(checkDate(+match[4], +match[5], +match[6], spec));
        if (to < from)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': the range ends before it starts`);
        return (year, month, day) => {
            const key = year * 10000 + month * 100 + day;
            return key >= from && key <= to;
        };
    }
    match = /^(\d{2})-(\d{2})(?:\.\.(\d{2})-(\d{2}))?$/.exec(lower);
    if (match) {
        const from = monthDayKey(+match[1], +match[2], spec);
        const to = match[3] === undefined ? from : monthDayKey(+match[3], +match[4], spec);
        return (_year, month, day) => {
            const key = month * 100 + day;
            return from <= to ? key >= from && key <= to : key >= from || key <= to;
        };
    }
    match = /^([a-z0-9]+)-([a-z]{3})$/.exec(lower);
    if (match && match[1] in ORDINALS && WEEKDAYS.includes(match[2])) {
        const nth = ORDINALS[match[1]];
        const wanted = WEEKDAYS.indexOf(match[2]);
        return (year, month, day, weekday) => {
            if (weekday !== wanted)
                return false;
            if (nth === -1)
                return day + 7 > daysInMonth(year, month);
            return Math.ceil(day / 7) === nth;
        };
    }
    const set = parseWeekdays(lower);
    if (set)
        return (_year, _month, _day, weekday) => set.has(weekday);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': '${word}' is not a day selector; expected forms like ${WINDOW_SPEC_FORMS}`);
}
function parseWeekdays(lower) {
    const set = new Set();
    for (const part of lower.split(',')) {
        const [first, last, extra] = part.split('-');
        const a = WEEKDAYS.indexOf(first);
        const b = last === undefined ? a : WEEKDAYS.indexOf(last);
        if (a < 0 || b < 0 || extra !== undefined)
            return undefined;
        for (let day = a;; day = (day + 1) % 7) {
            set.add(day);
            if (day === b)
                break;
        }
    }
    return set;
}
function checkDate(year, month, day, spec) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PolicyError */ .pn(`'${spec}': ${year}-${pad(month)}-${pad(day)} is not a calendar date`);
    }
    return { year, month, day };
}
function monthDayKey(month, day, spec) {
    // Leap year 2024 so that 02-29 is accepted as a yearly date.
    checkDate(2024, month, day, spec);
    return month * 100 + day;
}
function dateKey(date) {
    return date.year * 10000 + date.month * 100 + date.day;
}
/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function shiftDay(year, month, day, delta) {
    const date = new Date(Date.UTC(year, month - 1, day + delta));
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
function pad(value) {
    return String(value).padStart(2, '0');
}


/***/ })

};
