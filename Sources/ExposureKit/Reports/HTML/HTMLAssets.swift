/// The report's only style sheet and script, inline so the file works offline; the page's
/// Content-Security-Policy allows exactly these two by their SHA-256.
enum HTMLAssets {
    static let style = """
    :root{--used:#b42318;--excluded:#1a7f37;--unknown:#b7791f;--none:#6b7280;--loc:#c0392b;--pub:#ee8f3a;--priv:#cbd2dc;--ink:#1f2933;--line:#e4e7eb}
    *{box-sizing:border-box}
    body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#f6f7f9}
    main{max-width:1180px;margin:0 auto;padding:24px}
    h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 12px}
    .meta,.note{color:#52606d;font-size:13px}
    section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:16px 0}
    .sentence{font-size:18px;font-weight:600;margin:8px 0 0}
    .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}
    .card{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
    .card b{display:block;font-size:28px}.card span{color:#52606d;font-size:13px}
    .card.alert b{color:var(--loc)}
    .grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
    @media (max-width:900px){.grid2{grid-template-columns:1fr}}
    .grid2 section{margin:0}
    svg{width:100%;height:auto;display:block}
    .land{fill:#dde3ea;stroke:#b8c2cc;stroke-width:.5;vector-effect:non-scaling-stroke}.sea{fill:#f2f6fa}
    .grat{stroke:#c9d3de;stroke-width:.5;fill:none;vector-effect:non-scaling-stroke}
    .pt{fill:#5b7083;fill-opacity:.8;stroke:#fff;stroke-width:1;vector-effect:non-scaling-stroke}.pt.public{fill:var(--loc)}
    .bar-loc{fill:var(--loc)}.bar-pub{fill:var(--pub)}.bar-priv{fill:var(--priv)}
    .axis{stroke:#9aa5b1;stroke-width:1}.lbl{font-size:11px;fill:#52606d}
    .legend{display:flex;gap:14px;font-size:12px;color:#52606d;margin-top:6px;flex-wrap:wrap}
    .key{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px;vertical-align:-1px}
    .key.loc{background:var(--loc)}.key.pub{background:var(--pub)}.key.priv{background:var(--priv)}.key.other{background:#5b7083}
    .badge{display:inline-block;padding:1px 7px;border-radius:10px;font-size:12px;font-weight:600;color:#fff;background:var(--none)}
    .badge.used{background:var(--used)}.badge.excluded{background:var(--excluded)}.badge.unknown{background:var(--unknown)}
    .badge.public{background:var(--loc)}.badge.private{background:#3e4c59}
    ul.plain{margin:0;padding-left:18px}
    code{background:#f0f2f5;padding:1px 4px;border-radius:4px;font-size:13px}
    table{border-collapse:collapse;width:100%;font-size:13px}
    th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
    th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit}
    th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
    td.num{text-align:right;white-space:nowrap}td.date{white-space:nowrap}
    td.path small{display:block;color:#7b8794;overflow:hidden;text-overflow:ellipsis}
    td.thumb img{width:64px;height:64px;object-fit:cover;border-radius:4px;background:#eef0f3}
    .filters{display:flex;gap:10px;flex-wrap:wrap;align-items:center;margin-bottom:10px}
    .filters input[type=search]{min-width:240px;padding:5px 8px}
    .scroll{overflow:auto;max-height:75vh;border:1px solid var(--line);border-radius:6px}
    .scroll:focus-visible{outline:2px solid #3e7bfa;outline-offset:2px}
    #items{table-layout:fixed;min-width:1150px}
    #items thead th{position:sticky;top:0;z-index:1;background:#fff;box-shadow:inset 0 -1px var(--line)}
    #items th:nth-child(1){width:64px}#items th:nth-child(2){width:84px}#items th:nth-child(3){width:100px}
    #items th:nth-child(4){width:96px}#items th:nth-child(5){width:150px}#items th:nth-child(6),#items th:nth-child(7){width:96px}
    #items th:nth-child(8){width:220px}#items th:nth-child(9){width:130px}
    #items tbody td{height:51px;line-height:19px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
    #items.previews tbody td{height:77px}
    #items tbody td.path{font-size:12px;color:#52606d}
    #items tbody tr.spacer td{padding:0;border:0}
    """

