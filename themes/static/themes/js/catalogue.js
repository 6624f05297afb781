/* Offer catalogue: open the filter panel on wide screens (it starts closed so phones see results first). */
(function () {
  "use strict";
  var panel = document.querySelector("[data-filters-panel]");
  if (panel && window.matchMedia && window.matchMedia("(min-width: 62rem)").matches) {
    panel.open = true;
  }
})();
