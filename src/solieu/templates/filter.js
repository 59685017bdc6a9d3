(function () {
  // The filter box: hides the datasets whose names, titles, descriptions and places do
  // not have a word starting with each word typed (accents, case and punctuation
  // ignored: "son la" finds "Sơn La"). Without JavaScript the box stays hidden and every
  // dataset is shown.
  var box = document.getElementById("filter-box");
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var sections = Array.prototype.slice.call(document.querySelectorAll("section.dataset"));
  function fold(s) {
    var folded = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d");
    return " " + folded.toLowerCase().replace(/[^a-z0-9]+/g, " ");
  }
  var texts = sections.map(function (s) { return fold(s.getAttribute("data-search") || ""); });
  function apply() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    sections.forEach(function (s, i) {
      var hit = words.every(function (w) { return texts[i].indexOf(" " + w) !== -1; });
      s.hidden = !hit;
      if (hit) { shown += 1; }
    });
    count.textContent = shown + " / " + sections.length;
  }
  input.addEventListener("input", apply);
  box.hidden = false;
  apply();
})();
