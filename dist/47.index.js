export const id = 47;
export const ids = [47];
export const modules = {

/***/ 2047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDrift: () => (/* binding */ runDrift)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Fails: this mode is not available in this version. */
async function runDrift(_inputs) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("mode 'drift' is not available in this version");
}


/***/ })

};
