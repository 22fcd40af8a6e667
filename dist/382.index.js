export const id = 382;
export const ids = [382];
export const modules = {

/***/ 89382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   syncDriftIssue: () => (/* binding */ syncDriftIssue)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14329);
/**
 * One open drift issue per root module and environment, found by its hidden marker (titles get edited
 * by people; markers do not): opened when drift appears, kept current while it lasts, and closed with a
 * comment once the infrastructure matches the code again.
 */



const ISSUES_WRITE = { permission: 'issues: write' };
const ISSUES_READ = { permission: 'issues: read' };
/** Brings the drift issue in line with the latest check. Throws GitHubApiError when GitHub refuses. */
async function syncDriftIssue(client, request) {
    (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .assertMarker */ .b$)(request.marker);
    const body = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)(request.body, request.marker);
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
/** The oldest open issue with the label and the marker (pull requests, which GitHub lists too, are skipped). */
async function findOpenDriftIssue(client, request) {
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
            if (issue.pull_request || !(0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(issue.body, request.marker))
                continue;
            if (!found || issue.number < found.number) {
                found = { number: issue.number, title: issue.title, body: issue.body ?? '', url: issue.html_url };
            }
        }
    }
    return found;
}


/***/ }),

/***/ 14329:
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
