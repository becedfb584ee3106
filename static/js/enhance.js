// Enhancements only: every page works without this file.
(function () {
    "use strict";
    document.documentElement.classList.remove("no-js");
    document.documentElement.classList.add("js");

    // Self-checks: mark the chosen option right or wrong and open the explanation.
    document.querySelectorAll("[data-self-check]").forEach(function (check) {
        check.addEventListener("change", function (event) {
            var input = event.target;
            check.querySelectorAll(".choice").forEach(function (choice) {
                choice.classList.remove("choice--right", "choice--wrong");
            });
            var right = input.hasAttribute("data-correct");
            input.closest(".choice").classList.add(right ? "choice--right" : "choice--wrong");
            var verdict = check.querySelector(".self-check__verdict");
            if (verdict) { verdict.textContent = verdict.getAttribute(right ? "data-right" : "data-wrong"); }
            // The explanation opens once the right answer is found; a wrong one invites another try.
            var answer = check.querySelector("details");
            if (answer && right) { answer.open = true; }
        });
    });

    // After a form comes back with errors, take keyboard and screen-reader users to the summary.
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }

    // Print buttons (shown only when this script runs).
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });

    // Questionnaires save a draft as the person goes (the "Save" button does it without JS).
    document.querySelectorAll("form[data-autosave]").forEach(function (form) {
        var status = form.querySelector("[data-autosave-status]");
        var timer = null;
        function save() {
            var data = new FormData(form);
            data.append("save", "1");
            fetch(form.action || window.location.href, {
                method: "POST", body: data, credentials: "same-origin", headers: { "X-Autosave": "1" }
            }).then(function (response) {
                if (!status) { return; }
                if (response.status === 204) {
                    status.textContent = status.getAttribute("data-saved") || "Saved";
                } else if (response.status === 409) {
                    window.location.reload();
                }
            }).catch(function () { /* offline: the Save button still works */ });
        }
        form.addEventListener("change", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(save, 600);
        });
    });

    // Forms that must not be sent twice: disable the button after the first submission.
    document.querySelectorAll("form[data-submit-once]").forEach(function (form) {
        form.addEventListener("submit", function () {
            form.querySelectorAll("button[type=submit]").forEach(function (button) { button.disabled = true; });
        });
    });
})();
