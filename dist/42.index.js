export const id = 42;
export const ids = [42];
export const modules = {

/***/ 32298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ writeJobSummary)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94671);
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

/***/ 80542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ setPlanOutputs),
/* harmony export */   Sn: () => (/* binding */ registerSensitiveValues),
/* harmony export */   wv: () => (/* binding */ describeCounts),
/* harmony export */   zs: () => (/* binding */ logPlanOutput)
/* harmony export */ });
/* harmony import */ var _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94671);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27242);
/* harmony import */ var _render_scrub_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83067);
/**
 * Outputs shared by every mode that analyses a plan (plan, safety-gate, drift), so that the same
 * names always carry the same meaning.
 */



/** Sets counts, has_changes, risk and risk_reasons from one analysis. */
function setPlanOutputs(analysis, planJsonPath) {
    const { counts } = analysis;
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToAdd, counts.add);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToChange, counts.change);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToDestroy, counts.destroy);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToReplace, counts.replace);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToImport, counts.import);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToMove, counts.move);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.resourcesToForget, counts.forget);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.hasChanges, String(analysis.hasChanges));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.risk, analysis.risk.level);
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.riskReasons, JSON.stringify(analysis.risk.reasons.map(reason => ({
        rule: reason.rule,
        level: reason.level,
        addresses: reason.addresses
    }))));
    _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(_constants_js__WEBPACK_IMPORTED_MODULE_1__/* .OUTPUT */ .aQ.planJson, planJsonPath);
}
/**
 * Registers every sensitive string with the runner so that it is masked in the log even if some
 * future code path printed it. Short values are skipped: masking "1" or "true" would garble the log
 * without protecting anything.
 */
function registerSensitiveValues(analysis) {
    for (const value of analysis.sensitiveValues) {
        if (value.length >= 4)
            _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
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
/**
 * Terraform's human-readable plan, printed only now that the analysis knows every secret: it can
 * show values Terraform failed to mark sensitive (terraform_data copies a sensitive input into its
 * unmarked `output`).
 */
async function logPlanOutput(planOutput, analysis) {
    if (!planOutput)
        return;
    await _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os('terraform plan output', async () => _toolkit_core_js__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq((0,_render_scrub_js__WEBPACK_IMPORTED_MODULE_2__/* .scrubSensitive */ .IH)(planOutput, analysis.sensitiveValues)));
}


/***/ }),

/***/ 79144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CK: () => (/* binding */ analyseWithPolicy),
  Z0: () => (/* binding */ prepareRun),
  Tr: () => (/* binding */ reportContextFor),
  Uc: () => (/* binding */ workspaceRelative)
});

// EXTERNAL MODULE: ./src/toolkit/core.ts
var core = __webpack_require__(94671);
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
// EXTERNAL MODULE: ./src/analysis/analyse-plan.ts + 14 modules
var analyse_plan = __webpack_require__(44061);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/policy/cost.ts
/**
 * Reads Infracost's JSON (`infracost breakdown --format json` or `infracost diff --format json`):
 * money is decimal text or null; the root has totalMonthlyCost, pastTotalMonthlyCost,
 * diffTotalMonthlyCost and currency; each project has pastBreakdown, breakdown and diff, each with
 * resources[] (name = address, monthlyCost). Anything else is a PolicyError naming the file.
 */


