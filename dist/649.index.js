export const id = 649;
export const ids = [649];
export const modules = {

/***/ 66649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOTAL_CHECK_SECONDS: () => (/* binding */ TOTAL_CHECK_SECONDS),
  runPostDeploy: () => (/* binding */ runPostDeploy)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/action/log.ts
var log = __webpack_require__(58592);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/analysis/plan-secrets.ts
var plan_secrets = __webpack_require__(49759);
// EXTERNAL MODULE: ./src/analysis/redact/redact-values.ts
var redact_values = __webpack_require__(26548);
// EXTERNAL MODULE: ./src/analysis/secret-names.ts
var secret_names = __webpack_require__(39277);
// EXTERNAL MODULE: ./src/analysis/sensitive-values.ts + 1 modules
var sensitive_values = __webpack_require__(43529);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/parse/post-deploy-config.ts
/**
 * The schemas of the `health_checks` and `output_assertions` inputs: YAML in, typed and validated
 * checks out. Every mistake is an InputError naming the input, the entry and the fix. Pure.
 */


/** Whether text satisfies a matcher. */
function matchesText(matcher, text) {
    return matcher.kind === 'substring' ? text.includes(matcher.text) : matcher.regex.test(text);
}
/** "contain 'ok'" / "match /^ok$/", for messages. */
function describeMatcher(matcher) {
    return matcher.kind === 'substring' ? `contain '${matcher.text}'` : `match ${matcher.source}`;
}
const CHECK_DEFAULTS = {
    method: 'GET',
    expectStatus: 200,
    timeoutSeconds: 10,
    retries: 3,
    intervalSeconds: 5
};
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
const CHECK_KEYS = [
    'name',
    'url',
    'url_from_output',
    'method',
    'expect_status',
    'expect_body',
    'timeout_seconds',
    'retries',
    'interval_seconds'
];
const EXAMPLE = '- name: api\n  url: https://example.com/health\n  expect_status: 200\n  expect_body: ok';
/** Parses `health_checks` (an empty input means no checks). */
function parseHealthChecks(raw) {
    const value = parseYaml(raw, 'health_checks', EXAMPLE);
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        throw new errors/* InputError */.dz(`Input 'health_checks' must be a YAML list of checks, like:\n${EXAMPLE}`);
    }
    const checks = value.map((entry, index) => readCheck(entry, index));
    const seen = new Set();
    for (const check of checks) {
        if (seen.has(check.name)) {
            throw new errors/* InputError */.dz(`Input 'health_checks' has two checks named '${check.name}'; give each check its own name`);
        }
        seen.add(check.name);
    }
    return checks;
}
function readCheck(entry, index) {
    const where = `Input 'health_checks' entry ${index + 1}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
        throw new errors/* InputError */.dz(`${where} must be a mapping with url or url_from_output, like:\n${EXAMPLE}`);
    }
    const record = entry;
    const unknown = Object.keys(record).filter(key => !CHECK_KEYS.includes(key));
    if (unknown.length > 0) {
        throw new errors/* InputError */.dz(`${where} has unknown key(s) ${unknown.join(', ')}; allowed keys are ${CHECK_KEYS.join(', ')}`);
    }
    const url = optionalString(record.url, `${where}: url`);
    const urlFromOutput = optionalString(record.url_from_output, `${where}: url_from_output`);
    if ((url === undefined) === (urlFromOutput === undefined)) {
        throw new errors/* InputError */.dz(`${where} must set exactly one of url and url_from_output`);
    }
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
        throw new errors/* InputError */.dz(`${where}: url must be an http:// or https:// address; got '${url}'`);
    }
    const name = optionalString(record.name, `${where}: name`) ?? url ?? `output ${urlFromOutput}`;
    const method = (optionalString(record.method, `${where}: method`) ?? CHECK_DEFAULTS.method).toUpperCase();
    if (!METHODS.includes(method)) {
        throw new errors/* InputError */.dz(`${where} ('${name}'): method must be one of ${METHODS.join(', ')}; got '${record.method}'`);
    }
    const expectBody = record.expect_body === undefined
        ? undefined
        : readMatcher(record.expect_body, `${where} ('${name}'): expect_body`);
    return {
        name,
        url,
        urlFromOutput,
        method,
        expectStatus: readStatuses(record.expect_status, `${where} ('${name}'): expect_status`),
        expectBody,
        timeoutSeconds: readNumber(record.timeout_seconds, CHECK_DEFAULTS.timeoutSeconds, 0.1, 600, `${where} ('${name}'): timeout_seconds`),
        retries: readNumber(record.retries, CHECK_DEFAULTS.retries, 0, 100, `${where} ('${name}'): retries`, true),
        intervalSeconds: readNumber(record.interval_seconds, CHECK_DEFAULTS.intervalSeconds, 0, 600, `${where} ('${name}'): interval_seconds`)
    };
}
/** Parses `output_assertions`: a mapping of output name to expected value or `/regex/`. */
function parseOutputAssertions(raw) {
    const example = 'environment: prod\nendpoint: /^https:\\/\\//\ninstance_count: 3';
    const value = parseYaml(raw, 'output_assertions', example);
    if (value === undefined || value === null)
        return [];
    if (typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* InputError */.dz(`Input 'output_assertions' must be a YAML mapping of output name to expected value, like:\n${example}`);
    }
    return Object.entries(value).map(([output, expected]) => ({
        output,
        expected: typeof expected === 'string' && isRegexLiteral(expected)
            ? readMatcher(expected, `Input 'output_assertions' entry '${output}'`)
            : { kind: 'equals', value: expected }
    }));
}
function parseYaml(raw, input, example) {
    if (raw.trim() === '')
        return undefined;
    try {
        return (0,dist/* parse */.qg)(raw, { prettyErrors: true, uniqueKeys: true });
    }
    catch (error) {
        const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
        throw new errors/* InputError */.dz(`Input '${input}' is not valid YAML (${detail}); write it as a block scalar (${input}: |), like:\n${example}`);
    }
}
function isRegexLiteral(text) {
    return /^\/.+\/[dgimsuy]*$/s.test(text);
}
/** `/source/flags` is a regular expression; anything else is a substring. */
function readMatcher(value, where) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        throw new errors/* InputError */.dz(`${where} must be text (a substring) or /regex/; got ${JSON.stringify(value)}`);
    }
    const text = String(value);
    if (!isRegexLiteral(text))
        return { kind: 'substring', text };
    const end = text.lastIndexOf('/');
    const source = text.slice(1, end);
    const flags = text.slice(end + 1).replace(/g/g, '');
    try {
        return { kind: 'regex', regex: new RegExp(source, flags), source: text };
    }
    catch (error) {
        throw new errors/* InputError */.dz(`${where} is not a valid regular expression (${error.message}); got ${text}`);
    }
}
function readStatuses(value, where) {
    if (value === undefined)
        return [CHECK_DEFAULTS.expectStatus];
    const list = Array.isArray(value) ? value : [value];
    const statuses = list.map(item => (typeof item === 'string' && /^\d+$/.test(item) ? Number(item) : item));
    if (statuses.length === 0 ||
        statuses.some(s => typeof s !== 'number' || !Number.isInteger(s) || s < 100 || s > 599)) {
        throw new errors/* InputError */.dz(`${where} must be an HTTP status (100-599) or a list of them; got ${JSON.stringify(value)}`);
    }
    return statuses;
}
function readNumber(value, fallback, min, max, where, integer = false) {
    if (value === undefined)
        return fallback;
    const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    if (typeof number !== 'number' ||
        !Number.isFinite(number) ||
        number < min ||
        number > max ||
        (integer && !Number.isInteger(number))) {
        throw new errors/* InputError */.dz(`${where} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}; got ${JSON.stringify(value)}`);
    }
    return number;
}
function optionalString(value, where) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string' || value.trim() === '')
        throw new errors/* InputError */.dz(`${where} must be non-empty text; got ${JSON.stringify(value)}`);
    return value.trim();
}

