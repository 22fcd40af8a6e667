import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 27242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   N0: () => (/* binding */ DEFAULT_ARTIFACT_NAME),
/* harmony export */   WA: () => (/* binding */ RISK_LEVELS),
/* harmony export */   aQ: () => (/* binding */ OUTPUT),
/* harmony export */   bO: () => (/* binding */ INPUT),
/* harmony export */   l: () => (/* binding */ PROD_DESTROY_MESSAGE),
/* harmony export */   tl: () => (/* binding */ MARKER),
/* harmony export */   uK: () => (/* binding */ LIMIT)
/* harmony export */ });
/**
 * Every name the action shares with the outside world lives here: modes, inputs, outputs,
 * hidden markers and limits. Keep action.yml and README.md in step (a test checks both).
 */
/** The modes the `mode` input accepts, in the order the README documents them. */
const MODES = ['validate', 'plan', 'safety-gate', 'drift', 'post-deploy'];
/** Input names (snake_case so that INPUT_* variables stay plain shell names). */
const INPUT = {
    mode: 'mode',
    workingDirectory: 'working_directory',
    environment: 'environment',
    forceRecreate: 'force_recreate',
    dryRun: 'dry_run',
    skipTests: 'skip_tests',
    planFile: 'plan_file',
    planJson: 'plan_json',
    terraformBinary: 'terraform_binary',
    config: 'config',
    githubToken: 'github_token',
    artifactName: 'artifact_name',
    comment: 'comment',
    prNumber: 'pr_number',
    allowStalePlan: 'allow_stale_plan',
    allowDestroy: 'allow_destroy',
    infracostJson: 'infracost_json',
    costOverride: 'cost_override',
    enforceApprovals: 'enforce_approvals',
    emergencyOverride: 'emergency_override',
    overrideReason: 'override_reason',
    tflint: 'tflint',
    failOnFormat: 'fail_on_format',
    failOnDrift: 'fail_on_drift',
    driftLabel: 'drift_label',
    healthChecks: 'health_checks',
    outputAssertions: 'output_assertions',
    notifyWebhook: 'notify_webhook'
};
/** Output names. */
const OUTPUT = {
    environment: 'environment',
    resourcesToAdd: 'resources_to_add',
    resourcesToChange: 'resources_to_change',
    resourcesToDestroy: 'resources_to_destroy',
    resourcesToReplace: 'resources_to_replace',
    resourcesToImport: 'resources_to_import',
    resourcesToMove: 'resources_to_move',
    resourcesToForget: 'resources_to_forget',
    hasChanges: 'has_changes',
    risk: 'risk',
    riskReasons: 'risk_reasons',
    planJson: 'plan_json',
    summaryMarkdown: 'summary_markdown',
    artifactId: 'artifact_id',
    commentId: 'comment_id',
    allowed: 'allowed',
    gateReasons: 'gate_reasons',
    policyViolations: 'policy_violations',
    requiredApprovals: 'required_approvals',
    monthlyCostChange: 'monthly_cost_change',
    costCurrency: 'cost_currency',
    valid: 'valid',
    errorCount: 'error_count',
    warningCount: 'warning_count',
    unformattedFiles: 'unformatted_files',
    driftDetected: 'drift_detected',
    driftedResources: 'drifted_resources',
    driftJson: 'drift_json',
    driftIssueNumber: 'drift_issue_number',
    healthy: 'healthy',
    failedChecks: 'failed_checks',
    rollbackRecommended: 'rollback_recommended'
};
/** Hidden HTML markers that let the action find its own comments and issues again. */
const MARKER = {
    /** `<!-- infra-guard:plan dir=<dir> env=<env> -->` identifies one PR comment per root module and environment. */
    planComment: (dir, env) => `<!-- infra-guard:plan dir=${markerValue(dir)} env=${markerValue(env)} -->`,
    /** One drift issue per root module and environment. */
    driftIssue: (dir, env) => `<!-- infra-guard:drift dir=${markerValue(dir)} env=${markerValue(env)} -->`
};
/** Marker values must not be able to end the HTML comment they sit in. */
function markerValue(value) {
    return encodeURIComponent(value);
}
/** The error text the production destroy guard prints; users grep their logs for it. */
const PROD_DESTROY_MESSAGE = 'Production deployment with resource destruction requires force_recreate=true';
/** Limits. */
const LIMIT = {
    /** GitHub rejects comment and issue bodies longer than this many characters. */
    commentChars: 65536,
    /** Headroom kept under the comment limit for the truncation note and the marker. */
    commentReserve: 2048,
    /** GitHub's job summary limit is 1 MiB per step; stay under it. */
    summaryBytes: 1000 * 1024,
    /** How many changes the analysis keeps in detail; the rest are counted. Destructive ones are kept first. */
    detailedChanges: 2000,
    /** How many destructive addresses the gate lists in full; further ones are counted. */
    destructiveAddresses: 10000,
    /** How long one rendered attribute value may be before it is cut. */
    attributeValueChars: 200,
    /** Attribute changes rendered per resource. */
    attributesPerResource: 50,
    /** Longest wait for the artifact service, per lookup and per download (its client has no timeout). */
    artifactTimeoutMs: 180_000,
    /** Default number of deletions in one plan that makes the risk critical. */
    deletionThreshold: 10,
    /** Addresses listed per risk reason or rollback step; further ones are counted. */
    reasonAddresses: 100
};
/** Default artifact name used by `plan` to upload and by `safety-gate`/`post-deploy` to download. */
const DEFAULT_ARTIFACT_NAME = 'infra-guard-plan';
/** Default policy file path (a missing default file means built-in defaults). */
const DEFAULT_CONFIG_PATH = '.github/infra-guard.yml';
/** Risk levels in increasing order. */
const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'];


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ap: () => (/* binding */ PlanReadError),
/* harmony export */   OS: () => (/* binding */ GitHubApiError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   nC: () => (/* binding */ TerraformError),
/* harmony export */   nE: () => (/* binding */ ArtifactError),
/* harmony export */   nN: () => (/* binding */ GateDeniedError),
/* harmony export */   pn: () => (/* binding */ PolicyError),
/* harmony export */   ye: () => (/* binding */ InfraGuardError)
/* harmony export */ });
/**
 * The project's own error types. Library code throws these; only main.ts turns a thrown value into
 * a failed step. Every message says what went wrong, where, and how to fix it.
 */
