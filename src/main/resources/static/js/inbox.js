// The unit's inbox, live: new REFERRAL alerts appear at the top without a reload (docs/ui-shell.md, no inline script).
(function () {
  'use strict';
  var main = document.querySelector('main.inbox');
  if (!main || typeof EventSource === 'undefined') {
    return;
  }
  var rows = document.getElementById('inbox-rows');
  var template = document.getElementById('inbox-row-template');
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

  // Sound: a short two-note tone from the Web Audio API, only once the user has interacted and switched it on.
  var audio = null;
  var soundOn = false;
  soundButton.addEventListener('click', function () {
    soundOn = !soundOn;
    if (soundOn && !audio) {
      var Context = window.AudioContext || window.webkitAudioContext;
      audio = Context ? new Context() : null;
    }
    soundButton.setAttribute('aria-pressed', String(soundOn));
    soundButton.textContent = soundOn ? soundButton.dataset.on : soundButton.dataset.off;
    if (soundOn) {
      chime();
    }
  });

  function chime() {
    if (!soundOn || !audio) {
      return;
    }
    if (audio.state === 'suspended') {
      audio.resume();
    }
    [880, 1320].forEach(function (frequency, i) {
      var start = audio.currentTime + i * 0.16;
      var oscillator = audio.createOscillator();
      var gain = audio.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.25, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.15);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start);
      oscillator.stop(start + 0.16);
    });
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

  function newRow(alert) {
    var row = template.content.firstElementChild.cloneNode(true);
    row.dataset.alertId = alert.alertId;
    row.dataset.caseNumber = alert.caseNumber;
    var link = row.querySelector('a');
    link.href = link.dataset.href + encodeURIComponent(alert.caseNumber);
    link.textContent = alert.caseNumber;
    var time = row.querySelector('time');
    time.dateTime = alert.raisedAt;
    time.textContent = timeFormat.format(new Date(alert.raisedAt));
    var form = row.querySelector('.inbox-assign form');
    if (form) {
      form.action = form.getAttribute('action') + encodeURIComponent(alert.caseNumber) + '/assignment';
      var input = form.querySelector('input[name="caseManager"]');
      input.id = 'manager-' + alert.alertId;
      form.querySelector('label').htmlFor = input.id;
    }
    row.querySelector('.inbox-channel').textContent = '…';
    var badge = document.createElement('span');
    badge.className = 'badge badge-warning inbox-new-badge';
    badge.textContent = texts['new'];
    link.after(' ', badge);
    return row;
  }

  // A referral alert's summary is "new case: <CHANNEL>"; show the channel in the page's language.
  function channelText(summary) {
    var match = /^new case: ([A-Z0-9_]+)$/.exec(summary || '');
    return match && texts[match[1].toLowerCase()] ? texts[match[1].toLowerCase()] : summary;
  }

  function fillChannel(row, alertId) {
    fetch('/api/v1/alerts?status=OPEN', { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (alerts) {
        var found = alerts.find(function (a) { return a.alertId === alertId; });
        row.querySelector('.inbox-channel').textContent = found ? channelText(found.summary) : '';
      })
      .catch(function () { row.querySelector('.inbox-channel').textContent = ''; });
  }

  var cueTimer = null;
  function showCue() {
    cue.hidden = false;
    document.title = '● ' + document.title.replace(/^● /, '');
    clearTimeout(cueTimer);
    cueTimer = setTimeout(function () {
      cue.hidden = true;
      document.title = document.title.replace(/^● /, '');
    }, 8000);
  }

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
    var row = newRow(alert);
    keepingPointerTarget(function () {
      rows.insertBefore(row, rows.firstElementChild);
    });
    setStatus(row, 'OPEN');
    fillChannel(row, alert.alertId);
    updateCounter(alert.caseNumber);
    showCue();
    chime();
  }

  // EventSource reconnects by itself and sends Last-Event-ID, so the stream replays what was missed.
  var source = new EventSource('/api/v1/alerts/stream');
  source.addEventListener('open', function () {
    connection.textContent = connection.dataset.live;
    connection.className = 'badge badge-success';
  });
  source.addEventListener('error', function () {
    connection.textContent = connection.dataset.offline;
    connection.className = 'badge badge-warning';
  });
  source.addEventListener('alert', function (event) {
    try {
      onAlert(JSON.parse(event.data));
    } catch (malformed) {
      // an event we cannot read is skipped; the next page load shows the truth
    }
  });
  window.addEventListener('pagehide', function () { source.close(); });
})();