;// CONCATENATED MODULE: ./src/parse/output-assertions.ts
/**
 * Compares terraform outputs (`terraform output -json`) with `output_assertions`. Values of
 * outputs Terraform marks sensitive, or that are secrets by name (`db_password`), are compared like
 * any other but never appear in a message; in other outputs, secrets found by name, shape or pair
 * (a nested `password`) are shown as `(sensitive)`. Pure.
 */





const SHOWN_CHARS = 120;
/**
 * The secrets among a module's outputs: everything in an output Terraform marks sensitive, and in
 * the others every secret by name, shape or name/value pair, as a plan's are collected.
 */
function outputSecrets(outputs) {
    const sink = new Set();
    for (const [name, output] of Object.entries(outputs)) {
        if (output.sensitive)
            (0,sensitive_values/* addAllStrings */.no)(output.value, sink);
        else
            (0,sensitive_values/* collectSensitiveStrings */.v)(output.value, undefined, sink, 0, name);
    }
    return sink;
}
/** True when the whole output is to be treated as sensitive: marked, or a secret by its name. */
function isSensitiveOutput(name, output) {
    return (output.sensitive === true ||
        ((0,secret_names/* isSecretName */.eh)(name) && typeof output.value === 'string' && (0,secret_names/* looksLikeSecretText */.P6)(output.value)));
}
/**
 * Evaluates every assertion; a missing output is a failure, not a skip. `secrets` (default: the
 * outputs' own, see outputSecrets) are shown as `(sensitive)` wherever a message quotes a value.
 */