/** Base class: anything the action reports on purpose. */
class InfraGuardError extends Error {
    constructor(message) {
        super(message);
        this.name = new.target.name;
    }
}
/** An input is missing, malformed or contradicts another input. */
class InputError extends InfraGuardError {
}
/** A plan file could not be read or is not a plan the action understands. Always fails the gate. */
class PlanReadError extends InfraGuardError {
    file;
    constructor(file, detail) {
        super(`Cannot read plan '${file}': ${detail}`);
        this.file = file;
    }
}
/** The policy file is missing, invalid YAML, or does not match the schema. */
class PolicyError extends InfraGuardError {
}
/** A terraform command failed; carries terraform's own message. */
class TerraformError extends InfraGuardError {
    exitCode;
    stderr;
    constructor(message, exitCode, stderr) {
        super(message);
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** The plan artifact is missing, incomplete, or does not match this run. */
class ArtifactError extends InfraGuardError {
}
/** A GitHub API call failed after its retries. */
class GitHubApiError extends InfraGuardError {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
/** The safety gate refused the plan; its outputs (allowed=false) are already set. */
class GateDeniedError extends InfraGuardError {
}
/** Turns any thrown value into a message without losing it. */
function describeError(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return `Unexpected non-error value thrown: ${JSON.stringify(error)}`;
    }
    catch {
        return 'Unexpected non-error value thrown';
    }
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(46854);
/** The action's entry point, as named by action.yml (bundled to dist/index.js). */

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// A request abandoned at its deadline (a stalled artifact service or API) can keep a socket open;
// the verdict and outputs are written by now, so end instead of waiting for the job's timeout.
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 46854:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./src/toolkit/core.ts + 1 modules
var core = __nccwpck_require__(41745);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __nccwpck_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
;// CONCATENATED MODULE: ./src/inputs.ts
/**
 * The only module that reads action inputs and the run's context. It returns one typed, validated
 * object; every other module receives what it needs from it.
 */





/** Reads and validates every input. Throws InputError naming the input and the fix. */
function readInputs(env = process.env) {
    const mode = readMode();
    const prInput = optional(constants/* INPUT */.bO.prNumber);
    const artifactNameRaw = optional(constants/* INPUT */.bO.artifactName);
    const event = readEvent(env);
    const configRaw = optional(constants/* INPUT */.bO.config);
    return {
        mode,
        workingDirectory: optional(constants/* INPUT */.bO.workingDirectory) ?? '.',
        environmentRequest: readEnvironmentRequest(env, event),
        forceRecreate: readBoolean(constants/* INPUT */.bO.forceRecreate, false),
        dryRun: readBoolean(constants/* INPUT */.bO.dryRun, false),
        skipTests: readBoolean(constants/* INPUT */.bO.skipTests, false),
        planFile: optional(constants/* INPUT */.bO.planFile),
        planJson: optional(constants/* INPUT */.bO.planJson),
        terraformBinary: optional(constants/* INPUT */.bO.terraformBinary) ?? 'terraform',
        config: { path: configRaw ?? constants/* DEFAULT_CONFIG_PATH */.Bi, explicit: configRaw !== undefined },
        githubToken: optional(constants/* INPUT */.bO.githubToken),
        artifactName: artifactNameRaw ?? constants/* DEFAULT_ARTIFACT_NAME */.N0,
        artifactNameExplicit: artifactNameRaw !== undefined,
        comment: readChoice(constants/* INPUT */.bO.comment, ['update', 'new', 'off'], 'update'),
        allowStalePlan: readBoolean(constants/* INPUT */.bO.allowStalePlan, false),
        allowDestroy: readList(constants/* INPUT */.bO.allowDestroy),
        infracostJson: optional(constants/* INPUT */.bO.infracostJson),
        costOverride: readBoolean(constants/* INPUT */.bO.costOverride, false),
        enforceApprovals: readBoolean(constants/* INPUT */.bO.enforceApprovals, false),
        emergencyOverride: readBoolean(constants/* INPUT */.bO.emergencyOverride, false),
        overrideReason: optional(constants/* INPUT */.bO.overrideReason) ?? '',
        tflint: readChoice(constants/* INPUT */.bO.tflint, ['auto', 'true', 'false'], 'auto'),
        failOnFormat: readBoolean(constants/* INPUT */.bO.failOnFormat, true),
        failOnDrift: readBoolean(constants/* INPUT */.bO.failOnDrift, false),
        driftLabel: optional(constants/* INPUT */.bO.driftLabel) ?? 'drift',
        healthChecks: core/* getInput */.V4(constants/* INPUT */.bO.healthChecks),
        outputAssertions: core/* getInput */.V4(constants/* INPUT */.bO.outputAssertions),
        notifyWebhook: optional(constants/* INPUT */.bO.notifyWebhook),
        context: readRunContext(env, event, prInput)
    };
}
/**
 * The raw `mode` input, for main.ts to know, even when the inputs are invalid, that a failing run was
 * a gate (and so must still say allowed=false).
 */
function requestedMode() {
    return core/* getInput */.V4(constants/* INPUT */.bO.mode).trim();
}
function readMode() {
    const raw = core/* getInput */.V4(constants/* INPUT */.bO.mode).trim();
    if (raw === '') {
        throw new errors/* InputError */.dz(`Input 'mode' is required; set it to one of ${constants/* MODES */.FN.join('|')}`);
    }
    if (!constants/* MODES */.FN.includes(raw)) {
        throw new errors/* InputError */.dz(`Input 'mode' must be one of ${constants/* MODES */.FN.join('|')}; got '${raw}'`);
    }
    return raw;
}
function optional(name) {
    const value = core/* getInput */.V4(name).trim();
    return value === '' ? undefined : value;
}
const TRUE_WORDS = ['true', 'yes', 'on', '1'];
const FALSE_WORDS = ['false', 'no', 'off', '0'];
/** Booleans accept true/false (any case) and the yes/no/on/off/1/0 that workflow_dispatch users type. */
function readBoolean(name, fallback) {
    const raw = optional(name);
    if (raw === undefined)
        return fallback;
    const word = raw.toLowerCase();
    if (TRUE_WORDS.includes(word))
        return true;
    if (FALSE_WORDS.includes(word))
        return false;
    throw new errors/* InputError */.dz(`Input '${name}' must be true or false; got '${raw}'`);
}
function readChoice(name, allowed, fallback) {
    const raw = optional(name);
    if (raw === undefined)
        return fallback;
    const word = raw.toLowerCase();
    if (allowed.includes(word))
        return word;
    throw new errors/* InputError */.dz(`Input '${name}' must be one of ${allowed.join('|')}; got '${raw}'`);
}
/** Comma- or newline-separated list. */
function readList(name) {
    return core/* getInput */.V4(name)
        .split(/[\n,]/)
        .map(item => item.trim())
        .filter(item => item !== '');
}
function readEnvironmentRequest(env, event) {
    const inputs = (event?.inputs ?? {});
    const dispatch = env.GITHUB_EVENT_NAME === 'workflow_dispatch' &&
        typeof inputs.environment === 'string' &&
        inputs.environment.trim()
        ? inputs.environment.trim()
        : undefined;
    const branch = env.GITHUB_BASE_REF?.trim() || stripRef(env.GITHUB_REF);
    return { explicit: optional(constants/* INPUT */.bO.environment), dispatch, branch: branch || undefined };
}
function stripRef(ref) {
    if (!ref)
        return undefined;
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined;
}
/** The event payload; a missing or unreadable file means "not on GitHub" and is not an error. */
function readEvent(env) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return undefined;
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function readRunContext(env, event, prInput) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const serverUrl = env.GITHUB_SERVER_URL || 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? '';
    const repository = owner && repo ? { owner, repo } : undefined;
    return {
        repository,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        eventName: env.GITHUB_EVENT_NAME ?? '',
        runId,
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        serverUrl,
        apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        actor: env.GITHUB_ACTOR ?? '',
        prNumber: readPrNumber(prInput, event),
        hasActionsRuntime: Boolean(env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL),
        runUrl: repository && runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        tempDir: env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()
    };
}
function readPrNumber(prInput, event) {
    if (prInput !== undefined) {
        if (!/^[1-9][0-9]*$/.test(prInput)) {
            throw new errors/* InputError */.dz(`Input '${constants/* INPUT */.bO.prNumber}' must be a pull request number; got '${prInput}'`);
        }
        return Number(prInput);
    }
    const pr = event?.pull_request;
    return typeof pr?.number === 'number' ? pr.number : undefined;
}

;// CONCATENATED MODULE: ./src/main.ts
/**
 * Entry logic: read inputs, run the requested mode, and turn any thrown value into a failed step.
 * This is the only place that calls core.setFailed.
 */




/**
 * Modes are loaded on demand so that, say, a safety-gate on a local plan never parses the
 * Octokit or artifact client code (ncc splits each dynamic import into its own chunk).
 */
async function loadMode(mode) {
    switch (mode) {
        case 'plan':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(493), __nccwpck_require__.e(42), __nccwpck_require__.e(440), __nccwpck_require__.e(317)]).then(__nccwpck_require__.bind(__nccwpck_require__, 12317))).runPlan;
        case 'safety-gate':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(493), __nccwpck_require__.e(42), __nccwpck_require__.e(440), __nccwpck_require__.e(158)]).then(__nccwpck_require__.bind(__nccwpck_require__, 31158))).runSafetyGate;
        case 'validate':
            return (await __nccwpck_require__.e(/* import() */ 33).then(__nccwpck_require__.bind(__nccwpck_require__, 80033))).runValidate;
        case 'drift':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(493), __nccwpck_require__.e(42), __nccwpck_require__.e(508)]).then(__nccwpck_require__.bind(__nccwpck_require__, 10508))).runDrift;
        case 'post-deploy':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(413)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9413))).runPostDeploy;
    }
}
/** Runs the action. Never throws: failures become `core.setFailed`. */
async function run() {
    try {
        const inputs = readInputs();
        const runMode = await loadMode(inputs.mode);
        await runMode(inputs);
    }
    catch (error) {
        // A gate that failed before it could decide (bad inputs included) must still read as a refusal.
        if (requestedMode() === 'safety-gate' && !(error instanceof errors/* GateDeniedError */.nN))
            core/* setOutput */.uH(constants/* OUTPUT */.aQ.allowed, 'false');
        core/* setFailed */.C1((0,errors/* describeError */.Uc)(error));
    }
}


