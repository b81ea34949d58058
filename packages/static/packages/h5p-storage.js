/* Web storage for H5P in a sandboxed frame.

   The player's frame has an opaque origin (its sandbox has no allow-same-origin,
   so nothing in a package can reach the site), and in such a document merely
   reading window.localStorage, sessionStorage or document.cookie throws. H5P's
   core reads localStorage when it starts (its queue of unsent results, the
   clipboard, an anonymous learner id), so without this it stops halfway.
   Where reading them throws, they are replaced by stores that live as long as
   the page: the learner's state is kept by the site, not in the browser.

   Loaded first in the player's page, before the player. */
(function () {
  "use strict";

  function MemoryStorage() {
    var items = {};
    var storage = {
      getItem: function (key) {
        key = String(key);
        return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null;
      },
      setItem: function (key, value) { items[String(key)] = String(value); },
      removeItem: function (key) { delete items[String(key)]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; }
    };
    Object.defineProperty(storage, "length", {
      get: function () { return Object.keys(items).length; }
    });
    return storage;
  }

  function replaceIfRefused(target, name, replacement) {
    try {
      void target[name];
    } catch (error) {
      Object.defineProperty(target, name, replacement);
    }
  }

  replaceIfRefused(window, "localStorage", { value: MemoryStorage(), configurable: true });
  replaceIfRefused(window, "sessionStorage", { value: MemoryStorage(), configurable: true });
  replaceIfRefused(document, "cookie", {
    get: function () { return ""; },
    set: function () {},
    configurable: true
  });
})();
