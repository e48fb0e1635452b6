// The risk tab: shows the stalking sub-screen once a trigger item is answered yes, and draws the trend of screenings.
(function () {
  'use strict';

  function subScreen() {
    var fieldset = document.getElementById('sub-screen');
    var form = document.getElementById('screening-form');
    if (!fieldset || !form) {
      return;
    }
    var triggers = (fieldset.getAttribute('data-triggers') || '').split(',');
    function update() {
      var offered = triggers.some(function (code) {
        var yes = form.querySelector('input[name="' + code + '"][value="YES"]');
        return yes && yes.checked;
      });
      fieldset.hidden = !offered;
      fieldset.querySelectorAll('input').forEach(function (input) {
        input.disabled = !offered;
      });
    }
    form.addEventListener('change', update);
    update();
  }

  function trend() {
    var canvas = document.getElementById('risk-trend');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var points = (canvas.getAttribute('data-points') || '').split(';').filter(Boolean).map(function (p) {
      var parts = p.split('|');
      return { at: parts[0], yes: Number(parts[1]), level: parts[2] };
    });
    var high = Number(canvas.getAttribute('data-high'));
    var medium = Number(canvas.getAttribute('data-medium'));
    var colours = { HIGH: '#d63d4a', MEDIUM: '#e0a100', STANDARD: '#256ef4' };
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: points.map(function (p) { return p.at; }),
        datasets: [
          {
            label: canvas.getAttribute('data-label'),
            data: points.map(function (p) { return p.yes; }),
            pointBackgroundColor: points.map(function (p) { return colours[p.level]; }),
            pointRadius: 6,
            borderColor: '#6d7882',
            tension: 0.2
          },
          { label: 'high', data: points.map(function () { return high; }), borderColor: colours.HIGH, borderDash: [4, 4], pointRadius: 0 },
          { label: 'medium', data: points.map(function () { return medium; }), borderColor: colours.MEDIUM, borderDash: [4, 4], pointRadius: 0 }
        ]
      },
      options: { animation: false, scales: { y: { min: 0, max: 24, ticks: { stepSize: 2 } } }, plugins: { legend: { display: false } } }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    subScreen();
    trend();
  });
})();
