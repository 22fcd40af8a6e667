export const id = 413;
export const ids = [413];
export const modules = {

/***/ 32298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41745);
/** The job summary, written the same way by every mode. */

/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the report is still
 * available through the `summary_markdown` output, so a missing summary file is a notice, not a failure:
 * a gate must never flip its verdict because a report could not be written.
 */
async function writeJobSummary(markdown) {
    try {
        await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
    }
    catch (error) {
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
        _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 9413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TOTAL_CHECK_SECONDS: () => (/* binding */ TOTAL_CHECK_SECONDS),
  runPostDeploy: () => (/* binding */ runPostDeploy)
});

// EXTERNAL MODULE: ./src/toolkit/core.ts + 1 modules
var core = __webpack_require__(41745);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/constants.ts
var constants = __webpack_require__(27242);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
;// CONCATENATED MODULE: ./src/post-deploy/check-runner.ts
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
/** Whether text satisfies a matcher. */
function matchesText(matcher, text) {
    return matcher.kind === 'substring' ? text.includes(matcher.text) : matcher.regex.test(text);
}
/** "contain 'ok'" / "match /^ok$/", for messages. */
function describeMatcher(matcher) {
    return matcher.kind === 'substring' ? `contain '${matcher.text}'` : `match ${matcher.source}`;
}
/** Node's fetch hides the reason in `cause`; the URL is replaced so a sensitive one never shows. */
function describeFetchError(error, check) {
    const outer = describeThrown(error);
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
/**
 * fetch's errors may come from another realm (instanceof Error fails there) and hide the reason in
 * `cause` (ECONNREFUSED, ENOTFOUND), sometimes with an empty message: read fields, not classes.
 */
function describeThrown(error) {
    const record = (typeof error === 'object' && error !== null ? error : {});
    const own = typeof record.message === 'string' && record.message
        ? record.message
        : typeof record.code === 'string'
            ? record.code
            : String(error);
    if (record.cause === undefined)
        return own;
    return `${own}: ${describeThrown(record.cause)}`;
}

;// CONCATENATED MODULE: ./src/post-deploy/assertions.ts
/**
 * Compares terraform outputs (`terraform output -json`) with `output_assertions`. Values of
 * outputs Terraform marks sensitive are compared like any other but never appear in a message. Pure.
 */

const SHOWN_CHARS = 120;
/** Evaluates every assertion; a missing output is a failure, not a skip. */
function evaluateOutputAssertions(assertions, outputs) {
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
        const sensitive = output.sensitive === true;
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
function show(value) {
    const text = JSON.stringify(value) ?? 'undefined';
    return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 1)}…` : text;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/post-deploy/config.ts
/**
 * The schemas of the `health_checks` and `output_assertions` inputs: YAML in, typed and validated
 * checks out. Every mistake is an InputError naming the input, the entry and the fix. Pure.
 */


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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/post-deploy/deployed-plan.ts
/**
 * What post-deploy learns from the plan artifact: counts, risk and a rollback plan. Optional by
 * design: the record is complete without it, so every failure becomes a note instead of an error.
 * The artifact and analysis code is imported lazily: a run without the Actions runtime never loads it.
 */




/** Returns the plan details, or a note saying why they are not available. */
async function loadDeployedPlan(lookup) {
    if (!lookup.hasActionsRuntime) {
        return { note: 'not available: no Actions runtime (artifact service) in this process' };
    }
    try {
        const { downloadPlanArtifact } = await __webpack_require__.e(/* import() */ 634).then(__webpack_require__.bind(__webpack_require__, 85634));
        const { verifyManifestFiles, PLAN_ARTIFACT_FILES } = await __webpack_require__.e(/* import() */ 304).then(__webpack_require__.bind(__webpack_require__, 57304));
        const destination = await (0,promises_.mkdtemp)((0,external_node_path_.join)(lookup.tempDir || (0,external_node_os_.tmpdir)(), 'infra-guard-deployed-'));
        const { dir, manifest } = await downloadPlanArtifact({ name: lookup.artifactName, destination });
        verifyManifestFiles(manifest, dir);
        const plan = { counts: manifest.counts, risk: manifest.risk.level };
        if (manifest.files.some(file => file.name === PLAN_ARTIFACT_FILES.planJson)) {
            const { analysePlanFile } = await __webpack_require__.e(/* import() */ 493).then(__webpack_require__.bind(__webpack_require__, 39493));
            const { deriveRollbackPlan } = await __webpack_require__.e(/* import() */ 118).then(__webpack_require__.bind(__webpack_require__, 118));
            plan.rollback = deriveRollbackPlan(await analysePlanFile((0,external_node_path_.join)(dir, PLAN_ARTIFACT_FILES.planJson)), lookup.commitSha);
        }
        return { plan };
    }
    catch (error) {
        return { note: `not available: ${(0,errors/* describeError */.Uc)(error)}` };
    }
}

// EXTERNAL MODULE: ./src/render/escape.ts
var render_escape = __webpack_require__(57789);
;// CONCATENATED MODULE: ./src/post-deploy/record.ts

/** Renders the job summary section. */
function renderDeploymentRecord(record) {
    const verdict = record.skipped ? '⏭️ checks skipped' : record.healthy ? '✅ healthy' : '❌ unhealthy';
    const lines = [
        `## infra-guard post-deploy: ${verdict}`,
        '',
        '| | |',
        '| --- | --- |',
        `| Environment | ${(0,render_escape/* inlineCode */.ti)(record.environment)} |`,
        `| Commit | ${record.commit ? (0,render_escape/* inlineCode */.ti)(record.commit) : '–'} |`,
        `| Root module | ${(0,render_escape/* inlineCode */.ti)(record.directory)} |`,
        `| Plan | ${record.plan ? (0,render_escape/* escapeTableCell */.aL)(formatCounts(record.plan.counts, record.plan.risk)) : (0,render_escape/* escapeTableCell */.aL)(record.planNote ?? 'not available')} |`,
        ''
    ];
    if (record.runUrl)
        lines.push(`Run: ${(0,render_escape/* escapeMarkdown */.FV)(record.runUrl)}`, '');
    if (record.skipped) {
        lines.push('Health checks and output assertions were **skipped** because `skip_tests` is true.', '');
    }
    else {
        lines.push(...renderChecks(record), ...renderAssertions(record.assertions));
    }
    if (record.rollbackRecommended)
        lines.push(...renderRollbackHint(record.plan?.rollback));
    return lines.join('\n');
}
/** Terraform's own wording: "Plan: 1 to add, 2 to change, 0 to destroy." plus the risk. */
function formatCounts(counts, risk) {
    return `${counts.add} to add, ${counts.change} to change, ${counts.destroy} to destroy (risk: ${risk})`;
}
function renderChecks(record) {
    if (record.checks.length === 0)
        return ['No health checks configured.', ''];
    const lines = [
        `### Health checks (overall limit ${record.totalTimeoutSeconds}s)`,
        '',
        '| Check | Result | Attempts | Time | Detail |',
        '| --- | --- | --- | --- | --- |'
    ];
    for (const check of record.checks) {
        const detail = check.ok
            ? `${check.method} ${check.url}`
            : `${check.method} ${check.url}: ${check.error ?? ''}`;
        lines.push(`| ${(0,render_escape/* escapeTableCell */.aL)(check.name)} | ${check.ok ? '✅ pass' : '❌ fail'} | ${check.attempts.length} | ${seconds(check.durationMs)} | ${(0,render_escape/* escapeTableCell */.aL)(detail)} |`);
    }
    lines.push('', '<details><summary>Every attempt</summary>', '', '| Check | # | Started | Took | Status | Error |', '| --- | --- | --- | --- | --- | --- |');
    for (const check of record.checks) {
        for (const attempt of check.attempts) {
            lines.push(`| ${(0,render_escape/* escapeTableCell */.aL)(check.name)} | ${attempt.attempt} | ${attempt.startedAt} | ${attempt.durationMs} ms | ${attempt.status ?? '–'} | ${(0,render_escape/* escapeTableCell */.aL)(attempt.error ?? '')} |`);
        }
    }
    lines.push('', '</details>', '');
    return lines;
}
function renderAssertions(assertions) {
    if (assertions.length === 0)
        return [];
    const lines = ['### Output assertions', '', '| Output | Result | Detail |', '| --- | --- | --- |'];
    for (const result of assertions) {
        const name = `${result.output}${result.sensitive ? ' (sensitive)' : ''}`;
        lines.push(`| ${(0,render_escape/* inlineCode */.ti)(name)} | ${result.ok ? '✅ pass' : '❌ fail'} | ${(0,render_escape/* escapeTableCell */.aL)(result.message)} |`);
    }
    lines.push('');
    return lines;
}
function renderRollbackHint(rollback) {
    const lines = ['### ↩️ Rollback recommended', ''];
    if (!rollback) {
        lines.push('A check failed after its retries. The plan artifact was not available, so no rollback steps are listed: revert the commit and run the pipeline again.', '');
        return lines;
    }
    if (rollback.dataLoss)
        lines.push('> [!WARNING]', '> The deployed plan destroyed stored data; reverting does not bring it back. Restore from a backup.', '');
    for (const step of rollback.steps) {
        lines.push(`- ${(0,render_escape/* escapeMarkdown */.FV)(step.description)}`);
        for (const command of step.commands.slice(0, 10))
            lines.push(`  - ${(0,render_escape/* inlineCode */.ti)(command)}`);
    }
    for (const note of rollback.notes)
        lines.push('', `_${(0,render_escape/* escapeMarkdown */.FV)(note)}_`);
    lines.push('');
    return lines;
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(1)}s`;
}
/** A Slack incoming-webhook payload (`text` plus one mrkdwn block); other chat tools read `text`. */
function buildWebhookPayload(record) {
    const where = `${record.repository ? `${record.repository} ` : ''}${record.environment}`;
    const head = record.skipped
        ? `Deployment to ${where}: checks skipped (skip_tests)`
        : record.healthy
            ? `Deployment to ${where} is healthy`
            : `Deployment to ${where} FAILED its checks; rollback recommended`;
    const failed = [
        ...record.checks.filter(c => !c.ok).map(c => `• ${c.name}: ${c.error ?? 'failed'}`),
        ...record.assertions.filter(a => !a.ok).map(a => `• output ${a.output}: ${a.message}`)
    ];
    const details = [
        `commit ${record.commit ? record.commit.slice(0, 12) : 'unknown'}`,
        record.plan ? formatCounts(record.plan.counts, record.plan.risk) : undefined,
        `${record.checks.filter(c => c.ok).length}/${record.checks.length} checks passed`,
        record.runUrl
    ].filter(Boolean);
    const text = [head, details.join(' · '), ...failed].join('\n');
    return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text: slackEscape(text) } }] };
}
/** Slack's mrkdwn needs &, < and > escaped, or they start links and mentions. */
function slackEscape(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

;// CONCATENATED MODULE: ./src/post-deploy/webhook.ts
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
        return { ok: false, error: `the request failed (${hideUrl(describeThrown(error), url)})` };
    }
}
function hideUrl(text, url) {
    const host = new URL(url).host;
    return text.split(url).join('(webhook URL)').split(host).join('(webhook host)');
}

// EXTERNAL MODULE: ./src/terraform/cli.ts
var cli = __webpack_require__(40410);
;// CONCATENATED MODULE: ./src/terraform/output-cli.ts
/**
 * `terraform output -json`: the root module's outputs after apply. Run silently: the JSON holds
 * sensitive values in clear text, and they must not reach the log.
 */


/** Reads every root output from the state the working directory is configured for. */
async function readTerraformOutputs(binary, cwd) {
    const result = await (0,cli/* runTerraform */.Y)(binary, ['output', '-json', '-no-color'], { cwd, silent: true });
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

// EXTERNAL MODULE: ./src/modes/job-summary.ts
var job_summary = __webpack_require__(32298);
;// CONCATENATED MODULE: ./src/modes/post-deploy.ts
/**
 * `post-deploy` mode: after apply, run the HTTP health checks and output assertions, write the
 * deployment record, tell the webhook, and recommend a rollback when anything failed.
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
    const repoRoot = (0,external_node_path_.resolve)(inputs.context.workspace);
    const moduleDir = (0,external_node_path_.resolve)(repoRoot, inputs.workingDirectory);
    let checkResults = [];
    let assertionResults = [];
    if (inputs.skipTests) {
        core/* notice */.lm('skip_tests is true: health checks and output assertions were skipped', {
            title: 'infra-guard post-deploy'
        });
    }
    else {
        const needsOutputs = assertions.length > 0 || checks.some(check => check.urlFromOutput);
        const outputs = needsOutputs
            ? await core/* group */.Os('terraform output -json', () => readTerraformOutputs((0,cli/* resolveTerraformBinary */.i)(inputs.terraformBinary), moduleDir))
            : {};
        const { resolved, unresolved } = resolveChecks(checks, outputs);
        checkResults = await core/* group */.Os(`Health checks (${checks.length})`, async () => {
            const ran = await runHealthChecks(resolved, {
                totalTimeoutMs: TOTAL_CHECK_SECONDS * 1000,
                onAttempt: logAttempt
            });
            return checks.map(check => ran.find(r => r.name === check.name) ?? unresolved.get(check.name));
        });
        assertionResults = await core/* group */.Os(`Output assertions (${assertions.length})`, async () => {
            const results = evaluateOutputAssertions(assertions, outputs);
            for (const r of results)
                core/* info */.pq(`${r.ok ? 'pass' : 'FAIL'} ${r.output}: ${r.message}`);
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
    const deployed = await core/* group */.Os('Plan artifact', () => loadDeployedPlan({
        artifactName: inputs.artifactName,
        hasActionsRuntime: inputs.context.hasActionsRuntime,
        commitSha: inputs.context.sha,
        tempDir: inputs.context.tempDir
    }));
    if (deployed.note)
        core/* notice */.lm(`Plan details for the deployment record are ${deployed.note}`);
    const record = {
        environment: environment.name,
        commit: inputs.context.sha,
        directory: (0,external_node_path_.relative)(repoRoot, moduleDir) || '.',
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
    await (0,job_summary/* writeJobSummary */.j)(renderDeploymentRecord(record));
    if (inputs.notifyWebhook) {
        const sent = await sendWebhook(inputs.notifyWebhook, buildWebhookPayload(record));
        if (sent.ok)
            core/* info */.pq('Deployment notification sent');
        else
            core/* warning */.$e(`Deployment notification failed: ${sent.error}. The deployment result is unaffected.`);
    }
    if (!healthy) {
        const names = failed.map(f => `${f.kind === 'output' ? 'output ' : ''}${f.name}`).join(', ');
        throw new errors/* InfraGuardError */.ye(`Post-deploy checks failed in '${environment.name}': ${names}. Rollback recommended; see the deployment record in the job summary`);
    }
}
/** Fills in URLs from outputs; a missing or non-text output makes that check fail (never silently pass). */
function resolveChecks(checks, outputs) {
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
        const displayUrl = output?.sensitive
            ? `(sensitive output ${name})`
            : typeof value === 'string'
                ? value
                : `(output ${name})`;
        if (typeof value !== 'string' || !/^https?:\/\/\S+$/i.test(value)) {
            const problem = !output
                ? `output '${name}' does not exist`
                : `output '${name}' is not an http(s) URL${output.sensitive ? '' : ` (got ${JSON.stringify(value)?.slice(0, 100)})`}`;
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
        if (output?.sensitive)
            core/* setSecret */.Pq(value);
        resolved.push({ ...check, url: value, displayUrl });
    }
    return { resolved, unresolved };
}
function logAttempt(check, attempt) {
    const outcome = attempt.ok ? `ok (${attempt.status})` : `failed: ${attempt.error}`;
    core/* info */.pq(`${check.name} attempt ${attempt.attempt}/${check.retries + 1}: ${check.method} ${check.displayUrl} ${outcome} in ${attempt.durationMs} ms`);
}


/***/ }),

/***/ 97935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g9: () => (/* binding */ resolveEnvironment),
/* harmony export */   lF: () => (/* binding */ looksLikeProduction),
/* harmony export */   p0: () => (/* binding */ DEFAULT_ENVIRONMENTS)
/* harmony export */ });
/* unused harmony export FALLBACK_ENVIRONMENT */
/** The built-in environments; a policy file can replace or extend them. */
const DEFAULT_ENVIRONMENTS = {
    dev: { aliases: ['development'], branches: ['develop'], protected: false },
    staging: { aliases: ['stage', 'stg'], branches: ['staging'], protected: false },
    prod: { aliases: ['production', 'prd'], branches: ['main'], protected: true }
};
/** The environment used when nothing else names one. */
const FALLBACK_ENVIRONMENT = 'dev';
/** Resolves the target environment; pure, so the rule is testable without a runner. */
function resolveEnvironment(request, environments = DEFAULT_ENVIRONMENTS) {
    if (request.explicit)
        return canonical(request.explicit, 'input', environments);
    if (request.dispatch)
        return canonical(request.dispatch, 'workflow_dispatch', environments);
    if (request.branch) {
        for (const [name, definition] of Object.entries(environments)) {
            if (definition.branches.some(branch => branchMatches(branch, request.branch))) {
                return { ...canonical(name, 'branch', environments), requested: request.branch };
            }
        }
    }
    return canonical(FALLBACK_ENVIRONMENT, 'default', environments);
}
function canonical(requested, source, environments) {
    const wanted = requested.trim().toLowerCase();
    for (const [name, definition] of Object.entries(environments)) {
        if (name.toLowerCase() === wanted || definition.aliases.some(alias => alias.toLowerCase() === wanted)) {
            return { name, requested, source, protected: definition.protected };
        }
    }
    // Unknown environments are not protected unless their name says production: failing safe here
    // means treating 'Production-EU' like prod rather than like dev.
    return { name: wanted, requested, source, protected: looksLikeProduction(wanted) };
}
/** prod, production, prd, and names built on them (prod-eu, production_us) are production. */
function looksLikeProduction(name) {
    return /(^|[-_./])(prod|production|prd)($|[-_./0-9])/i.test(name);
}
/** Branch patterns allow a trailing `*` (release/*). */
function branchMatches(pattern, branch) {
    if (pattern.endsWith('*'))
        return branch.startsWith(pattern.slice(0, -1));
    return pattern === branch;
}


/***/ }),

/***/ 57789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EJ: () => (/* binding */ truncateText),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   _P: () => (/* binding */ escapeLogLine),
/* harmony export */   aL: () => (/* binding */ escapeTableCell),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony export escapeDetailsSummary */
/**
 * Escaping for everything a plan can put into a report. Plan content (addresses, values, keys,
 * output names, messages quoting them) is hostile until proven otherwise: it must not be able to
 * start Markdown constructs, close or open HTML (`</details>`, `<!--`), break a table, @-mention
 * anyone, render math, or start a line (so it can never become a `::workflow-command::`).
 *
 * Approach: plan text never starts a line (every line begins with the renderer's own structure),
 * control characters become visible escapes, and every character that has inline meaning is
 * written as a numeric character reference. References are decoded for display, so the reader sees
 * (and copies) the real text while the Markdown parser never sees a delimiter.
 */
/**
 * Characters with inline meaning in GitHub Markdown: HTML and entities, code spans, emphasis,
 * strikethrough, tables, math, mentions and issue references. `[` `]` `(` `)` stay readable (addresses
 * are full of them); a link needs `](` or `][`, so a `(` or `[` right after `]` is encoded instead.
 */
const ALWAYS_ENCODED = new Set(['&', '<', '>', '`', '*', '|', '~', '\\', '$', '@', '#']);
/** Control characters, bidirectional overrides and line separators: they reorder or split what the reviewer sees. */
const INVISIBLE_CONTROL = 
// eslint-disable-next-line no-control-regex
/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
/** Zero-width joiner: placed after `@` and `#` in prose so GitHub sees no handle and no issue reference. */
const ZWJ_ENTITY = '&#8205;';
function isAsciiAlphanumeric(char) {
    return char !== undefined && /^[A-Za-z0-9]$/.test(char);
}
/** Makes control and direction characters visible instead of letting them act. */
function describeControl(char) {
    if (char === '\n')
        return '\\n';
    if (char === '\r')
        return '\\r';
    if (char === '\t')
        return '\\t';
    return `\\u${char.codePointAt(0).toString(16).padStart(4, '0')}`;
}
/**
 * Encodes text for an inline Markdown context. `prose` adds a zero-width joiner after `@` and `#`
 * so that even a renderer that decodes references before mention detection sees no handle or issue
 * number; code contexts skip it so copied addresses stay exact (GitHub never links inside `<code>`).
 */
function encodeInline(text, prose) {
    let out = '';
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) {
        const char = chars[i];
        if (INVISIBLE_CONTROL.test(char)) {
            out += encodeInline(describeControl(char), false);
        }
        else if (char === '@' || char === '#') {
            out += `&#${char.codePointAt(0)};${prose ? ZWJ_ENTITY : ''}`;
        }
        else if (ALWAYS_ENCODED.has(char) || ((char === '(' || char === '[') && chars[i - 1] === ']')) {
            out += `&#${char.codePointAt(0)};`;
        }
        else if (char === '_' && !(isAsciiAlphanumeric(chars[i - 1]) && isAsciiAlphanumeric(chars[i + 1]))) {
            // An underscore between letters can never open or close emphasis (terraform_data stays readable).
            out += '&#95;';
        }
        else {
            out += char;
        }
    }
    return out;
}
/** Escapes plan-controlled text for use inside a Markdown paragraph, list item, heading or table cell. */
function escapeMarkdown(text) {
    return encodeInline(text, true);
}
/**
 * Renders text as inline code that is safe everywhere, table cells included: `<code>` with
 * character references (a backtick code span cannot hold `|` in a table nor `` ` `` runs reliably).
 */
function inlineCode(text) {
    return `<code>${encodeInline(text, false)}</code>`;
}
/** A table cell: same as prose escaping; empty cells get a visible dash so the table keeps its shape. */
function escapeTableCell(text) {
    return text === '' ? '–' : escapeMarkdown(text);
}
/** Summary text for `<details><summary>`: prose escaping already prevents `</summary>` and `</details>`. */
function escapeDetailsSummary(text) {
    return escapeMarkdown(text);
}
/**
 * Makes one log line inert for the runner: no line breaks, and nothing the runner parses as a
 * command (`::name::` at the start of a line, the legacy `##[name]` anywhere).
 */
function escapeLogLine(text) {
    let out = '';
    for (const char of Array.from(text)) {
        out += INVISIBLE_CONTROL.test(char) ? describeControl(char) : char;
    }
    // A zero-width space inside every `::` and `##[` breaks the command syntax wherever the runner looks.
    return out.replace(/##\[/g, '##\u200b[').replace(/::/g, ':\u200b:');
}
/** Shortens text to at most `max` characters (code points), marking the cut. */
function truncateText(text, max) {
    // UTF-16 length is never below the code point count: short text needs no splitting.
    if (text.length <= max)
        return text;
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}


/***/ }),

