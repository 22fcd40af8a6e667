export const id = 645;
export const ids = [645];
export const modules = {

/***/ 66645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   upsertMarkedComment: () => (/* binding */ upsertMarkedComment)
/* harmony export */ });
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27242);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _marker_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(14329);
/**
 * One PR comment per hidden marker: found again on every run and edited in place, so a pull request
 * carries one up-to-date plan report per root module and environment instead of a pile of stale ones.
 */



/**
 * Creates or updates the marked comment. Reads every page of the thread's comments, because the marked
 * one may be old. Older marked comments left by `mode: new` runs are left alone.
 * Throws GitHubApiError when GitHub refuses (e.g. 403 without `pull-requests: write`).
 */
async function upsertMarkedComment(client, request) {
    (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .assertMarker */ .b$)(request.marker);
    const body = (0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)(request.body, request.marker);
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
/** Id of the newest comment that carries the marker, or undefined. */
async function findNewestMarkedComment(client, request) {
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
            if ((0,_marker_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(comment.body, request.marker))
                newest = comment.id;
        }
    }
    return newest;
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
