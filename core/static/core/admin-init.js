/*
 * Starts the parts of Wagtail's editing area that Wagtail starts with inline
 * scripts (inline panels, date and time pickers, choosers). The site's Content Security
 * Policy refuses inline scripts, so the templates in lms/templates/wagtailadmin
 * leave a marker element with the same options instead, and this file, served
 * from the site itself, starts each marker once: those in the page, and those
 * added later (a new inline panel child, a modal's content).
 */
(function () {
  "use strict";

  var starters = {
    "inline-panel": function (el) {
      return new window.InlinePanel(JSON.parse(el.dataset.options));
    },
    "multiple-chooser-panel": function (el) {
      return new window.MultipleChooserPanel(JSON.parse(el.dataset.options));
    },
    date: function (el) {
      window.initDateChooser(el.dataset.id, JSON.parse(el.dataset.config));
    },
    time: function (el) {
      window.initTimeChooser(el.dataset.id, JSON.parse(el.dataset.config));
    },
    datetime: function (el) {
      window.initDateTimeChooser(el.dataset.id, JSON.parse(el.dataset.config));
    },
    // PageChooser, SnippetChooser, ImageChooser, DocumentChooser, TaskChooser...:
    // only a global whose name ends in "Chooser" is started.
    chooser: function (el) {
      var name = el.dataset.constructor;
      if (!/^[A-Za-z]+Chooser$/.test(name) || typeof window[name] !== "function") return;
      return new window[name](el.dataset.id, JSON.parse(el.dataset.options));
    },
    "task-chooser": function (el) {
      window.createTaskChooser(el.dataset.id);
    },
  };

  function start(root) {
    if (!root.querySelectorAll) return;
    var markers = root.querySelectorAll("[data-csp-init]:not([data-csp-started])");
    if (root.matches && root.matches("[data-csp-init]:not([data-csp-started])")) {
      markers = [root].concat(Array.prototype.slice.call(markers));
    }
    Array.prototype.forEach.call(markers, function (el) {
      el.setAttribute("data-csp-started", "");
      var starter = starters[el.getAttribute("data-csp-init")];
      if (starter) starter(el);
    });
  }

  function watch() {
    start(document);
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(start);
      });
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
