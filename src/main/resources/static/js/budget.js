// The budget per service kind and month as a chart; the table beside it carries the same figures (no inline script).
(function () {
  'use strict';
  if (typeof Chart === 'undefined') {
    return;
  }
  var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  Array.prototype.forEach.call(document.querySelectorAll('table.budget-table'), function (table) {
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) { return row.querySelector('th').textContent; });
    function series(name) {
      return rows.map(function (row) { return Number(row.dataset[name]); });
    }
    new Chart(document.getElementById(table.dataset.chart), {
      data: {
        labels: labels,
        datasets: [
          { type: 'bar', label: table.dataset.spentLabel, data: series('spent'), backgroundColor: '#256ef4', stack: 'used' },
          { type: 'bar', label: table.dataset.committedLabel, data: series('committed'), backgroundColor: '#9e6a00', stack: 'used' },
          { type: 'line', label: table.dataset.remainingLabel, data: series('remaining'), borderColor: '#1a7f37', backgroundColor: '#1a7f37', yAxisID: 'remaining' }
        ]
      },
      options: {
        animation: reduced ? false : {},
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true },
          remaining: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false } }
        }
      }
    });
  });
})();