function evaluateOutputAssertions(assertions, outputs, secrets = (0,plan_secrets/* planSecrets */.Ds)(outputSecrets(outputs))) {
    const show = (value) => showValue(value, secrets);
    return assertions.map(assertion => {
        const output = Object.hasOwn(outputs, assertion.output) ? outputs[assertion.output] : undefined;
        if (!output) {
            const names = Object.keys(outputs);
            return {
                output: assertion.output,
                ok: false,
                sensitive: false,
                message: `output '${assertion.output}' does not exist (outputs: ${names.length > 0 ? names.join(', ') : 'none'})`
            };
        }
        const sensitive = isSensitiveOutput(assertion.output, output);
        const expected = assertion.expected;
        if (expected.kind === 'equals') {
            const ok = valuesEqual(output.value, expected.value);
            const message = ok
                ? 'equals the expected value'
                : sensitive
                    ? 'does not equal the expected value (sensitive output: values not shown)'
                    : `expected ${show(expected.value)}, got ${show(output.value)}`;
            return { output: assertion.output, ok, sensitive, message };
        }
        const text = typeof output.value === 'string' ? output.value : JSON.stringify(output.value);
        const ok = matchesText(expected, text);
        const message = ok
            ? `matches ${expected.kind === 'regex' ? expected.source : 'the expected text'}`
            : sensitive
                ? `does not ${describeMatcher(expected)} (sensitive output: value not shown)`
                : `${show(output.value)} does not ${describeMatcher(expected)}`;
        return { output: assertion.output, ok, sensitive, message };
    });
}
/**
 * Deep equality, lenient only across scalar spellings that YAML and Terraform write differently
 * (`3` and `"3"`, `true` and `"true"`): a YAML author cannot always control the scalar's type.
 */
function valuesEqual(actual, expected) {
    if (isScalar(actual) && isScalar(expected)) {
        if (actual === null || expected === null)
            return actual === expected;
        return String(actual) === String(expected);
    }
    if (Array.isArray(actual) && Array.isArray(expected)) {
        return (actual.length === expected.length && actual.every((item, index) => valuesEqual(item, expected[index])));
    }
    if (isRecord(actual) && isRecord(expected)) {
        const keys = Object.keys(actual);
        return (keys.length === Object.keys(expected).length &&
            keys.every(key => Object.hasOwn(expected, key) && valuesEqual(actual[key], expected[key])));
    }
    return false;
}
function isScalar(value) {
    return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}
function isRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A value for a message: secrets hidden before it is cut, so no beginning of one is left. */
function showValue(value, secrets) {
    const text = JSON.stringify((0,redact_values/* redactTrees */.hg)([value], secrets)[0]) ?? 'undefined';
    return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

// EXTERNAL MODULE: ./src/parse/workspace-path.ts
var workspace_path = __webpack_require__(47508);
// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/render/index.ts + 16 modules
var render = __webpack_require__(42191);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 6 modules
var analyse_plan = __webpack_require__(54253);
// EXTERNAL MODULE: ./src/analysis/rollback.ts + 1 modules
var rollback = __webpack_require__(63420);
// EXTERNAL MODULE: ./src/analysis/pulumi-rollback.ts
var pulumi_rollback = __webpack_require__(64839);
// EXTERNAL MODULE: ./src/plan/plan-format.ts
var plan_format = __webpack_require__(17654);
// EXTERNAL MODULE: ./src/action/adapters/files.ts + 1 modules
var files = __webpack_require__(54714);
;// CONCATENATED MODULE: ./src/action/adapters/artifact/deployed-plan.ts
/**
 * What post-deploy learns from the plan artifact: counts, risk and a rollback plan. Optional by
 * design: the record is complete without it, so every failure becomes a note instead of an error.
 * The artifact client is loaded only when there is an Actions runtime to talk to.
 */









/** Returns the plan details, or a note saying why they are not available. */
async function loadDeployedPlan(lookup) {
    if (!lookup.hasActionsRuntime) {
        return { note: 'not available: no Actions runtime (artifact service) in this process' };
    }
    try {
        const { downloadPlanArtifact } = await __webpack_require__.e(/* import() */ 446).then(__webpack_require__.bind(__webpack_require__, 13446));
        const { verifyManifestFiles, PLAN_ARTIFACT_FILES } = await __webpack_require__.e(/* import() */ 520).then(__webpack_require__.bind(__webpack_require__, 77520));
        const destination = await (0,promises_.mkdtemp)((0,external_node_path_.join)(lookup.tempDir || (0,external_node_os_.tmpdir)(), 'infra-guard-deployed-'));
        const { dir, manifest } = await downloadPlanArtifact({ name: lookup.artifactName, destination });
        verifyManifestFiles(manifest, dir);
        const plan = { counts: manifest.counts, risk: manifest.risk.level };
        if (manifest.files.some(file => file.name === PLAN_ARTIFACT_FILES.planJson)) {
            // The artifact holds what plan read: a Terraform plan or a Pulumi preview.
            const analysis = (0,files/* withPlanFile */.aq)((0,external_node_path_.join)(dir, PLAN_ARTIFACT_FILES.planJson), source => (0,analyse_plan/* analysePlan */.J)(source, { format: (0,plan_format/* choosePlanFormat */.y)(source, 'auto').format }));
            const derive = analysis.pulumi ? pulumi_rollback/* derivePulumiRollbackPlan */.F : rollback/* deriveRollbackPlan */.zT;
            plan.rollback = derive(analysis, lookup.commitSha);
        }
        return { plan };
    }
    catch (error) {
        return { note: `not available: ${(0,errors/* describeError */.Uc)(error)}` };
    }
}

;// CONCATENATED MODULE: ./src/action/adapters/http/health-checks.ts
/**
 * Runs HTTP health checks with retries and exponential backoff under one overall time limit, and
 * records every attempt (time, duration, status or error). A library function: the mode logs and
 * reports what it returns; tests drive it against loopback servers.
 */


/** Longest wait between two attempts, however many retries doubled it. */
const MAX_BACKOFF_MS = 60_000;
/** Body bytes read for expect_body; a health endpoint's answer is small. */
const MAX_BODY_CHARS = 1_000_000;
/** Runs the checks concurrently under one deadline; results keep the input order. */
async function runHealthChecks(checks, options) {
    const deadline = Date.now() + options.totalTimeoutMs;
    return Promise.all(checks.map(check => runHealthCheck(check, deadline, options.onAttempt)));
}
/** Runs one check until it passes, its retries are used up, or the deadline comes. */
async function runHealthCheck(check, deadline, onAttempt) {
    const started = Date.now();
    const attempts = [];
    for (let number = 1; number <= check.retries + 1; number++) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) {
            return finish(check, attempts, started, `total time limit reached after ${attempts.length} attempt(s)`);
        }
        const attempt = await attemptOnce(check, number, Math.min(check.timeoutSeconds * 1000, remaining));
        attempts.push(attempt);
        onAttempt?.(check, attempt);
        if (attempt.ok)
            return finish(check, attempts, started);
        if (number <= check.retries) {
            const wait = Math.min(check.intervalSeconds * 1000 * 2 ** (number - 1), MAX_BACKOFF_MS);
            if (Date.now() + wait >= deadline) {
                return finish(check, attempts, started, `${attempt.error}; total time limit reached before retry ${number}`);
            }
            await sleep(wait);
        }
    }
    return finish(check, attempts, started, attempts.at(-1)?.error);
}
function finish(check, attempts, started, error) {
    const ok = attempts.at(-1)?.ok === true && error === undefined;
    return {
        name: check.name,
        url: check.displayUrl,
        method: check.method,
        ok,
        attempts,
        durationMs: Date.now() - started,
        ...(ok ? {} : { error: error ?? 'no attempt was made' })
    };
}
async function attemptOnce(check, number, timeoutMs) {
    const startedAt = new Date().toISOString();
    const start = performance.now();
    const done = (fields) => ({
        attempt: number,
        startedAt,
        durationMs: Math.round(performance.now() - start),
        ...fields
    });
    const signal = AbortSignal.timeout(Math.max(1, Math.round(timeoutMs)));
    try {
        const response = await fetch(check.url, {
            method: check.method,
            signal,
            redirect: 'follow',
            headers: { 'user-agent': 'infra-guard' }
        });
        const status = response.status;
        const body = check.expectBody && check.method !== 'HEAD'
            ? (await response.text()).slice(0, MAX_BODY_CHARS)
            : undefined;
        if (!check.expectBody)
            await response.body?.cancel();
        if (!check.expectStatus.includes(status)) {
            return done({
                status,
                ok: false,
                error: `status ${status}, expected ${check.expectStatus.join(' or ')}`
            });
        }
        if (check.expectBody && !matchesText(check.expectBody, body ?? '')) {
            return done({ status, ok: false, error: `body does not ${describeMatcher(check.expectBody)}` });
        }
        return done({ status, ok: true });
    }
    catch (error) {
        const timedOut = signal.aborted;
        return done({
            ok: false,
            error: timedOut ? `no answer within ${formatSeconds(timeoutMs)}` : describeFetchError(error, check)
        });
    }
}
/** Node's fetch hides the reason in `cause`; the URL is replaced so a sensitive one never shows. */
function describeFetchError(error, check) {
    const outer = (0,errors/* describeError */.Uc)(error);
    let text = outer.split(check.url).join(check.displayUrl);
    if (check.displayUrl !== check.url) {
        // A sensitive URL's host can appear on its own (DNS errors); hide it as well.
        const host = URL.canParse(check.url) ? new URL(check.url).host : '';
        if (host)
            text = text.split(host).join('(sensitive host)');
    }
    return text;
}
function formatSeconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}
function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