/***/ 40410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ runTerraform),
/* harmony export */   i: () => (/* binding */ resolveTerraformBinary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/**
 * The only place that runs the terraform (or tofu) binary. One wrapper, `runTerraform`, returns
 * `{stdout, stderr, exitCode}`; callers decide what an exit code means (plan's 2 is "changes").
 */



/**
 * hashicorp/setup-terraform's wrapper (terraform_wrapper: true) puts a Node script named `terraform`
 * on PATH that adds its own lines to stdout, which corrupts `show -json`. It exports
 * TERRAFORM_CLI_PATH, the folder of the real binary `terraform-bin`: call that one instead.
 */
function resolveTerraformBinary(requested, env = process.env) {
    const wrapperDir = env.TERRAFORM_CLI_PATH;
    if (requested === 'terraform' && wrapperDir) {
        const real = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(wrapperDir, 'terraform-bin');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(real))
            return real;
    }
    return requested;
}
/** Runs one terraform command. Throws TerraformError with terraform's own message on a non-OK exit. */
async function runTerraform(binary, args, options) {
    const okExitCodes = options.okExitCodes ?? [0];
    const file = options.stdoutFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(options.stdoutFile) : undefined;
    const stdoutChunks = [];
    const stderrChunks = [];
    let exitCode;
    try {
        // Loaded on first use: a gate reading plan_json never runs the CLI and need not parse this.
        const exec = await __webpack_require__.e(/* import() */ 260).then(__webpack_require__.bind(__webpack_require__, 81260));
        exitCode = await exec.exec(binary, args, {
            cwd: options.cwd,
            ignoreReturnCode: true,
            silent: options.silent ?? false,
            env: { ...stringEnv(process.env), CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', ...options.env },
            listeners: {
                stdout: (data) => (file ? file.write(data) : stdoutChunks.push(data)),
                stderr: (data) => stderrChunks.push(data)
            }
        });
    }
    catch (error) {
        file?.destroy();
        const detail = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`Could not run '${binary}': ${detail}. Install Terraform (hashicorp/setup-terraform) or OpenTofu, or set 'terraform_binary' to its path.`, -1, '');
    }
    if (file)
        await new Promise((resolve, reject) => file.end((err) => (err ? reject(err) : resolve())));
    const result = {
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        exitCode
    };
    if (!okExitCodes.includes(exitCode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`'${binary} ${args[0]}' failed with exit code ${exitCode} in '${options.cwd}':\n${terraformMessage(result)}`, exitCode, result.stderr);
    }
    return result;
}
/** Terraform writes its errors to stderr (and sometimes stdout); keep its own words. */
function terraformMessage(result) {
    const text = result.stderr.trim() || result.stdout.trim();
    return text.length > 8000 ? `${text.slice(0, 8000)}\n… (truncated)` : text;
}
function stringEnv(env) {
    const out = {};
    for (const [key, value] of Object.entries(env))
        if (value !== undefined)
            out[key] = value;
    return out;
}


/***/ })

};
