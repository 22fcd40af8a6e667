export const id = 938;
export const ids = [938];
export const modules = {

/***/ 7938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runPostDeploy: () => (/* binding */ runPostDeploy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Fails: this mode is not available in this version. */
async function runPostDeploy(_inputs) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("mode 'post-deploy' is not available in this version");
}


/***/ })

};
