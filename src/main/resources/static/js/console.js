// The dispatcher console, live (docs/ui-shell.md: no inline script). The alert stream says an alert arrived, changed
// or escalated; rows and the detail come from the server, rendered by the same templates as the first page.
(function () {
  'use strict';
  var main = document.querySelector('main.console');
  if (!main) {
    return;
  }
  var list = document.getElementById('console-alerts');
  var counter = document.getElementById('console-count');
  var empty = document.getElementById('console-empty');
  var cue = document.getElementById('console-cue');
  var cueText = document.getElementById('console-cue-text');
  var detail = document.getElementById('console-detail');
  var soundButton = document.getElementById('console-sound');
  var connection = document.getElementById('console-connection');
  var texts = document.getElementById('console-texts').dataset;
  var csrfToken = document.querySelector('meta[name="_csrf"]');
  var csrfHeader = document.querySelector('meta[name="_csrf_header"]');
  var selectedId = null;
  var map = null;

  // ------------------------------------------------------------------ sound (armed by one click) and visual cue
  var chime = window.AnsimAlertFeed.sound(soundButton, { wave: 'square', volume: 0.2, spacing: 0.18, test: [660] });
  var showCue = window.AnsimAlertFeed.cue(cue, cueText, 10000);

  function flash(row) {
    row.classList.remove('console-flash');
    void row.offsetWidth; // restart the animation
    row.classList.add('console-flash');
  }

  // ------------------------------------------------------------------ the list
  function openCount() {
    return list.querySelectorAll('li.console-alert:not([data-status="CLOSED"])').length;
  }

  function updateCounter(note) {
    var text = counter.dataset.template.replace('{0}', openCount());
    counter.textContent = note ? note + ' · ' + text : text;
    empty.hidden = list.children.length > 0;
  }

  function rowOf(alertId) {
    return list.querySelector('li[data-alert-id="' + CSS.escape(alertId) + '"]');
  }

  // Urgent first, then newest first: where a row belongs.
  function insertSorted(row) {
    var urgent = row.dataset.priority === 'HIGH';
    var raised = row.dataset.raisedAt || '';
    var children = list.children;
    for (var i = 0; i < children.length; i++) {
      var other = children[i];
      var otherUrgent = other.dataset.priority === 'HIGH';
      if ((urgent && !otherUrgent) || (urgent === otherUrgent && raised >= (other.dataset.raisedAt || ''))) {
        list.insertBefore(row, other);
        return;
      }
    }
    list.appendChild(row);
  }

  function fetchHtml(url) {
    return fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.text();
    });
  }

  function fetchRow(alertId) {
    return fetchHtml(main.dataset.rowUrl + encodeURIComponent(alertId)).then(function (html) {
      var holder = document.createElement('ul');
      holder.innerHTML = html.trim();
      return holder.querySelector('li');
    });
  }

  function onAlert(alert) {
    if (alert.kind === 'REFERRAL') {
      return;
    }
    var existing = rowOf(alert.alertId);
    if (alert.status === 'CLOSED') {
      if (existing) {
        existing.remove();
        updateCounter(null);
      }
      if (selectedId === alert.alertId) {
        loadDetail(alert.alertId);
      }
      return;
    }
    var escalatedNow = alert.escalationStep && (!existing || existing.dataset.escalation !== alert.escalationStep);
    if (existing && !escalatedNow && existing.dataset.status === alert.status) {
      return;
    }
    fetchRow(alert.alertId).then(function (row) {
      if (!row) {
        return;
      }
      var current = rowOf(alert.alertId);
      if (current && Number(current.dataset.sequence) > Number(row.dataset.sequence)) {
        return;
      }
      if (current) {
        current.remove();
      }
      if (selectedId === alert.alertId) {
        row.classList.add('console-selected');
        row.querySelector('button').setAttribute('aria-pressed', 'true');
      }
      insertSorted(row);
      if (!current) {
        updateCounter(counter.dataset.arrived.replace('{0}', alert.caseNumber));
        showCue(counter.dataset.arrived.replace('{0}', alert.caseNumber));
        flash(row);
        chime(alert.priority === 'HIGH' ? [880, 1320, 880, 1320] : [880, 1320]);
      } else if (escalatedNow) {
        var step = texts['step-' + alert.escalationStep.toLowerCase()] || alert.escalationStep;
        updateCounter(counter.dataset.escalated.replace('{0}', alert.caseNumber + ' · ' + step));
        showCue(counter.dataset.escalated.replace('{0}', alert.caseNumber + ' · ' + step));
        flash(row);
        chime([988, 740, 988, 740, 988]);
      } else {
        row.classList.remove('console-new');
        updateCounter(null);
      }
      if (selectedId === alert.alertId) {
        loadDetail(alert.alertId);
      }
    }).catch(function () {
      // the next page load shows it; the stream goes on
    });
  }

  list.addEventListener('click', function (event) {
    var button = event.target.closest('.console-alert-select');
    if (!button) {
      return;
    }
    var row = button.closest('li');
    list.querySelectorAll('li.console-selected').forEach(function (other) {
      other.classList.remove('console-selected');
      other.querySelector('button').setAttribute('aria-pressed', 'false');
    });
    row.classList.add('console-selected');
    row.classList.remove('console-new');
    button.setAttribute('aria-pressed', 'true');
    selectedId = row.dataset.alertId;
    loadDetail(selectedId);
  });

  // ------------------------------------------------------------------ the detail
  function loadDetail(alertId) {
    return fetchHtml(main.dataset.detailUrl + encodeURIComponent(alertId)).then(function (html) {
      if (selectedId !== alertId) {
        return;
      }
      destroyMap();
      detail.innerHTML = html;
      if (window.htmx) {
        window.htmx.process(detail);
      }
      showMap();
    }).catch(function () {
      detail.textContent = texts.panelFailed;
    });
  }

  // A panel that has nothing to say for this alert answers 204: it is left out. One that fails says so.
  document.body.addEventListener('htmx:afterRequest', function (event) {
    var panel = event.detail.elt;
    if (!panel || !panel.classList || !panel.classList.contains('console-panel')) {
      return;
    }
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 204) {
      panel.remove();
    } else if (!event.detail.successful) {
      panel.querySelector('.console-panel-body').textContent = texts.panelFailed;
    }
  });
  document.body.addEventListener('htmx:afterSettle', function (event) {
    if (detail.contains(event.detail.elt)) {
      placeMarkers();
    }
  });

  function csrfHeaders(headers) {
    if (csrfToken && csrfHeader) {
      headers[csrfHeader.content] = csrfToken.content;
    }
    return headers;
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrfHeaders({ 'Content-Type': 'application/json', Accept: 'application/json' }),
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        return response;
      }
      return response.json().catch(function () { return {}; }).then(function (problem) {
        throw new Error(problem.detail || problem.title || String(response.status));
      });
    });
  }

  function actionFailed(message) {
    var box = document.getElementById('console-action-error');
    if (box) {
      document.getElementById('console-action-error-detail').textContent = message;
      box.hidden = false;
      box.focus && box.focus();
    }
  }

  function noteValue() {
    var note = document.getElementById('console-action-note');
    return note && note.value.trim() ? note.value.trim() : null;
  }

  function act(path, body) {
    var actions = detail.querySelector('.console-actions');
    if (!actions) {
      return;
    }
    var alertId = selectedId;
    detail.querySelectorAll('.console-actions button').forEach(function (b) { b.disabled = true; });
    post(actions.dataset.api + path, body).then(function () {
      return loadDetail(alertId);
    }).catch(function (failure) {
      detail.querySelectorAll('.console-actions button').forEach(function (b) { b.disabled = false; });
      actionFailed(failure.message);
    });
  }

  detail.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    var action = button.dataset.action;
    if (action === 'acknowledgement') {
      act('acknowledgement', {});
    } else if (action === 'police-calls') {
      act('police-calls', { note: noteValue() });
    } else if (action === 'dispatches') {
      act('dispatches', { kind: button.dataset.kind, note: noteValue() });
    }
  });

  detail.addEventListener('submit', function (event) {
    if (event.target.id !== 'console-close') {
      return;
    }
    event.preventDefault();
    act('closure', { outcome: document.getElementById('console-outcome').value, note: noteValue() });
  });

  // ------------------------------------------------------------------ the map
  var SEOUL_CITY_HALL = [37.5663, 126.9779];

  // A plain coordinate grid drawn in the browser: works with no tile server and no internet.
  function gridLayer() {
    var Grid = L.GridLayer.extend({
      createTile: function (coords) {
        var tile = document.createElement('canvas');
        var size = this.getTileSize();
        tile.width = size.x;
        tile.height = size.y;
        var context = tile.getContext('2d');
        context.fillStyle = '#f4f5f6';
        context.fillRect(0, 0, size.x, size.y);
        context.strokeStyle = '#b1b8be';
        context.lineWidth = 1;
        context.strokeRect(0.5, 0.5, size.x, size.y);
        var corner = this._map.unproject(coords.scaleBy(size), coords.z);
        context.fillStyle = '#58616a';
        context.font = '11px sans-serif';
        context.fillText(corner.lat.toFixed(4) + ', ' + corner.lng.toFixed(4), 4, 14);
        return tile;
      }
    });
    return new Grid({ tileSize: 256 });
  }

  function destroyMap() {
    if (map) {
      map.remove();
      map = null;
    }
  }

  function showMap() {
    var element = document.getElementById('console-map');
    if (!element || typeof L === 'undefined') {
      return;
    }
    var mode = document.getElementById('console-map-mode');
    map = L.map(element, { zoomControl: true, attributionControl: true }).setView(SEOUL_CITY_HALL, 15);
    map.markers = L.layerGroup().addTo(map);
    var url = main.dataset.tilesUrl;
    if (!url) {
      gridLayer().addTo(map);
      mode.textContent = texts.gridNone;
      element.dataset.mode = 'grid';
    } else {
      var loaded = false;
      var tiles = L.tileLayer(url, { attribution: main.dataset.tilesAttribution || '', maxZoom: 19 });
      var fallBack = function () {
        if (loaded || !map || element.dataset.mode === 'grid') {
          return;
        }
        map.removeLayer(tiles);
        gridLayer().addTo(map);
        mode.textContent = texts.gridUnreachable;
        element.dataset.mode = 'grid';
      };
      tiles.on('tileload', function () {
        if (!loaded) {
          loaded = true;
          element.dataset.mode = 'tiles';
          mode.textContent = texts.tiles;
        }
      });
      tiles.on('tileerror', fallBack);
      setTimeout(fallBack, 4000);
      tiles.addTo(map);
    }
    placeMarkers();
  }

  // Every element of a panel marked with data-alert-lat/lon becomes a marker, and its coordinates are written out.
  function placeMarkers() {
    if (!map) {
      return;
    }
    var positions = document.getElementById('console-positions');
    map.markers.clearLayers();
    positions.textContent = '';
    var points = [];
    detail.querySelectorAll('[data-alert-lat][data-alert-lon]').forEach(function (element, index) {
      var lat = Number(element.dataset.alertLat);
      var lon = Number(element.dataset.alertLon);
      if (!isFinite(lat) || !isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        return;
      }
      var accuracy = Number(element.dataset.alertAccuracy);
      var label = element.dataset.alertLabel || (texts.position + ' ' + (index + 1));
      var colour = index === 0 ? '#de3412' : '#0b50d0';
      if (isFinite(accuracy) && accuracy > 0) {
        L.circle([lat, lon], { radius: accuracy, color: colour, weight: 1, fillOpacity: 0.1 }).addTo(map.markers);
      }
      L.circleMarker([lat, lon], { radius: 9, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1 })
        .bindTooltip(label, { permanent: true, direction: 'right', offset: [10, 0] })
        .addTo(map.markers);
      var text = label + ': ' + lat.toFixed(5) + ', ' + lon.toFixed(5);
      if (isFinite(accuracy) && accuracy > 0) {
        text += ' (' + texts.accuracy.replace('{0}', Math.round(accuracy)) + ')';
      }
      var item = document.createElement('li');
      item.className = 'console-position';
      item.textContent = text;
      positions.appendChild(item);
      points.push([lat, lon]);
    });
    if (points.length === 1) {
      map.setView(points[0], 16);
    } else if (points.length > 1) {
      map.fitBounds(points, { padding: [40, 40], maxZoom: 16 });
    } else {
      var item = document.createElement('li');
      item.className = 'muted';
      item.textContent = texts.nothing;
      positions.appendChild(item);
    }
  }

  // ------------------------------------------------------------------ demo: a scripted SOS
  var demo = document.getElementById('console-demo-sos');
  if (demo) {
    demo.addEventListener('click', function () {
      var result = document.getElementById('console-demo-result');
      demo.disabled = true;
      fetch(demo.dataset.url, {
        method: 'POST', credentials: 'same-origin', headers: csrfHeaders({ Accept: 'application/json' })
      }).then(function (response) {
        result.textContent = response.ok ? demo.dataset.sent : demo.dataset.unavailable;
      }).catch(function () {
        result.textContent = demo.dataset.unavailable;
      }).then(function () {
        demo.disabled = false;
      });
    });
  }

  // ------------------------------------------------------------------ the stream
  window.AnsimAlertFeed.listen(main.dataset.after, connection, onAlert);
})();
