export const id = 698;
export const ids = [698];
export const modules = {

/***/ 12698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncDriftIssue: () => (/* binding */ syncDriftIssue)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42669);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30341);
/**
 * One open drift issue per root module and environment, found by its hidden marker (titles get edited
 * by people; markers do not) among the issues the token's own identity opened: opened when drift
 * appears, kept current while it lasts, and closed with a comment once the infrastructure matches the
 * code again.
 */




const ISSUES_WRITE = { permission: 'issues: write' };
const ISSUES_READ = { permission: 'issues: read' };
/** Brings the drift issue in line with the latest check. Throws GitHubApiError when GitHub refuses. */
async function syncDriftIssue(client, request) {
    (0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .assertMarker */ .b$)(request.marker);
    const body = (0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .withMarker */ .Pe)(request.body, request.marker);
    if (body.length > _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.commentChars) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The drift issue body is ${body.length} characters; GitHub accepts at most ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.commentChars}. Shorten the report before posting it`);
    }
    const target = { owner: request.owner, repo: request.repo };
    const open = await findOpenDriftIssue(client, request);
    if (!request.drifted) {
        if (!open)
            return { action: 'none' };
        await client.rest.issues.createComment({
            ...target,
            issue_number: open.number,
            body: request.closeComment ??
                'No drift any more: the latest check found the infrastructure matching the code. Closing.',
            request: ISSUES_WRITE
        });
        const { data } = await client.rest.issues.update({
            ...target,
            issue_number: open.number,
            state: 'closed',
            state_reason: 'completed',
            request: ISSUES_WRITE
        });
        return { action: 'closed', number: data.number, url: data.html_url };
    }
    if (!open) {
        const { data } = await client.rest.issues.create({
            ...target,
            title: request.title,
            body,
            labels: [request.label],
            request: ISSUES_WRITE
        });
        return { action: 'created', number: data.number, url: data.html_url };
    }
    if (open.title === request.title && open.body === body) {
        return { action: 'unchanged', number: open.number, url: open.url };
    }
    const { data } = await client.rest.issues.update({
        ...target,
        issue_number: open.number,
        title: request.title,
        body,
        request: ISSUES_WRITE
    });
    return { action: 'updated', number: data.number, url: data.html_url };
}
/**
 * The oldest open issue with the label and the marker that the token's identity opened (pull requests,
 * which GitHub lists too, are skipped; an issue someone else opened with the marker is left alone).
 */
async function findOpenDriftIssue(client, request) {
    const login = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .authenticatedLogin */ .PH)(client);
    let found;
    const pages = client.paginate.iterator(client.rest.issues.listForRepo, {
        owner: request.owner,
        repo: request.repo,
        state: 'open',
        labels: request.label,
        sort: 'created',
        direction: 'asc',
        per_page: 100,
        request: ISSUES_READ
    });
    for await (const page of pages) {
        for (const issue of page.data) {
            if (issue.pull_request || !(0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .writtenBy */ .xO)(issue.user, login) || !(0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .hasMarker */ .xY)(issue.body, request.marker))
                continue;
            if (!found || issue.number < found.number) {
                found = { number: issue.number, title: issue.title, body: issue.body ?? '', url: issue.html_url };
            }
        }
    }
    return found;
}


/***/ }),

/***/ 42669:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PH: () => (/* binding */ authenticatedLogin),
/* harmony export */   xO: () => (/* binding */ writtenBy)
/* harmony export */ });
/* unused harmony export ACTIONS_BOT_LOGIN */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Who the token acts as, so the action edits only what it wrote itself. A hidden marker alone does not
 * say who wrote a comment or issue: anyone who can comment can paste it, and would then have the next
 * report written into a comment they can edit afterwards. A user token (PAT) reads its login from
 * GET /user; an installation token (the job's GITHUB_TOKEN) is refused there with 403 and writes as
 * `github-actions[bot]`.
 */

/** The login of comments and issues created with the job's GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The login the client's token writes as. Throws GitHubApiError when GitHub cannot say (other than 403). */
async function authenticatedLogin(client) {
    try {
        const { data } = await client.rest.users.getAuthenticated();
        if (typeof data.login === 'string' && data.login !== '')
            return data.login;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS('GET /user answered without a login, so the action cannot tell which comments are its own');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GitHubApiError */ .OS && error.status === 403)
            return ACTIONS_BOT_LOGIN;
        throw error;
    }
}
/** True when `author` (a comment's or issue's `user`) is the login the action writes as. */
function writtenBy(author, login) {
    return typeof author?.login === 'string' && author.login === login;
}


/***/ }),

/***/ 30341:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   b$: () => (/* binding */ assertMarker),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * Hidden markers let the action find its own comments and issues again. A marker counts only when it
 * stands on a line of its own, so a comment that quotes ours ("> <!-- … -->") is never taken for it.
 */

/** Throws unless `marker` is one complete HTML comment on one line (so it stays hidden and findable). */
function assertMarker(marker) {
    if (!/^<!--[^\n]*-->$/.test(marker) || marker.slice(4, -3).includes('>')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`A hidden marker must be one HTML comment on one line, like '<!-- infra-guard:plan -->'; got '${marker}'`);
    }
}
/** True when `body` has `marker` on a line of its own. */
function hasMarker(body, marker) {
    if (!body)
        return false;
    return body.split(/\r?\n/).some(line => line.trim() === marker);
}
/** Puts the marker on the first line unless the body already carries it. */
function withMarker(body, marker) {
    return hasMarker(body, marker) ? body : `${marker}\n${body}`;
}


/***/ })

};
