// The search box of every page: type and field names from search-index.js, matched as you type, best first.
(function () {
  var input = document.getElementById('search');
  var list = document.getElementById('search-results');
  var root = document.body.getAttribute('data-root') || '';
  var entries = window.DOMAINKIT_SEARCH || [];

  function rank(name, query) {
    var lower = name.toLowerCase();
    var last = lower.substring(lower.lastIndexOf('.') + 1);
    if (lower === query || last === query) return 0;
    if (lower.indexOf(query) === 0 || last.indexOf(query) === 0) return 1;
    return lower.indexOf(query) >= 0 ? 2 : -1;
  }

  function show() {
    var query = input.value.trim().toLowerCase();
    list.textContent = '';
    if (query.length === 0) { list.hidden = true; return; }
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var r = rank(entries[i].name, query);
      if (r >= 0) found.push({ entry: entries[i], rank: r });
    }
    found.sort(function (a, b) { return a.rank - b.rank || a.entry.name.length - b.entry.name.length || (a.entry.name < b.entry.name ? -1 : 1); });
    found.slice(0, 30).forEach(function (f) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = root + f.entry.url;
      link.textContent = f.entry.name;
      var kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = f.entry.kind;
      link.appendChild(kind);
      item.appendChild(link);
      list.appendChild(item);
    });
    if (found.length === 0) {
      var none = document.createElement('li');
      none.className = 'muted';
      none.textContent = ' No type or field matches.';
      list.appendChild(none);
    }
    list.hidden = false;
  }

  input.addEventListener('input', show);
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter') { var first = list.querySelector('a'); if (first) window.location.href = first.href; }
    if (e.key === 'Escape') { input.value = ''; show(); }
  });
})();
