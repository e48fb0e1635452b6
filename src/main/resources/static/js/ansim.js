/*
 * Ansim staff web: wiring shared by every page. Loaded with `defer` after htmx; no inline script anywhere
 * (the Content-Security-Policy forbids it).
 *
 * - sends the CSRF token from <meta name="_csrf"> with every htmx request;
 * - answers an expired session (401, or a response that ended on the sign-in page) by reloading the page,
 *   so the user lands on sign-in and comes back to where they were;
 * - shows a toast on server errors (5xx; 503 = the database is unavailable) and on network failures;
 * - opens and closes the side navigation on narrow screens.
 */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute('content') : null;
  }

  document.addEventListener('htmx:configRequest', function (event) {
    var token = meta('_csrf');
    var header = meta('_csrf_header');
    if (token && header) {
      event.detail.headers[header] = token;
    }
  });

  function endedOnSignIn(xhr) {
    if (!xhr || !xhr.responseURL) {
      return false;
    }
    try {
      return new URL(xhr.responseURL).pathname.replace(/\/+$/, '').endsWith('/login');
    } catch (ignored) {
      return false;
    }
  }

  function sessionExpired() {
    window.location.reload();
  }

  var toastTimer = null;

  function showToast(kind) {
    var toast = document.getElementById('toast');
    if (!toast) {
      return;
    }
    var text = toast.getAttribute('data-' + kind) || toast.getAttribute('data-error') || 'Error';
    toast.textContent = '';
    var message = document.createElement('span');
    message.textContent = text;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'toast-close';
    close.textContent = toast.getAttribute('data-close') || '×';
    close.addEventListener('click', hideToast);
    toast.appendChild(message);
    toast.appendChild(close);
    toast.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(hideToast, 8000);
  }

  function hideToast() {
    var toast = document.getElementById('toast');
    if (toast) {
      toast.hidden = true;
    }
  }

  document.addEventListener('htmx:beforeSwap', function (event) {
    var xhr = event.detail.xhr;
    var onSignInPage = /\/login\/?$/.test(window.location.pathname);
    if (!onSignInPage && (xhr.status === 401 || endedOnSignIn(xhr))) {
      event.detail.shouldSwap = false;
      sessionExpired();
    }
  });

  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 401) {
      return; // handled in htmx:beforeSwap
    }
    if (status === 503) {
      showToast('unavailable');
    } else if (status >= 500) {
      showToast('error');
    }
  });

  document.addEventListener('htmx:sendError', function () {
    showToast('offline');
  });

  function setUpNavigationToggle() {
    var toggle = document.querySelector('.nav-toggle');
    var nav = document.getElementById('side-nav');
    if (!toggle || !nav) {
      return;
    }
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('is-open', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && nav.classList.contains('is-open')) {
        toggle.setAttribute('aria-expanded', 'false');
        nav.classList.remove('is-open');
        toggle.focus();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpNavigationToggle);
  } else {
    setUpNavigationToggle();
  }
})();
