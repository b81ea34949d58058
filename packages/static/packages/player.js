// A content package in a lesson: switch between its parts, and say where the
// learner stands as the content saves. The content runs in a sandboxed frame
// (an opaque origin) and tells this page through postMessage; only messages
// from this player's own frame are read.
(() => {
  "use strict";

  function statusText(el, data) {
    const parts = [];
    if (data.success === "failed") parts.push(el.dataset.textFailed);
    else if (data.completion === "completed") parts.push(el.dataset.textCompleted);
    else if (data.completion === "incomplete") parts.push(el.dataset.textIncomplete);
    else parts.push(el.dataset.textUnknown);
    if (typeof data.score === "number" && Number.isFinite(data.score)) {
      parts.push(el.dataset.textScore.replace("%(score)s", String(Math.round(data.score * 100))).replace("%%", "%"));
    }
    return parts.join(" · ");
  }

  // The message comes from the package's own window, which the package's code
  // could also write to: the lesson is shown as done only once the site says so.
  async function confirmLessonDone(status) {
    try {
      const response = await fetch(window.location.href, { credentials: "same-origin" });
      if (!response.ok) return;
      const page = new DOMParser().parseFromString(await response.text(), "text/html");
      if (!page.querySelector("[data-lesson-done]")) return;
    } catch (error) {
      return;
    }
    const finish = document.querySelector("[data-lesson-finish]");
    const pending = document.querySelector("[data-lesson-pending]");
    if (finish) finish.hidden = false;
    if (pending) pending.hidden = true;
    if (!status.textContent.includes(status.dataset.textDone)) {
      status.textContent = `${status.textContent} · ${status.dataset.textDone}`;
    }
  }

  function start(player) {
    if (player.dataset.packageReady) return;
    player.dataset.packageReady = "1";
    const frame = player.querySelector("[data-package-frame]");
    const status = player.querySelector("[data-package-status]");
    if (!frame || !status) return;
    player.querySelectorAll("[data-package-launch]").forEach((button) => {
      button.addEventListener("click", () => {
        player.querySelectorAll("[data-package-launch]").forEach((other) => other.removeAttribute("aria-current"));
        button.setAttribute("aria-current", "true");
        frame.src = button.dataset.packageLaunch;
        frame.focus();
      });
    });
    window.addEventListener("message", (event) => {
      if (event.source !== frame.contentWindow) return;
      const data = event.data;
      if (!data || typeof data !== "object") return;
      if (data.type === "hea-package-height") {
        // The content says how tall it is: the frame follows, within bounds.
        const height = Number(data.height);
        if (Number.isFinite(height)) frame.style.height = `${Math.min(Math.max(height, 320), 4000)}px`;
        return;
      }
      if (data.type !== "hea-package") return;
      if (data.ok === false) {
        status.textContent = status.dataset.textError;
        return;
      }
      status.textContent = statusText(status, data);
      if (data.lessonDone) confirmLessonDone(status);
    });
  }

  document.querySelectorAll("[data-package-player]").forEach(start);
})();
