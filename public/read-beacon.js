// Counts one read of the article this page shows, once the page is shown to a person
// (components/article/read-beacon.tsx renders the tag). Prerendered pages count when seen.
(function () {
  var script = document.currentScript;
  var id = script && script.getAttribute("data-article-id");
  if (!id || !navigator.sendBeacon) return;
  var send = function () {
    navigator.sendBeacon("/api/reads", id);
  };
  if (document.prerendering) document.addEventListener("prerenderingchange", send, { once: true });
  else send();
})();
