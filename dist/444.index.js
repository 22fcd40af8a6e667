export const id = 444;
export const ids = [444];
export const modules = {

/***/ 1444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runValidate: () => (/* binding */ runValidate)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Fails: this mode is not available in this version. */
async function runValidate(_inputs) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz("mode 'validate' is not available in this version");
}


/***/ })

};