    static let script = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("item-data").textContent);
      var items = data.items, lists = data.lists;
      var table = document.getElementById("items"), body = table.tBodies[0];
      var box = document.getElementById("items-scroll");
      var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
      var search = document.getElementById("filter-text");
      var verdict = document.getElementById("filter-verdict");
      var visibility = document.getElementById("filter-visibility");
      var located = document.getElementById("filter-location");
      var shown = document.getElementById("shown");
      var shared = { verdict: 0, visibility: 1, album: 2, export: 3, folder: 4 };
      var fields = { name: 1, posted: 2, location: 3, taken: 4, caption: 5, preview: 6 };
      var beyondScreen = 12;
      var order = ranks(), matches = order, texts = null, rowHeight = 51, drawn = null;

      function ranks() { return items.map(function (item, index) { return index; }); }
      // A field's text, or null: from the item's kind and the list of that name, or a date written as 20240926142810.
      function field(item, key) {
        if (shared.hasOwnProperty(key)) {
          var number = data.kinds[item[0]][shared[key]];
          return number === null ? null : lists[key][number];
        }
        var value = item[fields[key]];
        if (value === null || value === undefined) { return null; }
        if (typeof value !== "number") { return value; }
        var d = String(value);
        return d.slice(0, 4) + "-" + d.slice(4, 6) + "-" + d.slice(6, 8) + "T" + d.slice(8, 10) + ":" + d.slice(10, 12) + ":" + d.slice(12) + "Z";
      }
      function path(item) { return field(item, "folder") + item[fields.name]; }
      function text(item) {
        return [field(item, "caption") || "", field(item, "album") || "", field(item, "export"), path(item)].join("\\n").toLowerCase();
      }
      function count(n) { return n.toLocaleString("en-US"); }

      function cell(row, className, content) {
        var td = row.insertCell();
        if (className) { td.className = className; }
        if (content) { td.textContent = content; }
        return td;
      }
      function titled(row, className, content) {
        var td = cell(row, className, content);
        if (content) { td.title = content; }
        return td;
      }
      function badge(td, kind, label) {
        var span = document.createElement("span");
        span.className = "badge " + kind;
        span.textContent = label;
        td.appendChild(span);
      }
      function dateCell(row, iso) {
        var td = cell(row, "date", iso ? iso.slice(0, 10) : "");
        if (iso) { td.title = iso; }
      }
      function rowFor(index, position) {
        var item = items[index], row = document.createElement("tr");
        var verdict = field(item, "verdict"), audience = field(item, "visibility");
        row.dataset.verdict = verdict || "none";
        row.dataset.visibility = audience;
        row.dataset.location = field(item, "location") ? "1" : "0";
        row.setAttribute("aria-rowindex", String(position + 2));
        cell(row, "num", String(index + 1));
        var preview = cell(row, "thumb");
        if (field(item, "preview")) {
          var image = document.createElement("img");
          image.alt = "";
          image.src = field(item, "preview");
          preview.appendChild(image);
        }
        badge(cell(row), verdict || "none", verdict || "\\u2014");
        badge(cell(row), audience, audience);
        cell(row, "date", field(item, "location"));
        dateCell(row, field(item, "posted"));
        dateCell(row, field(item, "taken"));
        titled(row, "cap", field(item, "caption"));
        titled(row, "", field(item, "album"));
        var where = cell(row, "path"), export_ = document.createElement("small");
        export_.textContent = field(item, "export");
        where.appendChild(export_);
        where.appendChild(document.createTextNode(path(item)));
        where.title = path(item);
        return row;
      }
      function spacer(height) {
        var row = document.createElement("tr");
        row.className = "spacer";
        row.setAttribute("aria-hidden", "true");
        var td = row.insertCell();
        td.colSpan = headers.length;
        td.style.height = height + "px";
        return row;
      }
      // Draws the rows on screen and a few beyond, between two empty rows as tall as the rest.
      function draw(force) {
        var top = Math.max(0, box.scrollTop - table.tHead.offsetHeight);
        var first = Math.max(0, Math.floor(top / rowHeight) - beyondScreen);
        var last = Math.min(matches.length, Math.ceil((top + box.clientHeight) / rowHeight) + beyondScreen);
        if (!force && drawn && drawn[0] === first && drawn[1] === last) { return; }
        drawn = [first, last];
        var rows = document.createDocumentFragment();
        rows.appendChild(spacer(first * rowHeight));
        for (var position = first; position < last; position += 1) { rows.appendChild(rowFor(matches[position], position)); }
        rows.appendChild(spacer((matches.length - last) * rowHeight));
        body.replaceChildren(rows);
      }
      function measure() {
        var row = body.rows[1];
        var height = row && row.className !== "spacer" ? row.getBoundingClientRect().height : 0;
        if (height > 0 && Math.abs(height - rowHeight) > 0.5) {
          rowHeight = height;
          draw(true);
        }
      }
      function apply() {
        var query = search.value.trim().toLowerCase();
        var wanted = verdict.value, audience = visibility.value, withLocation = located.checked;
        if (query && !texts) { texts = items.map(text); }
        matches = !(query || wanted || audience || withLocation) ? order : order.filter(function (index) {
          var item = items[index];
          return (!query || texts[index].indexOf(query) >= 0) && (!wanted || (field(item, "verdict") || "none") === wanted) &&
            (!audience || field(item, "visibility") === audience) && (!withLocation || field(item, "location") !== null);
        });
        table.setAttribute("aria-rowcount", String(matches.length + 1));
        shown.textContent = "Showing " + count(matches.length) + " of " + count(items.length) + " items";
        box.scrollTop = 0;
        draw(true);
      }
      function sortBy(header) {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var key = header.dataset.key;
        var keys = key === "rank" ? null : items.map(function (item) {
          var value = key === "path" ? field(item, "export") + " " + path(item) : field(item, key);
          return value ? value.toLowerCase() : null;
        });
        order = ranks();
        order.sort(function (a, b) {
          var x = keys ? keys[a] : a, y = keys ? keys[b] : b;
          if (x === null || y === null) { return x === y ? a - b : x === null ? 1 : -1; }
          var by = x < y ? -1 : x > y ? 1 : 0;
          return (ascending ? by : -by) || a - b;
        });
        apply();
      }

      headers.forEach(function (header) {
        var button = header.querySelector("button");
        if (button) { button.addEventListener("click", function () { sortBy(header); }); }
      });
      search.addEventListener("input", apply);
      [verdict, visibility, located].forEach(function (control) { control.addEventListener("change", apply); });
      box.addEventListener("scroll", function () { draw(false); }, { passive: true });
      window.addEventListener("resize", function () { draw(false); });
      if (items.some(function (item) { return field(item, "preview"); })) { table.classList.add("previews"); }
      apply();
      measure();
      performance.mark("exposure-table-drawn");
      setTimeout(function () { if (!texts) { texts = items.map(text); } }, 0);
    })();
    """
}