/***/ }),

/***/ 41745:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Os: () => (/* binding */ group),
  pq: () => (/* binding */ info),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* binding */ summary),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./src/toolkit/stdout.ts
/**
 * The log's byte stream. Node builds `process.stdout` on first use, and on a pipe (how the runner
 * connects a step) that means loading net and the streams library: about 3.5 ms of a gate's start-up.
 * Until something in the process asks for `process.stdout`, log text is written to file descriptor 1
 * directly, synchronously and in order. From the first time anything reads `process.stdout` (the CLI
 * runner echoing terraform, a library logging through @actions/core, a test capturing the log), every
 * write goes through the stream, so the two never interleave out of order.
 */

let direct = watchForStdout();
/** Writes text to stdout: straight to fd 1 while nothing else uses process.stdout, else through it. */
function writeStdout(text) {
    if (direct) {
        const bytes = Buffer.from(text, 'utf8');
        let offset = 0;
        try {
            while (offset < bytes.length)
                offset += (0,external_node_fs_.writeSync)(1, bytes, offset);
            return;
        }
        catch {
            // EAGAIN on a non-blocking pipe, EPIPE, a closed descriptor: the stream buffers and reports these as
            // it always did; what was not written yet goes through it, and so does everything after.
            process.stdout.write(bytes.subarray(offset));
            return;
        }
    }
    process.stdout.write(text);
}
/**
 * Wraps the lazy `process.stdout` getter once, to learn when the stream comes into being; the first
 * read puts the original getter back. Where the getter cannot be wrapped, the stream is always used.
 */
