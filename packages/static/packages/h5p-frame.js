/* The H5P player frame: starts the H5P player (h5p-standalone) on one
   activity, keeps the learner's state and reports results.

   It runs in the lesson's sandboxed frame, at
   /packages/play/<token>/__hea__/player.html, after __hea__/state.js has set
   window.HEA_PACKAGE (packages/selectors.py, runtime_config):
     kind         "h5p"
     id           the activity's public id, H5P's content id
     h5pJsonPath  /packages/play/<token>: h5p.json, content/ and the libraries
     frameJs, frameCss  the player's own files, under __hea__/h5p/
     state        the state saved last time (JSON text), or null
     stateUrl     where the state is posted: {"data": "<JSON text>"}
     xapiUrl      where results are posted: {"statement": {verb, score, success, completion}}
     preview      an author's preview: the server keeps nothing
   The frame's origin is opaque: its requests carry no cookie, the token in the
   address is their only credential, and they are plain-text POSTs so that no
   CORS preflight is needed.

   The content is always embedded in this page ("div"), even content that asks
   for a frame of its own: this page is that frame. H5P's own inner frame could
   not work here, as a sandboxed page's inner frame gets an origin of its own
   that the player may not write into.

   To the lesson page (packages/static/packages/player.js) it posts
   {type: "hea-package", completion, success, score, lessonDone} after each
   result, and {type: "hea-package-height", height} when its height changes. */
(function () {
  "use strict";
  var config = window.HEA_PACKAGE;
  var container = document.getElementById("h5p-container");
  var notice = document.getElementById("h5p-notice");
  if (!config || config.kind !== "h5p" || !container) return;

  var SAVE_SECONDS = 30;
  var VERBS = ["answered", "completed", "passed", "failed"];
  var EXTENSION = "http://h5p.org/x-api/";
  var saved = config.state || "";

  function send(url, body, leaving) {
    return fetch(url, {
      method: "POST",
      credentials: "omit",
      keepalive: Boolean(leaving),
      headers: { "Content-Type": "text/plain;charset=UTF-8" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json();
    }).catch(function () {
      return { ok: false }; // offline, or an answer that is not JSON
    });
  }

  function tell(message) {
    window.parent.postMessage(message, window.location.origin);
  }

  function currentState() {
    var instances = (window.H5P && window.H5P.instances) || [];
    for (var i = 0; i < instances.length; i++) {
      var instance = instances[i];
      if (String(instance.contentId) === String(config.id) &&
          typeof instance.getCurrentState === "function") {
        var state = instance.getCurrentState();
        return state === undefined ? null : JSON.stringify(state);
      }
    }
    return null;
  }

  function saveState(leaving) {
    var state;
    try {
      state = currentState();
    } catch (error) {
      return; // the content's own code failed: keep what was saved before
    }
    if (state === null || state === saved) return;
    saved = state;
    send(config.stateUrl, { data: state }, leaving);
  }

  // What the server needs of a statement: only the main content's results
  // (a question inside a question set reports as sub-content, with a parent).
  function summary(statement) {
    var verb = ((statement.verb && statement.verb.id) || "").split("/").pop();
    if (VERBS.indexOf(verb) < 0 || !statement.result) return null;
    var context = statement.context && statement.context.contextActivities;
    if (context && context.parent) return null;
    var definition = (statement.object && statement.object.definition) || {};
    var extensions = definition.extensions || {};
    if (extensions[EXTENSION + "h5p-subContentId"]) return null;
    if (String(extensions[EXTENSION + "h5p-local-content-id"]) !== String(config.id)) return null;
    var result = statement.result;
    var score = result.score || null;
    return {
      verb: verb,
      score: score && { raw: score.raw, max: score.max, scaled: score.scaled },
      success: typeof result.success === "boolean" ? result.success : null,
      completion: typeof result.completion === "boolean" ? result.completion : null
    };
  }

  function onStatement(event) {
    var found = summary((event.data && event.data.statement) || {});
    if (!found) return;
    saveState(false);
    send(config.xapiUrl, { statement: found }, false).then(function (answer) {
      if (answer.preview) return;
      tell({
        type: "hea-package",
        ok: answer.ok === true,
        completion: answer.completion,
        success: answer.success,
        score: answer.score,
        lessonDone: answer.lessonDone
      });
    });
  }

  var height = 0;
  function tellHeight() {
    var now = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (now === height) return;
    height = now;
    tell({ type: "hea-package-height", height: now });
  }

  var options = {
    id: String(config.id),
    h5pJsonPath: config.h5pJsonPath,
    frameJs: config.frameJs,
    frameCss: config.frameCss,
    embedType: "div",
    saveFreq: SAVE_SECONDS,
    reportingIsEnabled: true,
    frame: false,
    copyright: false,
    export: false,
    embed: false,
    icon: false,
    fullScreen: false
  };
  // H5P reads saved data by sub-content (0, the content itself) and kind.
  if (saved) options.contentUserData = [{ state: saved }];

  new window.H5PStandalone.H5P(container, options).then(function () {
    notice.hidden = true;
    window.H5P.externalDispatcher.on("xAPI", onStatement);
    window.setInterval(function () { saveState(false); }, SAVE_SECONDS * 1000);
  }).catch(function () {
    notice.textContent = notice.dataset.failed;
    notice.hidden = false;
  });
  if (window.ResizeObserver) new ResizeObserver(tellHeight).observe(document.body);
  tellHeight();
  window.addEventListener("pagehide", function () { saveState(true); });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") saveState(true);
  });
})();