const RESOURCE_CAP = 200;
/** Reads and parses an Infracost JSON file. */
async function readCostEstimate(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new errors/* PolicyError */.pn(`Infracost file '${file}' (input 'infracost_json') cannot be read: ${error.message}`);
    }
    return parseCostEstimate(text, file);
}
/** Parses Infracost JSON text; pure. */
function parseCostEstimate(text, file) {
    const fail = (detail) => {
        throw new errors/* PolicyError */.pn(`Infracost file '${file}' is not usable: ${detail}. Expected the output of 'infracost breakdown --format json' or 'infracost diff --format json'`);
    };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return fail(`it is not JSON (${error.message})`);
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return fail('the document is not a JSON object');
    const root = data;
    if (typeof root.currency !== 'string' || root.currency.trim() === '')
        return fail("'currency' is missing");
    if (!('totalMonthlyCost' in root))
        return fail("'totalMonthlyCost' is missing");
    if (!Array.isArray(root.projects))
        return fail("'projects' is missing or not a list");
    const money = (value, where) => {
        if (value === null || value === undefined)
            return null;
        const number = typeof value === 'number'
            ? value
            : typeof value === 'string' && value.trim() !== ''
                ? Number(value)
                : NaN;
        return Number.isFinite(number)
            ? number
            : fail(`'${where}' is not an amount of money (got ${JSON.stringify(value)})`);
    };
    const monthlyAfter = money(root.totalMonthlyCost, 'totalMonthlyCost') ?? 0;
    const monthlyBefore = money(root.pastTotalMonthlyCost, 'pastTotalMonthlyCost');
    const diff = money(root.diffTotalMonthlyCost, 'diffTotalMonthlyCost');
    const monthlyChange = diff ?? monthlyAfter - (monthlyBefore ?? 0);
    const resources = root.projects.flatMap((project, index) => projectResources(project, index, money, fail));
    resources.sort((a, b) => Math.abs(b.monthlyChange) - Math.abs(a.monthlyChange));
    return {
        file,
        currency: root.currency,
        monthlyBefore,
        monthlyAfter,
        monthlyChange: round(monthlyChange),
        resources: resources.slice(0, RESOURCE_CAP),
        omittedResources: Math.max(0, resources.length - RESOURCE_CAP)
    };
}
function projectResources(project, index, money, fail) {
    if (project === null || typeof project !== 'object')
        return fail(`'projects[${index}]' is not an object`);
    const record = project;
    const name = typeof record.name === 'string' ? record.name : `project ${index + 1}`;
    const costs = (section) => {
        const map = new Map();
        const breakdown = record[section];
        if (breakdown === undefined || breakdown === null)
            return map;
        const resources = breakdown.resources;
        if (resources === undefined || resources === null)
            return map;
        if (!Array.isArray(resources))
            return fail(`'projects[${index}].${section}.resources' is not a list`);
        resources.forEach((resource, position) => {
            const where = `projects[${index}].${section}.resources[${position}]`;
            const item = resource;
            if (!item || typeof item.name !== 'string')
                return fail(`'${where}.name' is missing`);
            map.set(item.name, money(item.monthlyCost, `${where}.monthlyCost`));
        });
        return map;
    };
    const before = costs('pastBreakdown');
    const after = costs('breakdown');
    const diff = costs('diff');
    const addresses = new Set([...diff.keys(), ...before.keys(), ...after.keys()]);
    const out = [];
    for (const address of addresses) {
        const change = diff.has(address)
            ? (diff.get(address) ?? 0)
            : (after.get(address) ?? 0) - (before.get(address) ?? 0);
        if (change === 0 && diff.size > 0 && !diff.has(address))
            continue;
        if (change === 0 && before.get(address) === after.get(address))
            continue;
        out.push({
            project: name,
            address,
            monthlyBefore: before.get(address) ?? null,
            monthlyAfter: after.get(address) ?? null,
            monthlyChange: round(change)
        });
    }
    return out;
}
/** Cents are enough; avoids 0.1 + 0.2 noise in outputs. */
function round(value) {
    return Math.round(value * 100) / 100;
}

// EXTERNAL MODULE: ./src/policy/environment.ts
var policy_environment = __webpack_require__(97935);
;// CONCATENATED MODULE: ./src/policy/approvals.ts
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
/**
 * Reduces reviews (chronological) to each reviewer's latest decisive state: a comment keeps the
 * earlier decision, a dismissal clears it, a later "changes requested" cancels an approval.
 */
