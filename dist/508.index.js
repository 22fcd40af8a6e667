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

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 13 modules
var analyse_plan = __webpack_require__(62972);
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
// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
// EXTERNAL MODULE: ./src/terraform/obtain-plan.ts
var obtain_plan = __webpack_require__(1231);
// EXTERNAL MODULE: ./src/modes/plan-outputs.ts
var plan_outputs = __webpack_require__(80542);
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
    const environment = (0,policy_environment/* resolveEnvironment */.g9)(inputs.environmentRequest);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, environment.name);
    const repoRoot = (0,external_node_path_.resolve)(inputs.context.workspace);
    const moduleDir = (0,external_node_path_.resolve)(repoRoot, inputs.workingDirectory);
    const directory = (0,external_node_path_.relative)(repoRoot, moduleDir).split('\\').join('/') || '.';
    if (inputs.planFile || inputs.planJson) {
        core/* warning */.$e('drift ignores plan_file and plan_json: it always plans against the current infrastructure');
    }
    const outputDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'infra-guard-drift-'));
    const plan = await core/* group */.Os('terraform plan -detailed-exitcode -lock=false', () => (0,obtain_plan/* obtainPlan */.J)({
        workingDirectory: moduleDir,
        terraformBinary: inputs.terraformBinary,
        outputDir,
        planArgs: ['-lock=false']
    }));
    const analysis = await core/* group */.Os('Analyse the drift plan', () => (0,analyse_plan.analysePlanFile)(plan.planJson));
    (0,plan_outputs/* registerSensitiveValues */.Sn)(analysis);
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


/***/ }),

/***/ 32298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/** The job summary, written the same way by every mode. */

/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) the report is still
 * available through the `summary_markdown` output, so a missing summary file is a notice, not a failure:
 * a gate must never flip its verdict because a report could not be written.
 */
async function writeJobSummary(markdown) {
    try {
        await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown).write();
    }
    catch (error) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.emptyBuffer();
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`The job summary was not written: ${error instanceof Error ? error.message : String(error)}`);
    }
}


/***/ }),

/***/ 80542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ setPlanOutputs),
/* harmony export */   Sn: () => (/* binding */ registerSensitiveValues),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27242);
/**
 * Outputs shared by every mode that analyses a plan (plan, safety-gate, drift), so that the same
 * names always carry the same meaning.
 */


/** Sets counts, has_changes, risk and risk_reasons from one analysis. */
function setPlanOutputs(analysis, planJsonPath) {
    const { counts } = analysis;
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToAdd, counts.add);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToChange, counts.change);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToDestroy, counts.destroy);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToReplace, counts.replace);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToImport, counts.import);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToMove, counts.move);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToForget, counts.forget);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.hasChanges, String(analysis.hasChanges));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.risk, analysis.risk.level);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.riskReasons, JSON.stringify(analysis.risk.reasons.map(reason => ({
        rule: reason.rule,
        level: reason.level,
        addresses: reason.addresses
    }))));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.planJson, planJsonPath);
}
/**
 * Registers every sensitive string with the runner so that it is masked in the log even if some
 * future code path printed it. Short values are skipped: masking "1" or "true" would garble the log
 * without protecting anything.
 */