;// CONCATENATED MODULE: ./src/action/adapters/http/webhook.ts
/**
 * Sends the deployment notification. The webhook URL is a secret (it is the credential for Slack
 * incoming webhooks): it never appears in an error message.
 */

/** POSTs the payload as JSON; resolves with the outcome instead of throwing (a failed notice must not fail a deploy). */
async function sendWebhook(url, payload, timeoutMs = 10_000) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
        return { ok: false, error: 'notify_webhook is not an http(s) URL' };
    }
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': 'infra-guard' },
            body: JSON.stringify(payload),
            signal: AbortSignal.timeout(timeoutMs)
        });
        await response.body?.cancel();
        if (!response.ok)
            return { ok: false, error: `the webhook answered HTTP ${response.status}` };
        return { ok: true };
    }
    catch (error) {
        return { ok: false, error: `the request failed (${hideUrl((0,errors/* describeError */.Uc)(error), url)})` };
    }
}
function hideUrl(text, url) {
    const host = new URL(url).host;
    return text.split(url).join('(webhook URL)').split(host).join('(webhook host)');
}

// EXTERNAL MODULE: ./src/action/adapters/terraform/cli.ts
var cli = __webpack_require__(9390);
;// CONCATENATED MODULE: ./src/action/adapters/terraform/outputs.ts
/**
 * `terraform output -json`: the root module's outputs after apply. Run silently: the JSON holds
 * sensitive values in clear text, and they must not reach the log.
 */