function summarizeReviews(reviews, author, pullRequest) {
    const latest = new Map();
    for (const review of reviews) {
        const user = review.user.toLowerCase();
        const state = review.state.toUpperCase();
        if (state === 'APPROVED' || state === 'CHANGES_REQUESTED')
            latest.set(user, state);
        else if (state === 'DISMISSED')
            latest.delete(user);
    }
    const pick = (state) => [...latest].filter(([, value]) => value === state).map(([user]) => user);
    return { approvers: pick('APPROVED'), changesRequestedBy: pick('CHANGES_REQUESTED'), author, pullRequest };
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

;// CONCATENATED MODULE: ./src/policy/cost-ceiling.ts
/** One finding for the cost check. */
function checkCostCeiling(context) {
    const rule = 'cost-ceiling';
    const ceiling = context.settings.maxMonthlyCostIncrease;
    const cost = context.cost;
    if (ceiling === undefined) {
        const change = cost ? ` Monthly change: ${formatMoney(cost.monthlyChange, cost.currency, true)}.` : '';
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No cost ceiling for '${context.environment}'.${change}`
        };
    }
    if (!cost) {
        if (!context.hasChanges)
            return {
                rule,
                severity: 'pass',
                addresses: [],
                message: 'The plan changes nothing, so its cost does not change.'
            };
        const overridden = context.costOverride;
        return {
            rule,
            severity: overridden ? 'warn' : context.missingCostEstimate,
            addresses: [],
            message: `'${context.environment}' has a cost ceiling of ${ceiling}/month but no Infracost estimate was given (input infracost_json), so the cost cannot be checked${overridden ? '; allowed by cost_override' + reasonText(context.overrideReason) : ''}.`,
            remedy: 'Run `infracost diff --format json --out-file infracost.json` (or breakdown) on the plan and pass the file as infracost_json.'
        };
    }
    const addresses = cost.resources
        .filter(resource => resource.monthlyChange > 0)
        .map(resource => resource.address)
        .slice(0, 20);
    const summary = `Monthly cost change ${formatMoney(cost.monthlyChange, cost.currency, true)} (before ${cost.monthlyBefore === null ? 'unknown' : formatMoney(cost.monthlyBefore, cost.currency)}, after ${formatMoney(cost.monthlyAfter, cost.currency)})`;
    const baseline = cost.monthlyBefore === null && cost.monthlyChange === cost.monthlyAfter
        ? ' The file has no past costs, so the whole total counts as the increase.'
        : '';
    if (cost.monthlyChange <= ceiling) {
        return {
            rule,
            severity: 'pass',
            addresses,
            message: `${summary} is within the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}'.`
        };
    }
    if (context.costOverride) {
        return {
            rule,
            severity: 'warn',
            addresses,
            message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} for '${context.environment}': allowed by cost_override${reasonText(context.overrideReason)}.${baseline}`
        };
    }
    return {
        rule,
        severity: 'deny',
        addresses,
        message: `${summary} exceeds the ceiling of ${formatMoney(ceiling, cost.currency)} per month for '${context.environment}'.${baseline}`,
        remedy: 'Reduce the cost of the change, or re-run with cost_override=true (and override_reason) after the increase is approved.'
    };
}
function reasonText(reason) {
    return reason.trim() ? ` (reason: ${reason.trim()})` : '';
}
/** `+123.45 USD`, `-5.00 EUR`. */
function formatMoney(amount, currency, signed = false) {
    const sign = signed && amount > 0 ? '+' : '';
    return `${sign}${amount.toFixed(2)} ${currency}`;
}

;// CONCATENATED MODULE: ./src/policy/destroy-guard.ts
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

;// CONCATENATED MODULE: ./src/policy/glob.ts
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
/** True when the glob has no wildcard, so it names exactly one thing. */
function isLiteralGlob(glob) {
    return !/[*?{]/.test(glob);
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

;// CONCATENATED MODULE: ./src/policy/protected-resources.ts

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
    const hits = analysis.destructiveAddresses.filter(address => context.globs.some(glob => matchesAddressGlob(glob, address)));
    const allowed = new Set(context.allowDestroy);
    const blocked = hits.filter(address => !allowed.has(address));
    const excused = hits.filter(address => allowed.has(address));
    if (blocked.length > 0) {
        return {
            rule,
            severity: 'deny',
            addresses: blocked,
            message: `${blocked.length} protected resource(s) would be destroyed or replaced in '${context.environment}' (protected_resources: ${context.globs.join(', ')}); force_recreate does not cover them.`,
            remedy: `If destroying them is intended and reviewed, list each exact address in the allow_destroy input (e.g. allow_destroy: ${blocked[0]}); otherwise change the configuration so the plan keeps them.`
        };
    }
    // Addresses beyond the analysis' cap were never seen: fail closed rather than assume they are safe.
    if (analysis.omittedDestructiveAddresses > 0) {
        return {
            rule,
            severity: 'deny',
            addresses: [],
            message: `${analysis.omittedDestructiveAddresses} destroyed or replaced address(es) were not listed by the analysis, so they cannot be checked against protected_resources.`,
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

;// CONCATENATED MODULE: ./src/policy/attribute-path.ts
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
    if (at === segments.length) {
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
/** Applies `op value` to every leaf at `path`: any failing leaf is a violation, else any unknown leaf is unknown. */
function checkPath(after, afterUnknown, path, op, expected) {
    let sawUnknown = false;
    for (const leaf of resolvePath(after, afterUnknown, path)) {
        if (leaf.unknown)
            sawUnknown = true;
        else if (!satisfies(leaf.value, op, expected))
            return 'violation';
    }
    return sawUnknown ? 'unknown' : 'pass';
}
/** Combines outcomes of several checks on one resource the same way. */
function combineOutcomes(outcomes) {
    if (outcomes.includes('violation'))
        return 'violation';
    return outcomes.includes('unknown') ? 'unknown' : 'pass';
}

;// CONCATENATED MODULE: ./src/policy/builtin-rules.ts
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
    return globs.some(glob => matchesGlob(glob, type));
}

// EXTERNAL MODULE: ./src/policy/defaults.ts
var defaults = __webpack_require__(66794);
;// CONCATENATED MODULE: ./src/policy/limits.ts

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
                if (!matchesGlob(key, entry.type))
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

;// CONCATENATED MODULE: ./src/policy/rules.ts




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
            record((result.outcome === 'violation' ? violations : unknowns).get(rule.id), entry.address, result.detail);
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

// EXTERNAL MODULE: ./src/policy/windows.ts
var policy_windows = __webpack_require__(45983);
;// CONCATENATED MODULE: ./src/policy/evaluate-gate.ts






/** Evaluates every check. Pure: the clock and all data are parameters. */
function evaluateGate(input) {
    const { analysis, policy, environment } = input;
    const settings = environmentPolicy(policy, environment);
    const findings = [...checkPlanTrust(analysis)];
    findings.push(checkDestroyGuard(analysis, {
        environment: environment.name,
        protectedEnvironment: environment.protected,
        forceRecreate: input.forceRecreate
    }));
    findings.push(checkProtectedResources(analysis, {
        globs: policy.protectedResources,
        protectedEnvironment: environment.protected,
        environment: environment.name,
        allowDestroy: input.allowDestroy
    }));
    const overridesUsed = [];
    const windowFinding = checkWindows(settings, input);
    if (windowFinding.severity === 'warn' && input.emergencyOverride)
        overridesUsed.push('emergency_override');
    findings.push(windowFinding);
    const costFinding = checkCostCeiling({
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
    const approvals = computeRequiredApprovals({
        policy,
        environment: environment.name,
        settings,
        monthlyChange: input.cost?.monthlyChange,
        currency: input.cost?.currency,
        risk: analysis.risk.level
    });
    if (input.enforceApprovals)
        findings.push(checkApprovals(approvals, input.approvalsData));
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
/** Fail closed: a plan the analysis could not fully read or that Terraform marked errored is denied. */
function checkPlanTrust(analysis) {
    const findings = [];
    if (analysis.unreadable.length > 0) {
        findings.push({
            rule: 'plan-unreadable',
            severity: 'deny',
            addresses: analysis.unreadable.map(entry => entry.address).slice(0, 100),
            message: `${analysis.unreadable.length} plan entr(ies) could not be understood: ${analysis.unreadable
                .slice(0, 5)
                .map(entry => `${entry.address}: ${entry.problem}`)
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
    if (!analysis.complete) {
        findings.push({
            rule: 'plan-incomplete',
            severity: 'deny',
            addresses: [],
            message: `The plan in '${analysis.source}' is incomplete (Terraform deferred some changes), so the gate cannot see everything that apply would do.`,
            remedy: 'Apply in stages so that each plan is complete, then run the gate on each.'
        });
    }
    return findings;
}
function checkWindows(settings, input) {
    const rule = 'deployment-window';
    const windows = settings.deploymentWindows;
    if (!windows)
        return {
            rule,
            severity: 'pass',
            addresses: [],
            message: `No deployment windows for '${input.environment.name}'.`
        };
    const status = (0,policy_windows/* checkDeploymentWindow */.a_)(windows, input.now);
    if (status.open)
        return { rule, severity: 'pass', addresses: [], message: status.reason };
    const reason = input.overrideReason.trim();
    if (input.emergencyOverride && reason !== '') {
        return {
            rule,
            severity: 'warn',
            addresses: [],
            message: `${status.reason} Allowed by emergency_override; reason: ${reason}`
        };
    }
    const next = status.nextOpen ? ` The next window opens ${status.nextOpen}.` : '';
    const severity = 'deny';
    return {
        rule,
        severity,
        addresses: [],
        message: `Outside the deployment window for '${input.environment.name}': ${status.reason}${next}${input.emergencyOverride
            ? ' emergency_override was set without an override_reason, so it does not apply.'
            : ''}`,
        remedy: 'Deploy inside the window, or re-run with emergency_override=true and a non-empty override_reason (recorded in the summary and outputs).'
    };
}
/** The `policy_violations` output: every warn and deny finding as {rule, severity, addresses, message}. */
function listViolations(findings) {
    return findings
        .filter(finding => finding.severity !== 'pass')
        .map(({ rule, severity, addresses, message }) => ({ rule, severity, addresses, message }));
}

;// CONCATENATED MODULE: ./src/policy/describe-policy.ts
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

;// CONCATENATED MODULE: ./src/policy/load-policy.ts
/**
 * Finds the policy file. A missing default file means the built-in policy; a missing explicit file is
 * an error. The parser (YAML and JSON Schema, half a megabyte of code) is loaded only when there is
 * a file to parse, so runs on the built-in defaults start fast.
 */




/** Reads, validates and merges the policy file. Throws PolicyError naming the file and each problem. */
async function loadPolicy(options) {
    let text;
    try {
        text = await (0,promises_.readFile)(options.path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' && !options.explicit)
            return { policy: (0,defaults/* defaultPolicy */.G4)(), source: 'defaults', path: options.path };
        if (code === 'ENOENT') {
            throw new errors/* PolicyError */.pn(`Policy file '${options.path}' (input 'config') does not exist; fix the path, or remove the input to use the built-in defaults`);
        }
        throw new errors/* PolicyError */.pn(`Policy file '${options.path}' cannot be read: ${error.message}`);
    }
    const { parsePolicy } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(463), __webpack_require__.e(542)]).then(__webpack_require__.bind(__webpack_require__, 63542));
    return { policy: parsePolicy(text, options.path), source: 'file', path: options.path };
}

