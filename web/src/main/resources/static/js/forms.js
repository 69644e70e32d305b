// A form is sent once: a second click while the first is on its way is ignored, so a slow
// connection does not record a loan twice. Coming back to the page (history) allows sending again.
(function () {
  'use strict';
  document.querySelectorAll('form[method=post]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent) {
        event.preventDefault();
      } else {
        form.dataset.sent = 'yes';
      }
    });
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sent]').forEach(function (form) { delete form.dataset.sent; });
  });
})();
