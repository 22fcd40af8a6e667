export const id = 158;
export const ids = [158];
export const modules = {

/***/ 1158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runSafetyGate: () => (/* binding */ runSafetyGate)
/* harmony export */ });
async function runSafetyGate(_inputs) {
    throw new Error('todo');
}


/***/ })

};