function registerSensitiveValues(analysis) {
    for (const value of analysis.sensitiveValues) {
        if (value.length >= 4)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
    }
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
    const chars = Array.from(text);
    if (chars.length <= max)
        return text;
    return `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}


/***/ }),

/***/ 83067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ scrubSensitive),
/* harmony export */   dv: () => (/* binding */ scrubLines)
/* harmony export */ });
/* unused harmony export MIN_SCRUB_LENGTH */
/* harmony import */ var _analysis_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(397);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57789);
/**
 * The renderers' last line of defence for secrets. The analysis masks every value Terraform marks
 * sensitive before a renderer sees it; this removes any sensitive string that still slipped through
 * from the finished text, in every form a renderer could have written it (raw, JSON-quoted,
 * Markdown-escaped, inside `<code>`, as a log line).
 */



/**
 * Values shorter than this are not scrubbed from finished text: a two-letter secret cannot be told
 * apart from ordinary words, and replacing every `on` would destroy the report. Such values are
 * still masked by the analysis, which knows where they are.
 */
const MIN_SCRUB_LENGTH = 3;
/** Every form in which `value` could appear in rendered output. */
function renderedForms(value) {
    const forms = new Set([value]);
    forms.add(JSON.stringify(value).slice(1, -1));
    forms.add((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(value));
    forms.add((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(value).slice('<code>'.length, -'</code>'.length));
    forms.add((0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeLogLine */ ._P)(value));
    return [...forms].filter(form => form.length >= MIN_SCRUB_LENGTH);
}
/**
 * Scrubbers are built once per collection of secrets: a report scrubs thousands of strings against
 * the same set, and rebuilding the forms of every secret for each string would cost secrets × strings.
 */
const scrubbers = new WeakMap();
function scrubberFor(sensitiveValues) {
    const size = sensitiveValues instanceof Set
        ? sensitiveValues.size
        : Array.isArray(sensitiveValues)
            ? sensitiveValues.length
            : -1;
    const cached = size >= 0 ? scrubbers.get(sensitiveValues) : undefined;
    if (cached && cached.size === size)
        return cached.scrub;
    const forms = [];
    for (const value of sensitiveValues) {
        if (typeof value !== 'string' || value.length < MIN_SCRUB_LENGTH)
            continue;
        forms.push(...renderedForms(value));
    }
    const scrub = (0,_analysis_scrub_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .createSecretScrubber */ .dA)(forms);
    if (size >= 0)
        scrubbers.set(sensitiveValues, { size, scrub });
    return scrub;
}
/**
 * Replaces every occurrence of every sensitive value (and its escaped forms) in `text` with
 * `(sensitive)`, including the beginning of a value that was cut and ends in `…`.
 */
function scrubSensitive(text, sensitiveValues) {
    return scrubberFor(sensitiveValues)(text);
}
/** Scrubs each line of a log; a line never gains a line break from scrubbing. */
function scrubLines(lines, sensitiveValues) {
    const values = [...sensitiveValues];
    return lines.map(line => scrubSensitive(line, values));
}


/***/ }),

/***/ 40410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ runTerraform),
/* harmony export */   i: () => (/* binding */ resolveTerraformBinary)
/* harmony export */ });
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22876);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
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
        const real = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(wrapperDir, 'terraform-bin');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(real))
            return real;
    }
    return requested;
}
/** Runs one terraform command. Throws TerraformError with terraform's own message on a non-OK exit. */
async function runTerraform(binary, args, options) {
    const okExitCodes = options.okExitCodes ?? [0];
    const file = options.stdoutFile ? (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(options.stdoutFile) : undefined;
    const stdoutChunks = [];
    const stderrChunks = [];
    let exitCode;
    try {
        exitCode = await _actions_exec__WEBPACK_IMPORTED_MODULE_0__/* .exec */ .m(binary, args, {
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformError */ .nC(`Could not run '${binary}': ${detail}. Install Terraform (hashicorp/setup-terraform) or OpenTofu, or set 'terraform_binary' to its path.`, -1, '');
    }
    if (file)
        await new Promise((resolve, reject) => file.end((err) => (err ? reject(err) : resolve())));
    const result = {
        stdout: Buffer.concat(stdoutChunks).toString('utf8'),
        stderr: Buffer.concat(stderrChunks).toString('utf8'),
        exitCode
    };
    if (!okExitCodes.includes(exitCode)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .TerraformError */ .nC(`'${binary} ${args[0]}' failed with exit code ${exitCode} in '${options.cwd}':\n${terraformMessage(result)}`, exitCode, result.stderr);
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


/***/ }),

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ obtainPlan),
/* harmony export */   T: () => (/* binding */ resolveUserPath)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40410);
/**
 * Gets plan JSON on disk, whichever way the user supplies the plan: a JSON path, a binary plan
 * (`terraform show -json` on it), or nothing (init + plan + show in the working directory).
 */




/** Resolves a user path: absolute, relative to the workspace (cwd), or relative to working_directory. */
function resolveUserPath(path, workingDirectory, inputName) {
    const candidates = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? [path] : [(0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(path), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workingDirectory, path)];
    for (const candidate of candidates) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(candidate).isFile())
            return candidate;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Input '${inputName}' names '${path}', which does not exist (looked in ${candidates.join(' and ')}). ` +
        `Check the path, or make sure the step that writes it ran in this job (or download its artifact first).`);
}
/** Produces the plan JSON the analysis reads. Throws InputError/TerraformError with terraform's own message. */
async function obtainPlan(request) {
    const cwd = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(request.workingDirectory);
    if (request.planJson && request.planFile) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz("Inputs 'plan_json' and 'plan_file' are both set; set only one of them");
    }
    if (request.planJson) {
        return { planJson: resolveUserPath(request.planJson, cwd, 'plan_json'), origin: 'plan_json' };
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(cwd) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(cwd).isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`Input 'working_directory' is '${request.workingDirectory}', which is not a directory; set it to the root module's folder`);
    }
    const binary = (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .resolveTerraformBinary */ .i)(request.terraformBinary);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(request.outputDir, { recursive: true });
    const planJson = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, 'plan.json');
    if (request.planFile) {
        const planFile = resolveUserPath(request.planFile, cwd, 'plan_file');
        await initIfNeeded(binary, cwd);
        await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['show', '-json', '-no-color', planFile], {
            cwd,
            stdoutFile: planJson,
            silent: true
        });
        return { planJson, planFile, origin: 'plan_file', binary };
    }
    const planFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(request.outputDir, 'plan.tfplan');
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['init', '-input=false', '-no-color'], { cwd });
    const planned = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, [
        'plan',
        '-input=false',
        '-no-color',
        '-detailed-exitcode',
        `-out=${planFile}`,
        ...(request.planArgs ?? [])
    ], { cwd, okExitCodes: [0, 2], silent: true });
    await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['show', '-json', '-no-color', planFile], {
        cwd,
        stdoutFile: planJson,
        silent: true
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
/** `show` on a binary plan needs the providers installed; initialise only when nobody has. */
async function initIfNeeded(binary, cwd) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, '.terraform')))
        return;
    try {
        await (0,_cli_js__WEBPACK_IMPORTED_MODULE_3__/* .runTerraform */ .Y)(binary, ['init', '-input=false', '-backend=false', '-no-color'], { cwd });
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .TerraformError */ .nC(`${error.message}\nterraform show needs an initialised working directory to read a binary plan; run terraform init in '${cwd}' before this step.`, error.exitCode, error.stderr);
        }
        throw error;
    }
}


/***/ })

};
