export const id = 833;
export const ids = [833];
export const modules = {

/***/ 28833:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertMarkedComment: () => (/* binding */ upsertMarkedComment)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42669);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30341);
/**
 * One PR comment per hidden marker: found again on every run and edited in place, so a pull request
 * carries one up-to-date plan report per root module and environment instead of a pile of stale ones.
 * Only a comment the token's own identity wrote is ever edited: a participant who pastes the marker
 * into their own comment gets nothing written into it.
 */




/**
 * Creates or updates the marked comment. Reads every page of the thread's comments, because the marked
 * one may be old. Older marked comments left by `mode: new` runs are left alone.
 * Throws GitHubApiError when GitHub refuses (e.g. 403 without `pull-requests: write`).
 */
async function upsertMarkedComment(client, request) {
    (0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .assertMarker */ .b$)(request.marker);
    const body = (0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .withMarker */ .Pe)(request.body, request.marker);
    if (body.length > _constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.commentChars) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`The comment for #${request.issueNumber} is ${body.length} characters; GitHub accepts at most ${_constants_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMIT */ .uK.commentChars}. Shorten the report before posting it`);
    }
    const target = { owner: request.owner, repo: request.repo };
    const existing = request.mode === 'update' ? await findNewestMarkedComment(client, request) : undefined;
    if (existing !== undefined) {
        const { data } = await client.rest.issues.updateComment({ ...target, comment_id: existing, body });
        return { id: data.id, url: data.html_url, action: 'updated' };
    }
    const { data } = await client.rest.issues.createComment({
        ...target,
        issue_number: request.issueNumber,
        body
    });
    return { id: data.id, url: data.html_url, action: 'created' };
}
/** Id of the newest comment that carries the marker and was written by the token's identity, or undefined. */
async function findNewestMarkedComment(client, request) {
    const login = await (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .authenticatedLogin */ .PH)(client);
    let newest;
    const pages = client.paginate.iterator(client.rest.issues.listComments, {
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        per_page: 100
    });
    for await (const page of pages) {
        for (const comment of page.data) {
            // Comments come oldest first; keep overwriting so the newest marked one wins.
            if ((0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .writtenBy */ .xO)(comment.user, login) && (0,_marker_js__WEBPACK_IMPORTED_MODULE_3__/* .hasMarker */ .xY)(comment.body, request.marker))
                newest = comment.id;
        }
    }
    return newest;
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