function watchForStdout() {
    const original = Object.getOwnPropertyDescriptor(process, 'stdout');
    const materialise = original?.get;
    if (!original || !materialise || !original.configurable)
        return false;
    Object.defineProperty(process, 'stdout', {
        configurable: true,
        enumerable: original.enumerable,
        get() {
            direct = false;
            Object.defineProperty(process, 'stdout', original);
            return materialise.call(this);
        }
    });
    return true;
}

;// CONCATENATED MODULE: ./src/toolkit/core.ts
/**
 * The runner protocol the modes speak: inputs from INPUT_* variables, outputs through the
 * GITHUB_OUTPUT file, workflow commands (::group::, ::warning::, ::add-mask::, …) on stdout and the
 * job summary file. The functions mirror @actions/core's names and semantics, so the modes read like
 * any action; a conformance test compares both on the same values.
 *
 * Why not @actions/core itself: it imports @actions/http-client and undici at load time for its
 * OIDC helper, which nothing here uses. That import alone is most of a safety-gate's start-up
 * (about 60 ms of 125 ms on Node 24, with `node -e 0` at 32 ms), and every job pays it.
 */


/**
 * os.EOL without loading node:os at start-up (its value is exactly this on every platform Node runs on).
 */
const EOL = process.platform === 'win32' ? '\r\n' : '\n';
/** An input's value, trimmed; '' when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Sets an output through GITHUB_OUTPUT as a `name<<delimiter` block, with a delimiter that occurs
 * nowhere in the name or the value, so a value cannot end its block early and forge another output.
 */