// EXTERNAL MODULE: ./src/terraform/obtain-plan.ts
var obtain_plan = __webpack_require__(1231);
;// CONCATENATED MODULE: ./src/modes/run-setup.ts
/**
 * What plan and safety-gate share: load the policy, resolve the environment, analyse the plan
 * with the policy's rule evaluator riding along, and evaluate the gate.
 */













/** Loads the policy (printed in a collapsed group) and resolves the target environment. */
async function prepareRun(inputs) {
    const loaded = await core/* group */.Os('Policy', async () => {
        const result = await loadPolicy(inputs.config);
        core/* info */.pq(result.source === 'file'
            ? `Policy file: ${result.path}`
            : `No policy file at ${result.path}: built-in defaults`);
        core/* info */.pq(describePolicy(result.policy));
        return result;
    });
    const environment = (0,policy_environment/* resolveEnvironment */.g9)(inputs.environmentRequest, loaded.policy.environments);
    core/* setOutput */.uH(constants/* OUTPUT */.aQ.environment, environment.name);
    core/* info */.pq(`Target environment: ${environment.name} (from ${environment.source}${environment.requested !== environment.name ? `: '${environment.requested}'` : ''}; ${environment.protected ? 'protected' : 'not protected'})`);
    const key = (0,external_node_crypto_.createHash)('sha256')
        .update(`${(0,external_node_path_.resolve)(inputs.workingDirectory)}\0${environment.name}`)
        .digest('hex')
        .slice(0, 12);
    const outputDir = (0,external_node_path_.resolve)(inputs.context.tempDir, 'infra-guard', `${inputs.mode}-${key}`);
    (0,external_node_fs_.mkdirSync)(outputDir, { recursive: true });
    return { loaded, environment, outputDir };
}
/**
 * Reads the plan once: the analysis and the policy's rules see every entry in the same pass.
 * With `enforceApprovals` (safety-gate) and the input set, the merged pull request's reviews are fetched.
 */
