// The victim's safety app (Ansim-i). One page, no navigation history of its own: views are shown and hidden in
// place, so that a quick exit (location.replace) leaves nothing of the app to go back to. localStorage holds the
// device token and the preferences (language, discreet mode, exit page), nothing else; API answers are never cached.
(() => {
  'use strict';

  const API = '/api/v1/app';
  const TOKEN_KEY = 'deviceToken';
  const PREFS_KEY = 'prefs';
  const EXIT_TARGETS = {
    notes: { ko: '/app/notes.html', en: '/app/notes-en.html' },
    weather: { ko: 'https://www.weather.go.kr/w/index.do', en: 'https://www.weather.go.kr/w/index.do' },
    news: { ko: 'https://news.naver.com/', en: 'https://news.naver.com/' }
  };
  const LOCATION_WAIT_MS = 2000;
  const POSITION_EVERY_MS = 20000;
  const STATUS_POLL_MS = 3000;
  const MAX_BACKOFF_MS = 30000;
  const FINAL_SOS = ['CLOSED', 'CANCELLED'];

  const $ = (id) => document.getElementById(id);
  const messages = window.APP_MESSAGES;

  let prefs = loadPrefs();
  let me = null;
  let sos = null;
  let countdown = null;
  let journey = null;
  let watchId = null;
  let lastPositionAt = 0;
  let lastEscapeAt = 0;
  let wakeRetry = null;

  // ---- preferences and texts ----------------------------------------------------------------------------------

  function loadPrefs() {
    let stored = {};
    try {
      stored = JSON.parse(localStorage.getItem(PREFS_KEY) || '{}') || {};
    } catch (e) {
      stored = {};
    }
    return {
      lang: stored.lang === 'en' || stored.lang === 'ko' ? stored.lang : browserLanguage(),
      discreet: stored.discreet === true,
      exit: Object.prototype.hasOwnProperty.call(EXIT_TARGETS, stored.exit) ? stored.exit : 'notes'
    };
  }

  function browserLanguage() {
    const languages = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'ko'];
    for (const language of languages) {
      const code = String(language).toLowerCase();
      if (code.startsWith('ko')) return 'ko';
      if (code.startsWith('en')) return 'en';
    }
    return 'ko';
  }

  function savePrefs() {
    localStorage.setItem(PREFS_KEY, JSON.stringify({ lang: prefs.lang, discreet: prefs.discreet, exit: prefs.exit }));
  }

  function t(key, params) {
    let text = (messages[prefs.lang] && messages[prefs.lang][key]) || messages.ko[key] || key;
    if (params) {
      for (const name of Object.keys(params)) {
        text = text.split('{' + name + '}').join(params[name]);
      }
    }
    return text;
  }

  function appName() {
    return t(prefs.discreet ? 'app.name.discreet' : 'app.name');
  }

  function applyTexts() {
    document.documentElement.lang = prefs.lang;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      element.textContent = t(element.dataset.i18n);
    }
    for (const element of document.querySelectorAll('[data-i18n-label]')) {
      element.setAttribute('aria-label', t(element.dataset.i18nLabel));
    }
    $('lang-toggle').lang = prefs.lang === 'ko' ? 'en' : 'ko';
    document.title = appName();
    $('brand').textContent = appName();
    $('home-title').textContent = appName();
    const look = prefs.discreet ? 'notes' : 'ansim';
    $('manifest-link').href = '/app/manifest.webmanifest?discreet=' + prefs.discreet + '&language=' + prefs.lang;
    $('icon-link').href = '/app/icons/' + look + '-192.png';
    $('touch-icon-link').href = '/app/icons/' + look + '-180.png';
    $('theme-color').content = prefs.discreet ? '#5b5b5b' : '#1d4f91';
    $('discreet-toggle').checked = prefs.discreet;
    $('enrol-discreet').checked = prefs.discreet;
    $('exit-target').value = prefs.exit;
    renderHome();
    renderSos();
    renderCountdown();
  }

  function say(key, params) {
    $('status').textContent = key ? t(key, params) : '';
  }

  // ---- views --------------------------------------------------------------------------------------------------

  function showView(name, focusId) {
    for (const view of document.querySelectorAll('.view')) {
      view.hidden = view.id !== 'view-' + name;
    }
    const target = focusId ? $(focusId) : document.querySelector('#view-' + name + ' h1');
    if (target) {
      if (!target.hasAttribute('tabindex') && target.tagName === 'H1') target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }

  // ---- the API ------------------------------------------------------------------------------------------------

  function token() {
    return localStorage.getItem(TOKEN_KEY);
  }

  async function api(method, path, body) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const deviceToken = token();
    if (deviceToken && path !== '/enrolments') headers.Authorization = 'Bearer ' + deviceToken;
    const response = await fetch(API + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
      credentials: 'omit'
    });
    const text = await response.text();
    let json = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch (e) {
        json = null;
      }
    }
    if (response.status === 401 && path !== '/enrolments') {
      disconnected();
    }
    return { status: response.status, body: json };
  }

  function problemType(result) {
    return result && result.body && typeof result.body.type === 'string' ? result.body.type : '';
  }

  function isWrongPin(result) {
    return result && result.status === 422 && problemType(result).endsWith('/wrong-pin');
  }

  function disconnected() {
    localStorage.removeItem(TOKEN_KEY);
    me = null;
    stopWatching();
    if (!sos) {
      showView('enrol');
    }
    say('error.revoked');
  }

  function sleep(ms) {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wakeRetry = null;
        resolve();
      }
      wakeRetry = done;
    });
  }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
  }

  function formatTime(iso) {
    const date = new Date(iso);
    if (isNaN(date.getTime())) return '';
    const locale = prefs.lang === 'ko' ? 'ko-KR' : 'en-GB';
    const sameDay = date.toDateString() === new Date().toDateString();
    const options = sameDay
      ? { hour: '2-digit', minute: '2-digit' }
      : { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' };
    return new Intl.DateTimeFormat(locale, options).format(date);
  }

  // ---- enrolment ----------------------------------------------------------------------------------------------

  function codeFromFragment() {
    const match = /^#enrol=([^&]*)/.exec(location.hash || '');
    if (!match) return null;
    history.replaceState(null, '', location.pathname + location.search);
    try {
      return decodeURIComponent(match[1]).trim();
    } catch (e) {
      return match[1];
    }
  }

  async function enrol(event) {
    event.preventDefault();
    const code = $('enrol-code').value.trim();
    const deviceName = $('enrol-device').value.trim();
    const error = $('enrol-error');
    error.hidden = true;
    if (!code || !deviceName) {
      showFormError(error, 'enrol.required');
      return;
    }
    let result;
    try {
      result = await api('POST', '/enrolments', { code, deviceName });
    } catch (e) {
      showFormError(error, 'error.network');
      return;
    }
    if (result.status === 201 && result.body && result.body.deviceToken) {
      localStorage.setItem(TOKEN_KEY, result.body.deviceToken);
      prefs.discreet = $('enrol-discreet').checked;
      savePrefs();
      $('enrol-form').reset();
      applyTexts();
      showView('home', 'sos-button');
      say('enrol.done');
      loadMe();
    } else if (result.status === 422 || result.status === 400) {
      showFormError(error, result.status === 422 ? 'enrol.invalid' : 'enrol.required');
    } else {
      showFormError(error, 'error.generic');
    }
  }

  function showFormError(element, key, params) {
    element.textContent = t(key, params);
    element.hidden = false;
  }

  // ---- what the phone knows: case manager, appointments, pins, journey --------------------------------------------

  async function loadMe() {
    let result;
    try {
      result = await api('GET', '/me');
    } catch (e) {
      $('offline').hidden = false;
      return;
    }
    if (result.status === 200 && result.body) {
      me = result.body;
      journey = me.activeJourney || null;
      renderHome();
      syncWatching();
    }
  }

  function pinsSet() {
    return !!(me && me.pins && (me.pins.cancel || me.pins.duress));
  }

  function renderHome() {
    const manager = me && me.caseManager;
    const call = $('contact-call');
    const reachable = !!(manager && manager.name && manager.phone);
    call.hidden = !reachable;
    $('contact-none').hidden = reachable;
    if (reachable) {
      call.textContent = t('contact.call', { name: manager.name });
      call.href = 'tel:' + String(manager.phone).replace(/[^0-9+]/g, '');
    }

    const list = $('appointments');
    list.textContent = '';
    const appointments = (me && Array.isArray(me.appointments) ? me.appointments : []).slice(0, 10);
    for (const appointment of appointments) {
      const item = document.createElement('li');
      const time = document.createElement('time');
      time.dateTime = appointment.at;
      time.textContent = formatTime(appointment.at);
      const label = document.createElement('span');
      const worded = appointment.kind ? t('appointment.kind.' + appointment.kind) : '';
      label.textContent = worded && worded !== 'appointment.kind.' + appointment.kind ? worded : (appointment.label || '');
      item.append(time, label);
      list.append(item);
    }
    $('appointments-none').hidden = appointments.length > 0;

    $('pins-state').textContent = t(pinsSet() ? 'pins.state.set' : 'pins.state.unset');
    renderJourney();
  }

  // ---- SOS ----------------------------------------------------------------------------------------------------

  function pressSos() {
    if (sos && !FINAL_SOS.includes(sos.status)) {
      showView('sos');
      return;
    }
    const seconds = me && Number.isInteger(me.sosCancelSeconds) ? Math.max(0, me.sosCancelSeconds) : 5;
    say('');
    if (seconds === 0) {
      sendSos();
      return;
    }
    countdown = { left: seconds, timer: setInterval(tick, 1000) };
    renderCountdown();
    showView('countdown', 'countdown-cancel');
  }

  function tick() {
    if (!countdown) return;
    countdown.left -= 1;
    if (countdown.left <= 0) {
      clearInterval(countdown.timer);
      countdown = null;
      sendSos();
      return;
    }
    renderCountdown();
  }

  function renderCountdown() {
    if (!countdown) return;
    $('countdown-number').textContent = String(countdown.left);
    $('countdown').textContent = t('sos.countdown.seconds', { n: countdown.left });
  }

  function stopCountdown() {
    if (!countdown) return;
    clearInterval(countdown.timer);
    countdown = null;
    showView('home', 'sos-button');
    say('sos.countdown.cancelled');
  }

  function currentPosition(waitMs) {
    return new Promise((resolve) => {
      if (!navigator.geolocation) {
        resolve(null);
        return;
      }
      let settled = false;
      const finish = (position) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(position);
      };
      const timer = setTimeout(() => finish(null), waitMs);
      navigator.geolocation.getCurrentPosition(finish, () => finish(null), {
        enableHighAccuracy: true,
        timeout: waitMs,
        maximumAge: 30000
      });
    });
  }

  async function sendSos() {
    sos = { clientEventId: uuid(), at: new Date().toISOString(), status: 'SENDING', attempt: 0, alertId: null, poll: null };
    renderSos();
    showView('sos');
    const body = { clientEventId: sos.clientEventId, at: sos.at };
    const position = await currentPosition(LOCATION_WAIT_MS);
    if (position) {
      body.latitude = position.coords.latitude;
      body.longitude = position.coords.longitude;
      body.accuracyMeters = Math.round(position.coords.accuracy);
    }
    sos.body = body;
    deliverSos(sos);
  }

  async function deliverSos(request) {
    while (sos === request && !request.alertId) {
      request.attempt += 1;
      try {
        const result = await api('POST', '/sos', request.body);
        if ((result.status === 202 || result.status === 200 || result.status === 201) && result.body && result.body.alertId) {
          request.alertId = result.body.alertId;
          request.status = 'RECEIVED';
          renderSos();
          pollSos(request);
          return;
        }
        if (result.status === 401) {
          renderSos();
          return;
        }
      } catch (e) {
        // offline or the network failed: try again with the same clientEventId
      }
      renderSos();
      const backoff = Math.min(MAX_BACKOFF_MS, 1000 * Math.pow(2, request.attempt - 1));
      await sleep(backoff / 2 + Math.random() * (backoff / 2));
    }
  }

  function pollSos(request) {
    request.poll = setTimeout(async () => {
      if (sos !== request || FINAL_SOS.includes(request.status)) return;
      try {
        const result = await api('GET', '/sos/' + encodeURIComponent(request.alertId));
        if (result.status === 200 && result.body && result.body.status && sos === request && request.status !== 'CANCELLED') {
          request.status = result.body.status;
          renderSos();
        }
      } catch (e) {
        // keep the last status; the next poll tries again
      }
      if (sos === request && !FINAL_SOS.includes(request.status)) pollSos(request);
    }, STATUS_POLL_MS);
  }

  function renderSos() {
    if (!sos) return;
    const status = $('sos-status');
    status.dataset.status = sos.status;
    status.textContent = t('sos.status.' + sos.status);
    let detail = '';
    if (sos.status === 'SENDING') {
      detail = !token() ? t('error.revoked') : sos.attempt > 1 ? t('sos.retrying', { n: sos.attempt }) : t('sos.sending');
    }
    $('sos-detail').textContent = detail;
    const finished = FINAL_SOS.includes(sos.status);
    $('sos-cancel').hidden = !sos.alertId || finished;
    $('sos-back').hidden = !finished;
  }

  async function cancelSos() {
    const request = sos;
    if (!request || !request.alertId) return;
    let result;
    try {
      result = await withPin((pin) =>
        api('POST', '/sos/' + encodeURIComponent(request.alertId) + '/cancellation', pin ? { pin } : {}));
    } catch (e) {
      say('error.network');
      return;
    }
    if (!result) return;
    if (result.status === 200) {
      clearTimeout(request.poll);
      request.status = 'CANCELLED';
      renderSos();
      $('sos-back').focus();
    } else {
      say('error.generic');
    }
  }

  function leaveSos() {
    if (sos) clearTimeout(sos.poll);
    sos = null;
    showView('home', 'sos-button');
  }

  // ---- PIN prompt ---------------------------------------------------------------------------------------------

  // Runs action(pin) behind the PIN prompt when PINs are set (asking again after a wrong PIN), or at once without.
  // Resolves with the action's result, or null when the victim closed the prompt.
  function withPin(action) {
    if (!pinsSet()) return action(undefined);
    const dialog = $('pin-dialog');
    const input = $('pin-input');
    const error = $('pin-error');
    input.value = '';
    error.hidden = true;
    return new Promise((resolve, reject) => {
      let busy = false;
      const finish = (value) => {
        $('pin-form').onsubmit = null;
        $('pin-dismiss').onclick = null;
        dialog.oncancel = null;
        if (dialog.open) dialog.close();
        resolve(value);
      };
      $('pin-form').onsubmit = async (event) => {
        event.preventDefault();
        if (busy) return;
        const pin = input.value.trim();
        if (!/^[0-9]{4,8}$/.test(pin)) {
          showFormError(error, 'pin.format');
          input.focus();
          return;
        }
        busy = true;
        try {
          const result = await action(pin);
          if (isWrongPin(result)) {
            showFormError(error, 'pin.wrong');
            input.value = '';
            input.focus();
            return;
          }
          finish(result);
        } catch (e) {
          showFormError(error, 'error.network');
        } finally {
          busy = false;
        }
      };
      $('pin-dismiss').onclick = () => finish(null);
      dialog.oncancel = () => finish(null);
      dialog.showModal();
      input.focus();
    });
  }

  async function savePins(event) {
    event.preventDefault();
    const error = $('pins-error');
    error.hidden = true;
    const cancelPin = $('pin-cancel').value.trim();
    const duressPin = $('pin-duress').value.trim();
    if (!/^[0-9]{4,8}$/.test(cancelPin) || !/^[0-9]{4,8}$/.test(duressPin)) {
      showFormError(error, 'pin.format');
      return;
    }
    if (cancelPin === duressPin) {
      showFormError(error, 'pins.different');
      return;
    }
    let result;
    try {
      result = await api('PUT', '/pins', { cancelPin, duressPin });
    } catch (e) {
      showFormError(error, 'error.network');
      return;
    }
    if (result.status === 204 || result.status === 200) {
      $('pins-form').reset();
      if (me) me.pins = { cancel: true, duress: true };
      renderHome();
      say('pins.saved');
    } else if (result.status === 400 || result.status === 422) {
      showFormError(error, 'pin.format');
    } else {
      showFormError(error, 'error.generic');
    }
  }

  // ---- walk me home -------------------------------------------------------------------------------------------

  function defaultArrival() {
    const at = new Date(Date.now() + 30 * 60 * 1000);
    return String(at.getHours()).padStart(2, '0') + ':' + String(at.getMinutes()).padStart(2, '0');
  }

  function arrivalFrom(value) {
    const match = /^(\d{2}):(\d{2})$/.exec(value || '');
    if (!match) return null;
    const at = new Date();
    at.setHours(Number(match[1]), Number(match[2]), 0, 0);
    if (at.getTime() <= Date.now()) at.setDate(at.getDate() + 1);
    return at;
  }

  function renderJourney() {
    const active = !!journey;
    $('journey-form').hidden = active;
    $('journey-active').hidden = !active;
    if (!active) {
      if (!$('journey-destination').value) $('journey-destination').value = t('journey.destination.default');
      if (!$('journey-arrival').value) $('journey-arrival').value = defaultArrival();
      return;
    }
    $('journey-where').textContent = t('journey.active', { destination: journey.destinationLabel || '' });
    $('journey-expected').textContent = journey.expectedArrivalAt
      ? t('journey.expected', { time: formatTime(journey.expectedArrivalAt) })
      : '';
    $('journey-escalates').textContent = t('journey.escalates', { time: formatTime(journey.escalatesAt) });
  }

  async function startJourney(event) {
    event.preventDefault();
    const error = $('journey-error');
    error.hidden = true;
    const destinationLabel = $('journey-destination').value.trim() || t('journey.destination.default');
    const arrival = arrivalFrom($('journey-arrival').value);
    if (!arrival) {
      showFormError(error, 'journey.invalidTime');
      return;
    }
    const body = { clientEventId: uuid(), destinationLabel, expectedArrivalAt: arrival.toISOString() };
    let result = null;
    for (let attempt = 1; attempt <= 3 && !result; attempt++) {
      try {
        result = await api('POST', '/journeys', body);
        if (result.status >= 500) result = null;
      } catch (e) {
        result = null;
      }
      if (!result && attempt < 3) await sleep(1000 * attempt);
    }
    if (!result) {
      showFormError(error, 'error.network');
      return;
    }
    if ((result.status === 201 || result.status === 200) && result.body && result.body.journeyId) {
      journey = {
        journeyId: result.body.journeyId,
        destinationLabel: result.body.destinationLabel || destinationLabel,
        expectedArrivalAt: result.body.expectedArrivalAt || body.expectedArrivalAt,
        escalatesAt: result.body.escalatesAt
      };
      renderJourney();
      say('journey.started');
      $('journey-arrived').focus();
      syncWatching();
    } else if (result.status === 400) {
      showFormError(error, 'journey.invalidTime');
    } else {
      showFormError(error, 'error.generic');
    }
  }

  async function journeyAction(path, body, onDone) {
    const current = journey;
    if (!current) return;
    let result;
    try {
      result = await withPin((pin) =>
        api('POST', '/journeys/' + encodeURIComponent(current.journeyId) + path, pin ? Object.assign({ pin }, body) : body));
    } catch (e) {
      say('error.network');
      return;
    }
    if (!result) return;
    if (result.status === 200 || result.status === 204) {
      onDone(result.body || {});
    } else {
      say('error.generic');
      refreshJourney();
    }
  }

  function arrived() {
    journeyAction('/arrival', {}, () => {
      journey = null;
      stopWatching();
      renderJourney();
      say('journey.ended');
      $('sos-button').focus();
    });
  }

  function extend() {
    journeyAction('/extension', { minutes: 15 }, (body) => {
      if (journey && body.escalatesAt) journey.escalatesAt = body.escalatesAt;
      if (journey && body.expectedArrivalAt) journey.expectedArrivalAt = body.expectedArrivalAt;
      renderJourney();
      say('journey.extended');
    });
  }

  async function refreshJourney() {
    if (!token()) return;
    try {
      const result = await api('GET', '/journeys/current');
      if (result.status === 200 && result.body && result.body.journeyId) {
        journey = result.body;
      } else if (result.status === 204 || result.status === 404) {
        journey = null;
      }
      renderJourney();
      syncWatching();
    } catch (e) {
      // offline: keep what we know
    }
  }

  // Positions only while the page is visible (browsers stop delivering them otherwise); the server decides escalation.
  function syncWatching() {
    if (journey && document.visibilityState === 'visible') startWatching();
    else stopWatching();
  }

  function startWatching() {
    if (watchId !== null || !navigator.geolocation) return;
    watchId = navigator.geolocation.watchPosition(sendPosition, () => {}, {
      enableHighAccuracy: true,
      maximumAge: 10000
    });
  }

  function stopWatching() {
    if (watchId === null) return;
    navigator.geolocation.clearWatch(watchId);
    watchId = null;
  }

  async function sendPosition(position) {
    const current = journey;
    if (!current || Date.now() - lastPositionAt < POSITION_EVERY_MS) return;
    lastPositionAt = Date.now();
    try {
      const result = await api('POST', '/journeys/' + encodeURIComponent(current.journeyId) + '/positions', {
        at: new Date(position.timestamp || Date.now()).toISOString(),
        latitude: position.coords.latitude,
        longitude: position.coords.longitude,
        accuracyMeters: Math.round(position.coords.accuracy)
      });
      if (result.status === 404 || result.status === 409 || result.status === 410) refreshJourney();
    } catch (e) {
      // a lost position is not worth a retry: the next one follows
    }
  }

  // ---- quick exit ---------------------------------------------------------------------------------------------

  function exitUrl() {
    return EXIT_TARGETS[prefs.exit][prefs.lang] || EXIT_TARGETS.notes.ko;
  }

  function quickExit() {
    const target = exitUrl();
    stopWatching();
    if (countdown) clearInterval(countdown.timer);
    const dialog = $('pin-dialog');
    if (dialog && dialog.open) dialog.close();
    document.title = '';
    document.body.textContent = '';
    location.replace(target);
  }

  function onKey(event) {
    if (event.key !== 'Escape') return;
    const now = Date.now();
    if (now - lastEscapeAt < 1500) {
      quickExit();
      return;
    }
    lastEscapeAt = now;
  }

  // ---- start --------------------------------------------------------------------------------------------------

  function wire() {
    $('quick-exit').addEventListener('click', quickExit);
    document.addEventListener('keydown', onKey);
    $('lang-toggle').addEventListener('click', () => {
      prefs.lang = prefs.lang === 'ko' ? 'en' : 'ko';
      savePrefs();
      applyTexts();
    });
    $('enrol-form').addEventListener('submit', enrol);
    $('sos-button').addEventListener('click', pressSos);
    $('countdown-cancel').addEventListener('click', stopCountdown);
    $('sos-cancel').addEventListener('click', cancelSos);
    $('sos-back').addEventListener('click', leaveSos);
    $('journey-form').addEventListener('submit', startJourney);
    $('journey-arrived').addEventListener('click', arrived);
    $('journey-extend').addEventListener('click', extend);
    $('pins-form').addEventListener('submit', savePins);
    $('discreet-toggle').addEventListener('change', (event) => {
      prefs.discreet = event.target.checked;
      savePrefs();
      applyTexts();
    });
    $('exit-target').addEventListener('change', (event) => {
      if (Object.prototype.hasOwnProperty.call(EXIT_TARGETS, event.target.value)) {
        prefs.exit = event.target.value;
        savePrefs();
      }
    });
    document.addEventListener('visibilitychange', () => {
      syncWatching();
      if (document.visibilityState === 'visible' && me) refreshJourney();
    });
    window.addEventListener('online', () => {
      $('offline').hidden = true;
      if (wakeRetry) wakeRetry();
      if (!me && token()) loadMe();
    });
    window.addEventListener('offline', () => {
      $('offline').hidden = false;
    });
  }

  function start() {
    wire();
    const code = codeFromFragment();
    applyTexts();
    $('offline').hidden = navigator.onLine !== false;
    if (code || !token()) {
      if (code) $('enrol-code').value = code;
      showView('enrol', code ? 'enrol-device' : null);
    } else {
      showView('home');
      loadMe();
    }
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('/app/sw.js', { scope: '/app/' }).catch(() => {});
    }
  }

  start();
})();
