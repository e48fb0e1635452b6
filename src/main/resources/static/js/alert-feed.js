// What the unit's live pages (the inbox, the dispatcher console) share: a sound switched on by one click (browser
// policy), a visual cue in the title and on the page, and the alert stream with its connection badge.
// Loaded before the page's own script (docs/ui-shell.md: no inline script).
window.AnsimAlertFeed = (function () {
  'use strict';

  // A tone from the Web Audio API, silent until the user has switched the sound on with the button.
  function sound(button, tone) {
    var audio = null;
    var on = false;

    function play(frequencies) {
      if (!on || !audio) {
        return;
      }
      if (audio.state === 'suspended') {
        audio.resume();
      }
      frequencies.forEach(function (frequency, i) {
        var start = audio.currentTime + i * tone.spacing;
        var oscillator = audio.createOscillator();
        var gain = audio.createGain();
        oscillator.type = tone.wave;
        oscillator.frequency.value = frequency;
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.exponentialRampToValueAtTime(tone.volume, start + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + tone.spacing - 0.01);
        oscillator.connect(gain).connect(audio.destination);
        oscillator.start(start);
        oscillator.stop(start + tone.spacing);
      });
    }

    button.addEventListener('click', function () {
      on = !on;
      if (on && !audio) {
        var Context = window.AudioContext || window.webkitAudioContext;
        audio = Context ? new Context() : null;
      }
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? button.dataset.on : button.dataset.off;
      if (on) {
        play(tone.test);
      }
    });
    return play;
  }

  // Shows the cue element (and a dot in the title) for a while; with a text element, says what arrived.
  function cue(element, textElement, millis) {
    var timer = null;
    return function (text) {
      if (textElement) {
        textElement.textContent = text;
      }
      element.hidden = false;
      document.title = '● ' + document.title.replace(/^● /, '');
      clearTimeout(timer);
      timer = setTimeout(function () {
        element.hidden = true;
        document.title = document.title.replace(/^● /, '');
      }, millis);
    };
  }

  // EventSource reconnects by itself and sends Last-Event-ID, so the stream replays what was missed. The first
  // connection starts after the newest alert the page was rendered with, so nothing falls in between.
  function listen(after, connection, onAlert) {
    if (typeof EventSource === 'undefined') {
      return;
    }
    var source = new EventSource('/api/v1/alerts/stream?after=' + encodeURIComponent(after || '0'));
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
  }

  return { sound: sound, cue: cue, listen: listen };
})();