async function analyseWithPolicy(inputs, setup, planJson, options = {}) {
    const { policy } = setup.loaded;
    const rules = createRuleEvaluator(policy, setup.environment);
    const analysis = await (0,analyse_plan.analysePlanFile)(planJson, {
        dataBearingTypes: policy.risk.dataBearingTypes,
        deletionThreshold: policy.risk.deletionThreshold,
        visitors: [rules]
    });
    const cost = inputs.infracostJson
        ? await readCostEstimate((0,obtain_plan/* resolveUserPath */.T)(inputs.infracostJson, inputs.workingDirectory, 'infracost_json'))
        : undefined;
    const enforce = Boolean(options.enforceApprovals && inputs.enforceApprovals);
    const approvalsData = enforce ? await fetchApprovals(inputs) : undefined;
    const verdict = evaluateGate({
        analysis,
        policy,
        environment: setup.environment,
        forceRecreate: inputs.forceRecreate,
        allowDestroy: inputs.allowDestroy,
        costOverride: inputs.costOverride,
        emergencyOverride: inputs.emergencyOverride,
        overrideReason: inputs.overrideReason,
        cost,
        ruleFindings: rules.findings(),
        enforceApprovals: enforce,
        approvalsData,
        now: new Date()
    });
    return {
        analysis,
        verdict,
        cost,
        setPolicyOutputs: () => {
            core/* setOutput */.uH(constants/* OUTPUT */.aQ.policyViolations, JSON.stringify(listViolations(verdict.findings)));
            core/* setOutput */.uH(constants/* OUTPUT */.aQ.requiredApprovals, String(verdict.approvals.required));
            if (cost) {
                core/* setOutput */.uH(constants/* OUTPUT */.aQ.monthlyCostChange, cost.monthlyChange.toFixed(2));
                core/* setOutput */.uH(constants/* OUTPUT */.aQ.costCurrency, cost.currency);
            }
        }
    };
}
/** Reviews of the pull request merged into this commit; undefined when there is none (the gate then denies). */
async function fetchApprovals(inputs) {
    const { context } = inputs;
    if (!inputs.githubToken || !context.repository) {
        throw new errors/* InputError */.dz("enforce_approvals needs 'github_token' and a GitHub repository context to look up the pull request's reviews");
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__webpack_require__.e(293), __webpack_require__.e(632)]).then(__webpack_require__.bind(__webpack_require__, 71632));
    const { countApprovals, findPullRequestForCommit } = await __webpack_require__.e(/* import() */ 47).then(__webpack_require__.bind(__webpack_require__, 70047));
    const client = createGitHubClient({ token: inputs.githubToken, apiUrl: context.apiUrl });
    const { owner, repo } = context.repository;
    const pull = context.prNumber
        ? { number: context.prNumber }
        : await findPullRequestForCommit(client, owner, repo, context.sha);
    if (!pull)
        return undefined;
    const count = await countApprovals(client, owner, repo, pull.number);
    return { ...count, pullRequest: pull.number };
}
/** The working directory as the manifest and markers record it: relative to the workspace. */
function workspaceRelative(inputs) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(inputs.context.workspace), (0,external_node_path_.resolve)(inputs.workingDirectory));
    return rel === '' ? '.' : rel;
}
/** Report context from the run's facts and the gate's evaluation. */
function reportContextFor(inputs, setup, evaluated) {
    const verdict = evaluated.verdict;
    const approvals = 'approvals' in verdict ? verdict.approvals : undefined;
    const cost = evaluated.cost;
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
        policyNote: setup.loaded.source === 'file' ? `Policy: ${setup.loaded.path}` : 'Policy: built-in defaults'
    };
}


