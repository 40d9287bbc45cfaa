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
    td.cap{max-width:260px;overflow-wrap:anywhere}td.path{min-width:220px;max-width:380px;overflow-wrap:anywhere;font-size:12px;color:#52606d}
    td.path small{display:block;color:#7b8794}
    td.thumb img{width:64px;height:64px;object-fit:cover;border-radius:4px;background:#eef0f3}
    .filters{display:flex;gap:10px;flex-wrap:wrap;align-items:center;margin-bottom:10px}
    .filters input[type=search]{min-width:240px;padding:5px 8px}
    .scroll{overflow-x:auto}
    """

    static let script = """
    (function () {
      var table = document.getElementById("items");
      var rows = Array.prototype.slice.call(table.tBodies[0].rows);
      var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
      var search = document.getElementById("filter-text");
      var verdict = document.getElementById("filter-verdict");
      var visibility = document.getElementById("filter-visibility");
      var located = document.getElementById("filter-location");
      var shown = document.getElementById("shown");
      function apply() {
        var query = search.value.trim().toLowerCase();
        var count = 0;
        rows.forEach(function (row, index) {
          var keep = (!query || texts[index].indexOf(query) >= 0) &&
            (!verdict.value || row.dataset.verdict === verdict.value) &&
            (!visibility.value || row.dataset.visibility === visibility.value) &&
            (!located.checked || row.dataset.location === "1");
          row.hidden = !keep;
          if (keep) { count += 1; }
        });
        shown.textContent = "Showing " + count.toLocaleString("en-US") + " of " + rows.length.toLocaleString("en-US") + " items";
      }
      function sortBy(header, column) {
        var ascending = header.getAttribute("aria-sort") !== "ascending";
        var numeric = header.dataset.type === "number";
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.removeAttribute("aria-sort"); });
        header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var keyed = rows.map(function (row) {
          var cell = row.cells[column];
          var key = cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent;
          return { row: row, key: key === "" ? null : numeric ? Number(key) : key.toLowerCase() };
        });
        keyed.sort(function (a, b) {
          if (a.key === null || b.key === null) { return (a.key === null) - (b.key === null); }
          var order = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
          return ascending ? order : -order;
        });
        keyed.forEach(function (entry) { table.tBodies[0].appendChild(entry.row); });
      }
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
        var button = header.querySelector("button");
        if (button) { button.addEventListener("click", function () { sortBy(header, column); }); }
      });
      [search, verdict, visibility, located].forEach(function (control) {
        control.addEventListener("input", apply);
        control.addEventListener("change", apply);
      });
      apply();
    })();
    """
}