function setOutput(name, value) {
    const text = commandValue(value);
    const file = process.env.GITHUB_OUTPUT;
    if (file) {
        if (!(0,external_node_fs_.existsSync)(file))
            throw new Error(`Missing file at path: ${file}`);
        const delimiter = delimiterFor(name, text);
        (0,external_node_fs_.appendFileSync)(file, `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}${EOL}`, 'utf8');
        return;
    }
    writeStdout(EOL);
    issue('set-output', text, { name });
}
/** Masks a value in the log from now on. */
function setSecret(secret) {
    issue('add-mask', secret);
}
function info(message) {
    writeStdout(message + EOL);
}
function debug(message) {
    issue('debug', message);
}
function notice(message, properties = {}) {
    issue('notice', messageOf(message), annotation(properties));
}
function warning(message, properties = {}) {
    issue('warning', messageOf(message), annotation(properties));
}
function error(message, properties = {}) {
    issue('error', messageOf(message), annotation(properties));
}
/** Marks the step failed (exit code 1) and logs the message as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Runs `work` inside a collapsed log group. */
async function group(name, work) {
    issue('group', name);
    try {
        return await work();
    }
    finally {
        issue('endgroup', '');
    }
}
/** The job summary: Markdown appended to the GITHUB_STEP_SUMMARY file. */
class Summary {
    buffer = '';
    addRaw(text, addEOL = false) {
        this.buffer += addEOL ? text + EOL : text;
        return this;
    }
    emptyBuffer() {
        this.buffer = '';
        return this;
    }
    /** Appends the buffer to the summary file; throws when the runner gave none. */
    async write() {
        const file = process.env.GITHUB_STEP_SUMMARY;
        if (!file)
            throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
        // Synchronous, like setOutput: node:fs/promises would cost every start ~2.5 ms to load.
        try {
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
        }
        catch {
            throw new Error(`Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`);
        }
        (0,external_node_fs_.appendFileSync)(file, this.buffer, { encoding: 'utf8' });
        return this.emptyBuffer();
    }
}
const summary = new Summary();
/**
 * A heredoc delimiter absent from both name and value. The runner ends a block at the first line equal
 * to the delimiter; as the delimiter occurs nowhere in the value, no line of it can be that line. That
 * check, not secrecy, is what makes the block safe, so the random part need not be unpredictable:
 * Math.random suffices (node:crypto's randomUUID cost ~5 ms of start-up to load), and a clash with the
 * value, however unlikely, only draws a new one.
 */
