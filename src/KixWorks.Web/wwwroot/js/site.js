// KixWorks: small progressive enhancements. Everything works without this file.
(function () {
  "use strict";

  // After a failed POST, move focus to the error summary so a screen reader reads it first.
  var summary = document.getElementById("foutmeldingen");
  if (summary) summary.focus();

  // Print buttons (e.g. "Mijn plan"): hidden until this script can make them work (the CSP forbids inline onclick).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  // Session time-out warning: the sign-in cookie expires after 30 idle minutes. Five minutes before,
  // offer to stay signed in (a GET that renews the sliding cookie), so nobody loses a half-filled form.
  if (document.body.dataset.signedIn !== "true") return;
  var dialog = document.getElementById("sessie-verloopt");
  if (!dialog || typeof dialog.showModal !== "function") return;
  var idleMs = 30 * 60 * 1000, warnMs = 25 * 60 * 1000;
  var warnTimer, endTimer;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(endTimer);
    warnTimer = setTimeout(function () { if (!dialog.open) dialog.showModal(); }, warnMs);
    endTimer = setTimeout(function () { window.location.assign("/account/login?ReturnUrl=" + encodeURIComponent(location.pathname)); }, idleMs);
  }

  dialog.querySelector("[data-stay-signed-in]").addEventListener("click", function () {
    fetch("/account/keep-alive", { credentials: "same-origin", cache: "no-store" }).then(function (response) {
      dialog.close();
      if (response.ok) schedule();
      else window.location.reload();
    });
  });
  schedule();
})();