/** Reads every root output from the state the working directory is configured for. */
async function readTerraformOutputs(binary, cwd) {
    const result = await (0,cli/* runTerraform */.Y)(binary, ['output', '-json', '-no-color'], { cwd });
    let parsed;
    try {
        parsed = JSON.parse(result.stdout || '{}');
    }
    catch {
        throw new errors/* TerraformError */.nC(`'${binary} output -json' in '${cwd}' did not print JSON; run post-deploy in the job that applied, after terraform init`, result.exitCode, result.stderr);
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* TerraformError */.nC(`'${binary} output -json' in '${cwd}' printed ${JSON.stringify(parsed)}, not a map of outputs`, 0, '');
    }
    const outputs = {};
    for (const [name, raw] of Object.entries(parsed)) {
        outputs[name] = { value: raw?.value, sensitive: raw?.sensitive === true, type: raw?.type };
    }
    return outputs;
}

// EXTERNAL MODULE: ./src/action/modes/job-summary.ts
var job_summary = __webpack_require__(13051);
;// CONCATENATED MODULE: ./src/action/modes/post-deploy.ts
/**
 * `post-deploy` mode: after apply, run the HTTP health checks and output assertions, write the
 * deployment record, tell the webhook, and recommend a rollback when anything failed. The module's
 * outputs are secret-checked like a plan: an output Terraform marks sensitive or named like a secret
 * (`db_password`) is never shown, secrets inside others (a nested `password`, a password in a URL)
 * are shown as `(sensitive)`, and every log line, output, summary and webhook text is scrubbed.
 */

















