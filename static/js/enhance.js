// Enhancements only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.remove("no-js");
    document.documentElement.classList.add("js");
    // The language switcher changes language as soon as a language is chosen.
    document.querySelectorAll("form[data-autosubmit] select").forEach(function (select) {
        select.addEventListener("change", function () { select.form.submit(); });
    });
})();
