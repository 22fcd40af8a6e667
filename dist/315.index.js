export const id = 315;
export const ids = [315];
export const modules = {

/***/ 4315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findPullRequestForCommit: () => (/* binding */ findPullRequestForCommit),
/* harmony export */   listReviews: () => (/* binding */ listReviews)
/* harmony export */ });
const PULLS_READ = { permission: 'pull-requests: read' };
/**
 * The pull request that brought `sha` in: the merged one into the default branch when there is one,
 * else any merged one, else the first listed; undefined when the commit belongs to no pull request.
 */
async function findPullRequestForCommit(client, owner, repo, sha) {
    const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({
        owner,
        repo,
        commit_sha: sha,
        per_page: 100,
        request: PULLS_READ
    });
    const merged = data.filter(pull => pull.merged_at !== null);
    const pick = merged.find(pull => pull.base.ref === pull.base.repo.default_branch) ??
        merged[0] ??
        (data.length > 0 ? data[0] : undefined);
    if (!pick)
        return undefined;
    return {
        number: pick.number,
        author: pick.user?.login ?? '',
        merged: pick.merged_at !== null,
        baseRef: pick.base.ref,
        url: pick.html_url
    };
}
/** The pull request's author and its reviews, oldest first (the gate's approvals check reduces them). */
async function listReviews(client, owner, repo, pullNumber) {
    const { data: pull } = await client.rest.pulls.get({
        owner,
        repo,
        pull_number: pullNumber,
        request: PULLS_READ
    });
    const reviews = await client.paginate(client.rest.pulls.listReviews, {
        owner,
        repo,
        pull_number: pullNumber,
        per_page: 100,
        request: PULLS_READ
    });
    return {
        author: pull.user?.login ?? '',
        reviews: reviews.map(review => ({
            user: review.user?.login ?? '',
            state: review.state,
            submittedAt: review.submitted_at ?? undefined
        }))
    };
}


/***/ })

};