/** All health checks together may take at most this long (retries and waits included). */
const TOTAL_CHECK_SECONDS = 900;
/** Runs post-deploy; fails the step when a check or assertion fails (outputs are set first). */
async function runPostDeploy(inputs) {
    const environment = (0,policy_environment/* resolveEnvironment */.g9)(inputs.environmentRequest);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, environment.name);
    // Parse both inputs before anything runs: a typo must fail fast, not after a deploy's checks.
    const checks = parseHealthChecks(inputs.healthChecks);
    const assertions = parseOutputAssertions(inputs.outputAssertions);
    if (inputs.notifyWebhook)
        core/* setSecret */.Pq(inputs.notifyWebhook);
    const moduleDir = (0,external_node_path_.resolve)(inputs.context.workspace, inputs.workingDirectory);
    let checkResults = [];
    let assertionResults = [];
    let secrets = (0,plan_secrets/* planSecrets */.Ds)([]);
    const directory = (0,workspace_path/* relativeToWorkspace */.T)(inputs.workingDirectory, inputs.context.workspace);
    if (inputs.skipTests) {
        log/* notice */.lm('skip_tests is true: health checks and output assertions were skipped', {
            title: 'infra-guard post-deploy'
        });
    }
    else {
        const needsOutputs = assertions.length > 0 || checks.some(check => check.urlFromOutput);
        const outputs = needsOutputs
            ? await log/* group */.Os('terraform output -json', () => readTerraformOutputs((0,cli/* resolveTerraformBinary */.i)(inputs.terraformBinary), moduleDir))
            : {};
        secrets = (0,plan_secrets/* planSecrets */.Ds)(outputSecrets(outputs));
        for (const value of secrets.maskable([environment.name, directory]))
            core/* setSecret */.Pq(value);
        // Every later log line that quotes text the action did not write is scrubbed of the outputs' secrets.
        log/* setLogScrubber */.tV(secrets.scrub);
        const { resolved, unresolved } = resolveChecks(checks, outputs, secrets);
        checkResults = await log/* group */.Os(`Health checks (${checks.length})`, async () => {
            const ran = await runHealthChecks(resolved, {
                totalTimeoutMs: TOTAL_CHECK_SECONDS * 1000,
                onAttempt: (check, attempt) => logAttempt(check, attempt, secrets)
            });
            return checks.map(check => scrubCheck(ran.find(r => r.name === check.name) ?? unresolved.get(check.name), secrets));
        });
        assertionResults = await log/* group */.Os(`Output assertions (${assertions.length})`, async () => {
            const results = evaluateOutputAssertions(assertions, outputs, secrets).map(result => ({
                ...result,
                message: secrets.scrub(result.message)
            }));
            for (const r of results)
                log/* info */.pq(`${r.ok ? 'pass' : 'FAIL'} ${r.output}: ${r.message}`);
            return results;
        });
    }
    const failed = [
        ...checkResults
            .filter(r => !r.ok)
            .map(r => ({ kind: 'http', name: r.name, url: r.url, error: r.error, attempts: r.attempts.length })),
        ...assertionResults.filter(r => !r.ok).map(r => ({ kind: 'output', name: r.output, error: r.message }))
    ];
    const healthy = failed.length === 0;
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.healthy, String(healthy));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.failedChecks, JSON.stringify(failed));
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.rollbackRecommended, String(!healthy));
    const deployed = await log/* group */.Os('Plan artifact', () => loadDeployedPlan({
        artifactName: inputs.artifactName,
        hasActionsRuntime: inputs.context.hasActionsRuntime,
        commitSha: inputs.context.sha,
        tempDir: inputs.context.tempDir
    }));
    if (deployed.note)
        log/* notice */.lm(`Plan details for the deployment record are ${deployed.note}`);
    const record = {
        environment: environment.name,
        commit: inputs.context.sha,
        directory,
        repository: inputs.context.repository
            ? `${inputs.context.repository.owner}/${inputs.context.repository.repo}`
            : undefined,
        runUrl: inputs.context.runUrl,
        skipped: inputs.skipTests,
        healthy,
        rollbackRecommended: !healthy,
        checks: checkResults,
        assertions: assertionResults,
        plan: deployed.plan,
        planNote: deployed.note,
        totalTimeoutSeconds: TOTAL_CHECK_SECONDS
    };
    await (0,job_summary/* writeJobSummary */.j)((0,render/* renderDeploymentRecord */.B9)(record));
    if (inputs.notifyWebhook) {
        const sent = await sendWebhook(inputs.notifyWebhook, (0,render/* buildWebhookPayload */.Kt)(record));
        if (sent.ok)
            log/* info */.pq('Deployment notification sent');
        else
            log/* warning */.$e(`Deployment notification failed: ${sent.error}. The deployment result is unaffected.`);
    }
    if (!healthy) {
        const names = failed.map(f => `${f.kind === 'output' ? 'output ' : ''}${f.name}`).join(', ');
        throw new errors/* InfraGuardError */.ye(`Post-deploy checks failed in '${environment.name}': ${names}. Rollback recommended; see the deployment record in the job summary`);
    }
}
/** Fills in URLs from outputs; a missing or non-text output makes that check fail (never silently pass). */
function resolveChecks(checks, outputs, secrets) {
    const resolved = [];
    const unresolved = new Map();
    for (const check of checks) {
        if (check.url) {
            resolved.push({ ...check, url: check.url, displayUrl: check.url });
            continue;
        }
        const name = check.urlFromOutput;
        const output = Object.hasOwn(outputs, name) ? outputs[name] : undefined;
        const value = output?.value;
        const sensitive = output !== undefined && isSensitiveOutput(name, output);
        const displayUrl = sensitive
            ? `(sensitive output ${name})`
            : typeof value === 'string'
                ? secrets.scrub(value)
                : `(output ${name})`;
        if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) {
            const problem = !output
                ? `output '${name}' does not exist`
                : `output '${name}' is not an http(s) URL${sensitive ? '' : ` (got ${showValue(value, secrets)})`}`;
            unresolved.set(check.name, {
                name: check.name,
                url: displayUrl,
                method: check.method,
                ok: false,
                attempts: [],
                durationMs: 0,
                error: problem
            });
            continue;
        }
        if (sensitive)
            core/* setSecret */.Pq(value);
        resolved.push({ ...check, url: value, displayUrl });
    }
    return { resolved, unresolved };
}
/** A check's result as the record, outputs and webhook show it: URL and errors scrubbed. */
function scrubCheck(result, secrets) {
    const scrubbed = {
        ...result,
        url: secrets.scrub(result.url),
        attempts: result.attempts.map(attempt => attempt.error === undefined ? attempt : { ...attempt, error: secrets.scrub(attempt.error) })
    };
    if (result.error !== undefined)
        scrubbed.error = secrets.scrub(result.error);
    return scrubbed;
}
function logAttempt(check, attempt, secrets) {
    const outcome = attempt.ok ? `ok (${attempt.status})` : `failed: ${secrets.scrub(attempt.error ?? '')}`;
    log/* info */.pq(`${check.name} attempt ${attempt.attempt}/${check.retries + 1}: ${check.method} ${check.displayUrl} ${outcome} in ${attempt.durationMs} ms`);
}


