// Reveal dialogs of privacy/reveal :: control. Event delegation, so controls swapped in later by htmx work too.
(function () {
  if (window.ansimPrivacy) {
    return;
  }
  window.ansimPrivacy = true;

  function controlOf(element) {
    return element.closest('[data-sealed]');
  }

  document.addEventListener('click', function (event) {
    var open = event.target.closest('[data-reveal-open]');
    if (open) {
      var dialog = controlOf(open).querySelector('dialog');
      dialog.querySelector('[data-reveal-error]').hidden = true;
      dialog.showModal();
      dialog.querySelector('textarea').focus();
      return;
    }
    var cancel = event.target.closest('[data-reveal-cancel]');
    if (cancel) {
      cancel.closest('dialog').close();
    }
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var form = event.target.closest && event.target.closest('.reveal-form');
    if (!form) {
      return;
    }
    if (event.detail.successful) {
      var dialog = form.closest('dialog');
      if (dialog && dialog.open) {
        dialog.close();
      }
    } else {
      form.querySelector('[data-reveal-error]').hidden = false;
    }
  });
})();
