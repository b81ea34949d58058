/* Attempt page: save each answer as it changes, and count down the time limit.
   Questions and options are named by this attempt's random tokens, sent as they are.
   Without JavaScript the page still works: "Save and finish later" and
   "Submit answers" post the whole form, and the server enforces the deadline. */
(function () {
  "use strict";
  var form = document.getElementById("attempt-form");
  if (!form) return;
  var csrf = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var base = form.dataset.autosave;

  function answerOf(fieldset) {
    var id = fieldset.dataset.question;
    var kind = fieldset.dataset.kind;
    var ranked = kind === "ordering" || fieldset.dataset.mode === "rank";
    if (ranked) {
      var rows = Array.prototype.slice.call(fieldset.querySelectorAll("select"));
      var places = rows.map(function (select) { return select.value; });
      if (places.some(function (value) { return !value; })) return null;
      if (new Set(places).size !== places.length) return null;
      var order = rows.slice().sort(function (a, b) { return Number(a.value) - Number(b.value); });
      return { order: order.map(function (select) { return select.dataset.option; }) };
    }
    if (kind === "multiple_select") {
      var boxes = fieldset.querySelectorAll("input[type=checkbox]:checked");
      return { choices: Array.prototype.map.call(boxes, function (box) { return box.value; }) };
    }
    if (kind === "short_answer") {
      var text = fieldset.querySelector("input[type=text]").value;
      return text.trim() ? { text: text } : null;
    }
    var picked = fieldset.querySelector("input[type=radio]:checked");
    if (!picked) return null;
    return kind === "likert" ? { rating: Number(picked.value) } : { choice: picked.value };
  }

  function save(fieldset) {
    var answer = answerOf(fieldset);
    var status = fieldset.querySelector("[data-status]");
    if (answer === null) return;
    fetch(base + fieldset.dataset.question + "/", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf },
      body: JSON.stringify({ answer: answer })
    }).then(function (response) {
      if (response.status === 409) {
        return response.json().then(function (data) { window.location.assign(data.result); });
      }
      status.textContent = response.ok ? form.dataset.msgSaved : form.dataset.msgFailed;
    }).catch(function () {
      status.textContent = form.dataset.msgFailed;
    });
  }

  // "x of n answered", kept up to date as the learner answers; a polite live
  // region, so screen readers hear it between other things.
  var counter = form.querySelector("[data-answered-counter]");
  var questions = Array.prototype.slice.call(form.querySelectorAll("fieldset[data-question]"));
  function isAnswered(fieldset) {
    var answer = answerOf(fieldset);
    if (answer === null) return false;
    return !(answer.choices && answer.choices.length === 0);
  }
  function unanswered() {
    return questions.filter(function (fieldset) { return !isAnswered(fieldset); }).length;
  }
  var lastCount = null;
  function count() {
    if (!counter) return;
    var answered = questions.length - unanswered();
    if (answered === lastCount) return;
    lastCount = answered;
    counter.textContent = counter.dataset.msgAnswered
      .replace("%(answered)s", answered).replace("%(total)s", questions.length);
  }
  lastCount = questions.length - unanswered();

  var timers = {};
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset[data-question]");
    if (fieldset) save(fieldset);
    count();
  });
  form.addEventListener("input", function (event) {
    if (event.target.type !== "text") return;
    var fieldset = event.target.closest("fieldset[data-question]");
    count();
    clearTimeout(timers[fieldset.dataset.question]);
    timers[fieldset.dataset.question] = setTimeout(function () { save(fieldset); }, 800);
  });

  // Submitting with questions unanswered asks first, in a dialog. Going back
  // closes it and uses up nothing; "Submit anyway" confirms. (Without
  // JavaScript the server asks on a page of its own.)
  var confirmField = form.querySelector("[data-confirm]");
  var dialog = document.getElementById("confirm-submit");
  function confirmAndSubmit(submitter) {
    confirmField.value = "1";
    if (form.requestSubmit) form.requestSubmit(submitter); else submitter.click();
  }
  if (dialog && dialog.showModal && confirmField) {
    var submitButton = form.querySelector("[data-submit]");
    form.addEventListener("submit", function (event) {
      if (event.submitter !== submitButton || confirmField.value) return;
      var missing = unanswered();
      if (!missing) return;
      event.preventDefault();
      dialog.querySelector("[data-confirm-text]").textContent = dialog.dataset.msgUnanswered
        .replace("%(unanswered)s", missing).replace("%(total)s", questions.length);
      dialog.showModal();
    });
    dialog.querySelector("[data-confirm-back]").addEventListener("click", function () {
      dialog.close();
      var first = questions.filter(function (fieldset) { return !isAnswered(fieldset); })[0];
      var field = first && first.querySelector("input, select");
      if (field) field.focus();
    });
    dialog.querySelector("[data-confirm-submit]").addEventListener("click", function () {
      dialog.close();
      confirmAndSubmit(submitButton);
    });
  }

  // The countdown. The visible clock updates every second; screen readers hear
  // only a few announcements (5 minutes, 1 minute, 30 seconds, time up).
  var timer = document.querySelector(".timer");
  if (!timer) return;
  var clock = timer.querySelector("[data-timer]");
  var announce = timer.querySelector("[data-timer-announce]");
  var deadline = Date.now() + Number(timer.dataset.secondsLeft) * 1000;
  var said = {};
  function say(key, text) {
    if (said[key]) return;
    said[key] = true;
    announce.textContent = text;
  }
  function tick() {
    var left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
    var minutes = Math.floor(left / 60);
    var seconds = left % 60;
    clock.textContent = minutes + ":" + (seconds < 10 ? "0" : "") + seconds;
    if (left <= 300 && left > 60) say("5m", form.dataset.msgFiveMinutes);
    if (left <= 60 && left > 30) say("1m", form.dataset.msgOneMinute);
    if (left <= 30 && left > 0) say("30s", form.dataset.msgThirtySeconds);
    if (left === 0) {
      say("up", form.dataset.msgExpired);
      clearInterval(interval);
      // Time is up: submitted as the answers stand, without asking.
      if (dialog && dialog.open) dialog.close();
      if (confirmField) confirmField.value = "1";
      var submit = form.querySelector("[data-submit]");
      if (form.requestSubmit) form.requestSubmit(submit); else submit.click();
    }
  }
  var interval = setInterval(tick, 1000);
  tick();
})();
