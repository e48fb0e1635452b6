// Alert service levels as charts; the table under them carries the same figures (docs/ui-shell.md, no inline script).
(function () {
  'use strict';
  var table = document.getElementById('sl-table');
  if (!table || typeof Chart === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  if (rows.length === 0) {
    return;
  }
  var weeks = rows.map(function (row) { return row.dataset.week; });
  function series(name) {
    return rows.map(function (row) {
      var value = row.dataset[name];
      return value === undefined || value === '' ? null : Number(value);
    });
  }
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  function line(id, p50, p90) {
    new Chart(document.getElementById(id), {
      type: 'line',
      data: {
        labels: weeks,
        datasets: [
          { label: table.dataset.p50Label, data: series(p50), borderColor: '#256ef4', backgroundColor: '#256ef4', spanGaps: true },
          { label: table.dataset.p90Label, data: series(p90), borderColor: '#de3412', backgroundColor: '#de3412', borderDash: [6, 4], spanGaps: true }
        ]
      },
      options: { animation: reduced ? false : {}, scales: { y: { beginAtZero: true } } }
    });
  }
  line('sl-acknowledge', 'ack50', 'ack90');
  line('sl-close', 'close50', 'close90');
  new Chart(document.getElementById('sl-false'), {
    type: 'bar',
    data: { labels: weeks, datasets: [{ label: table.dataset.falseLabel, data: series('false'), backgroundColor: '#9e6a00' }] },
    options: { animation: reduced ? false : {}, scales: { y: { beginAtZero: true, max: 100 } } }
  });
})();