/***/ }),

/***/ 66794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G4: () => (/* binding */ defaultPolicy),
/* harmony export */   Gd: () => (/* binding */ BUILTIN_RULE_IDS),
/* harmony export */   vd: () => (/* binding */ emptyEnvironmentPolicy)
/* harmony export */ });
/* unused harmony exports DEFAULT_REQUIRED_TAGS, DEFAULT_CRITICAL_APPROVALS */
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97935);
/**
 * Built-in defaults: safe and never surprising. A fresh install gets environments dev, staging and
 * prod (prod protected), no windows, no cost ceiling, no limits, computed-but-not-enforced approvals,
 * and the built-in rules (public databases and unencrypted storage denied; open ingress and missing
 * tags warned).
 */


/** Ids of the rules infra-guard ships; `rule_severity` can turn each off or change its severity. */
const BUILTIN_RULE_IDS = [
    'public-database',
    'unencrypted-storage',
    'open-ingress',
    'required-tags'
];
/** Tags the required-tags rule expects unless the policy says otherwise. */
const DEFAULT_REQUIRED_TAGS = ['Environment', 'Owner', 'CostCenter'];
/** A critical-risk plan needs at least this many approvals. */
const DEFAULT_CRITICAL_APPROVALS = 2;
/** An environment with nothing configured beyond how it is named. */
function emptyEnvironmentPolicy(protectedEnvironment = false) {
    return {
        aliases: [],
        branches: [],
        protected: protectedEnvironment,
        requiredApprovals: 0,
        resourceLimits: {},
        ruleSeverity: {},
        checklist: []
    };
}
/** Returns a fresh copy of the built-in policy (callers may merge into it). */
function defaultPolicy() {
    const environments = {};
    for (const [name, definition] of Object.entries(_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENVIRONMENTS */ .p0)) {
        environments[name] = {
            ...emptyEnvironmentPolicy(definition.protected),
            aliases: [...definition.aliases],
            branches: [...definition.branches]
        };
    }
    return {
        environments,
        protectedResources: [],
        approvalsByCost: [],
        rules: [],
        ruleSeverity: {},
        requiredTags: [...DEFAULT_REQUIRED_TAGS],
        missingCostEstimate: 'deny',
        risk: {
            dataBearingTypes: [],
            deletionThreshold: _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.deletionThreshold,
            criticalApprovals: DEFAULT_CRITICAL_APPROVALS
        }
    };
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

/***/ 19006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseWindowSpec)
/* harmony export */ });
/* unused harmony exports WINDOW_SPEC_FORMS, daysInMonth */
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


/***/ }),

/***/ 45983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ assertTimeZone),
/* harmony export */   a_: () => (/* binding */ checkDeploymentWindow)
/* harmony export */ });
/* unused harmony exports toLocalTime, formatLocalTime */
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