/***/ }),

/***/ 26548:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hQ: () => (/* binding */ memberNames),
/* harmony export */   hg: () => (/* binding */ redactTrees),
/* harmony export */   rd: () => (/* binding */ redactString)
/* harmony export */ });
/* harmony import */ var _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(397);

/** Deeper values are replaced whole: Terraform never nests this far. */
const MAX_DEPTH = 100;
/** A string as the redacted plan writes it: a collected secret whole, otherwise scrubbed. */
function redactString(value, secrets) {
    return secrets.isSecretValue(value) ? _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo : secrets.scrub(value);
}
/** Redacts trees[0] under the marks in trees[1], renaming member names alike in every tree. */
function redactTrees(trees, secrets, depth = 0) {
    const [value, mark] = trees;
    // Mirrors hold booleans; anything else in them (a hostile plan) is redacted like a value.
    const mirrors = () => trees
        .slice(1)
        .map(tree => isContainer(tree) ? redactTrees([tree], secrets, depth + 1)[0] : redactLeaf(tree, secrets));
    if (mark === true)
        return [value === null || value === undefined ? value : _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo, ...mirrors()];
    if (depth > MAX_DEPTH)
        return [_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo, ...trees.slice(1).map(() => undefined)];
    if (!trees.some(isContainer))
        return [redactLeaf(value, secrets), ...mirrors()];
    // The value decides the shape; a mirror of another shape only contributes what matches it.
    const shape = isContainer(value) ? value : trees.find(isContainer);
    return Array.isArray(shape) ? redactArrays(trees, secrets, depth) : redactObjects(trees, secrets, depth);
}
/** A string or number as the redacted plan writes it; booleans and null as they are. */
function redactLeaf(value, secrets) {
    if (typeof value === 'string')
        return redactString(value, secrets);
    if (typeof value === 'number')
        return secrets.isSecretValue(value) ? _scrub_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .SENSITIVE_PLACEHOLDER */ .Bo : value;
    return value;
}
function redactArrays(trees, secrets, depth) {
    const length = Math.max(0, ...trees.map(tree => (Array.isArray(tree) ? tree.length : 0)));
    const out = trees.map(tree => Array.isArray(tree) ? [] : isContainer(tree) ? undefined : redactLeaf(tree, secrets));
    for (let i = 0; i < length; i++) {
        const children = redactTrees(trees.map(tree => child(tree, i)), secrets, depth + 1);
        children.forEach((result, t) => {
            const tree = trees[t];
            if (Array.isArray(tree) && i < tree.length)
                out[t].push(result);
        });
    }
    return out;
}
function redactObjects(trees, secrets, depth) {
    const names = memberNames(trees, secrets);
    const out = trees.map(tree => isRecord(tree) ? Object.create(null) : isContainer(tree) ? undefined : redactLeaf(tree, secrets));
    for (const [name, renamed] of names) {
        const children = redactTrees(trees.map(tree => child(tree, name)), secrets, depth + 1);
        children.forEach((result, t) => {
            const tree = trees[t];
            if (isRecord(tree) && Object.hasOwn(tree, name))
                out[t][renamed] = result;
        });
    }
    return out;
}
/** Every member name of every tree (the value's first), each with a scrubbed name unique among them. */
function memberNames(trees, secrets) {
    const names = new Map();
    const used = new Set();
    for (const tree of trees) {
        if (!isRecord(tree))
            continue;
        for (const name of Object.keys(tree)) {
            if (names.has(name))
                continue;
            const base = redactString(name, secrets);
            let renamed = base;
            for (let n = 2; used.has(renamed); n++)
                renamed = `${base} #${n}`;
            used.add(renamed);
            names.set(name, renamed);
        }
    }
    return names;
}
function child(tree, step) {
    if (tree === true)
        return true;
    if (!isContainer(tree))
        return undefined;
    return Object.hasOwn(tree, step) ? tree[step] : undefined;
}
function isContainer(value) {
    return value !== null && typeof value === 'object';
}
function isRecord(value) {
    return isContainer(value) && !Array.isArray(value);
}


/***/ })

};
