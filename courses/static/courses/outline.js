/* The course outline beside a lesson: open on a wide screen, folded on a phone
   (its <details> is open in the HTML, so that without JavaScript it shows). */
(function () {
  "use strict";
  var outline = document.querySelector("[data-course-outline]");
  if (outline && window.matchMedia("(max-width: 59.99rem)").matches) {
    outline.open = false;
  }
})();
