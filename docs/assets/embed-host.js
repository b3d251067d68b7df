/* Second Round embed helper, for the site that shows our pages in an iframe.
 *
 *   <iframe data-second-round src="https://…/?embed=1" title="…"></iframe>
 *   <script src="https://…/assets/embed-host.js" async></script>
 *
 * Each embedded page reports its height with postMessage; this script sets
 * the height of the iframe it came from, so the frame has no scrollbar of its
 * own. Messages are accepted only from the frame's own window and origin.
 * No dependencies, no globals; works for any number of frames on the page.
 */
(function () {
  "use strict";
  var SELECTOR = "iframe[data-second-round]";

  function originOf(frame) {
    return new URL(frame.src, location.href).origin;
  }

  // A frame may have reported before this script arrived (it loads async):
  // ask every frame to report again now, and after each page load inside it.
  function ask(frame) {
    if (frame.contentWindow) {
      frame.contentWindow.postMessage({ source: "second-round", type: "measure", version: 1 },
        originOf(frame));
    }
  }
  var frames = document.querySelectorAll(SELECTOR);
  for (var f = 0; f < frames.length; f += 1) {
    frames[f].addEventListener("load", ask.bind(null, frames[f]));
    ask(frames[f]);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.source !== "second-round" || data.type !== "height" || data.version !== 1) {
      return;
    }
    var all = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < all.length; i += 1) {
      var frame = all[i];
      if (frame.contentWindow !== event.source) continue;
      // The frame may have been navigated elsewhere: only its own site may resize it.
      if (originOf(frame) !== event.origin) return;
      var height = Math.ceil(Number(data.height));
      if (height > 0 && height < 100000) frame.style.height = height + "px";
      return;
    }
  });
})();
