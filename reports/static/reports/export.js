/* Export page: follow the background export and offer the file when it is ready.
   Without JavaScript the page refreshes itself every few seconds instead. */
(function () {
  "use strict";
  var box = document.querySelector("[data-export-status]");
  if (!box) return;
  var bar = box.querySelector("[data-export-bar]");
  var message = box.querySelector("[data-export-message]");
  var link = box.querySelector("[data-export-download]");
  function poll() {
    fetch(box.dataset.exportStatus, { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        bar.value = data.percent;
        bar.textContent = data.percent + "%";
        if (data.status === "ready") {
          link.hidden = false;
          message.textContent = link.textContent + ": " + data.rows_written;
          return;
        }
        if (data.status === "failed" || data.status === "expired") {
          window.location.reload();
          return;
        }
        setTimeout(poll, 2000);
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  if (link.hidden) poll();
})();