function delimiterFor(name, text) {
    for (;;) {
        let random = '';
        while (random.length < 32)
            random += Math.floor(Math.random() * 0x100000000)
                .toString(16)
                .padStart(8, '0');
        const delimiter = `ghadelimiter_${random}`;
        if (!name.includes(delimiter) && !text.includes(delimiter))
            return delimiter;
    }
}
function messageOf(message) {
    return message instanceof Error ? message.toString() : message;
}
function commandValue(value) {
    if (value === null || value === undefined)
        return '';
    return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value);
}
function annotation(properties) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        endLine: properties.endLine,
        col: properties.startColumn,
        endColumn: properties.endColumn
    };
}
/** Writes `::command key=value,…::message` with the runner's escaping, so no value can end the command. */
function issue(command, message, properties = {}) {
    const props = Object.entries(properties)
        .filter(([, value]) => Boolean(value))
        .map(([key, value]) => `${key}=${escapeProperty(commandValue(value))}`);
    const head = props.length > 0 ? `::${command} ${props.join(',')}` : `::${command}`;
    writeStdout(`${head}::${escapeData(message)}${EOL}`);
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return ({"42":"safety-gate","158":"safety-gate","440":"safety-gate","493":"safety-gate"}[chunkId] || chunkId) + ".index.js"; // merged by scripts/merge-chunks.mjs
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
