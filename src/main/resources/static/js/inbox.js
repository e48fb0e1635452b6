// The unit's inbox, live: new REFERRAL alerts appear at the top without a reload (docs/ui-shell.md, no inline script).
(function () {
  'use strict';
  var main = document.querySelector('main.inbox');
  if (!main || typeof EventSource === 'undefined') {
    return;
  }
  var rows = document.getElementById('inbox-rows');
  var counter = document.getElementById('inbox-count');
  var empty = document.getElementById('inbox-empty');
  var cue = document.getElementById('inbox-cue');
  var soundButton = document.getElementById('inbox-sound');
  var connection = document.getElementById('inbox-connection');
  var texts = document.getElementById('inbox-status-texts').dataset;
  var timeFormat = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });

  // Sound: a short two-note tone, only once the user has switched it on.
  var play = window.AnsimAlertFeed.sound(soundButton, { wave: 'sine', volume: 0.25, spacing: 0.16, test: [880, 1320] });
  function chime() {
    play([880, 1320]);
  }

  // Keep whatever is under the pointer where it is when a row is inserted above it.
  var pointer = null;
  document.addEventListener('mousemove', function (e) {
    pointer = { x: e.clientX, y: e.clientY };
  }, { passive: true });

  function keepingPointerTarget(change) {
    var anchor = pointer ? document.elementFromPoint(pointer.x, pointer.y) : null;
    var before = anchor ? anchor.getBoundingClientRect().top : 0;
    change();
    if (anchor && anchor.isConnected) {
      var shift = anchor.getBoundingClientRect().top - before;
      if (shift !== 0) {
        window.scrollBy(0, shift);
      }
    }
  }

  function openCount() {
    return rows.querySelectorAll('tr[data-status="OPEN"], tr:not([data-status])').length;
  }

  function updateCounter(arrivedCase) {
    var count = openCount();
    var text = counter.dataset.template.replace('{0}', count);
    if (arrivedCase) {
      text = counter.dataset.arrived.replace('{0}', arrivedCase) + ' · ' + text;
    }
    counter.textContent = text;
    empty.hidden = rows.rows.length > 0;
  }

  function statusText(status) {
    return texts[status.toLowerCase()] || status;
  }

  function setStatus(row, status) {
    row.dataset.status = status;
    var badge = row.querySelector('.inbox-status .badge');
    badge.textContent = statusText(status);
    badge.className = 'badge ' + (status === 'OPEN' ? 'badge-primary' : status === 'ACKNOWLEDGED' ? 'badge-info' : 'badge-neutral');
    if (status !== 'OPEN') {
      row.classList.remove('inbox-new');
      row.classList.add('inbox-handled');
      var form = row.querySelector('.inbox-assign form');
      if (form) {
        form.remove();
      }
    }
  }

  // The row comes from the server, rendered by the same fragment as the page (what the viewer may see of the case).
  function fetchRow(alert) {
    return fetch(main.dataset.rowUrl + encodeURIComponent(alert.alertId), {
      headers: { Accept: 'text/html' }, credentials: 'same-origin'
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('row ' + response.status);
      }
      return response.text();
    }).then(function (html) {
      var holder = document.createElement('tbody');
      holder.innerHTML = html.trim();
      return holder.querySelector('tr');
    });
  }

  var showCue = window.AnsimAlertFeed.cue(cue, null, 8000);

  function onAlert(alert) {
    if (alert.kind !== 'REFERRAL') {
      return;
    }
    var existing = rows.querySelector('tr[data-alert-id="' + CSS.escape(alert.alertId) + '"]');
    if (existing) {
      setStatus(existing, alert.status);
      updateCounter(null);
      return;
    }
    if (alert.status !== 'OPEN') {
      return;
    }
    fetchRow(alert).then(function (row) {
      if (!row || rows.querySelector('tr[data-alert-id="' + CSS.escape(alert.alertId) + '"]')) {
        return;
      }
      keepingPointerTarget(function () {
        rows.insertBefore(row, rows.firstElementChild);
      });
      updateCounter(alert.caseNumber);
      showCue();
      chime();
    }).catch(function () {
      // the next page load shows it; the stream goes on
    });
  }

  window.AnsimAlertFeed.listen(main.dataset.after, connection, onAlert);
})();
