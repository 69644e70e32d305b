// A form is sent once: a second click while the first is on its way is ignored, so a slow
// connection does not record a loan twice. Coming back to the page (history) allows sending again.
//
// Nothing typed is lost to a sign-in: what a form sends is kept in the tab (sessionStorage) until a
// page confirms it was saved (a notice). When the person had to sign in again and is brought back to
// the form's page (a fresh form, with a key of its own), its fields are filled in as she had typed them.
(function () {
  'use strict';
  var KEPT = 'ledger.form:';
  var SENT = 'ledger.form.sent';
  // A form left unsent is not filled in again a day later.
  var KEPT_FOR_MS = 2 * 60 * 60 * 1000;

  function key(form) {
    return KEPT + form.getAttribute('action');
  }

  function keep(form) {
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name === '_csrf' || field.type === 'submit' || field.type === 'password') {
        return;
      }
      if ((field.type === 'checkbox' || field.type === 'radio')) {
        fields.push([field.name, field.value, field.checked]);
      } else {
        fields.push([field.name, field.value, null]);
      }
    });
    sessionStorage.setItem(key(form), JSON.stringify({at: Date.now(), fields: fields}));
    sessionStorage.setItem(SENT, key(form));
  }

  function restore(form) {
    var kept = JSON.parse(sessionStorage.getItem(key(form)) || 'null');
    if (!kept || Date.now() - kept.at > KEPT_FOR_MS) {
      sessionStorage.removeItem(key(form));
      return;
    }
    // The same form shown again with its refusals carries the key it was sent with: nothing to fill in.
    var formKey = form.querySelector('[name=idempotencyKey]');
    var sentKey = kept.fields.filter(function (entry) { return entry[0] === 'idempotencyKey'; })[0];
    if (document.querySelector('.error-summary') || (formKey && sentKey && formKey.value === sentKey[1])) {
      return;
    }
    kept.fields.forEach(function (entry) {
      var fields = form.querySelectorAll('[name="' + entry[0].replace(/"/g, '\\"') + '"]');
      Array.prototype.forEach.call(fields, function (field) {
        if (entry[2] === null) {
          if (field.type !== 'hidden' || field.name === 'idempotencyKey') {
            field.value = entry[1];
          }
        } else if (field.value === entry[1]) {
          field.checked = entry[2];
        }
      });
    });
    var note = form.querySelector('.restored-note');
    if (note) {
      note.hidden = false;
    }
  }

  // A refused form lists its refusals in the order of its fields, and the first refused field takes
  // the focus, so that the person mends them from the top, each beside its field.
  function showRefusals() {
    var summary = document.querySelector('.error-summary');
    if (!summary) {
      return;
    }
    var list = summary.querySelector('ul');
    var fieldOf = function (item) {
      var link = item.querySelector('a[href^="#"]');
      return link ? document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) : null;
    };
    Array.prototype.slice.call(list.children).sort(function (a, b) {
      var fa = fieldOf(a), fb = fieldOf(b);
      if (!fa || !fb) {
        return fa ? 1 : (fb ? -1 : 0);
      }
      return fa.compareDocumentPosition(fb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    }).forEach(function (item) { list.appendChild(item); });
    var first = document.querySelector('.invalid input:not([type=hidden]), .invalid select, .invalid textarea');
    (first || summary).focus();
  }
  showRefusals();

  // The registration's code comes filled in with the commune's next one: choosing another commune
  // fetches that commune's, as long as the code is still the one suggested.
  document.querySelectorAll('form[data-next-code]').forEach(function (form) {
    var code = form.querySelector('[name=code]');
    var commune = form.querySelector('[name=communeCode]');
    if (!code || !commune) {
      return;
    }
    commune.addEventListener('change', function () {
      if (code.value !== (form.dataset.suggestedCode || '')) {
        return;
      }
      fetch(form.dataset.nextCode + '?communeCode=' + encodeURIComponent(commune.value), {credentials: 'same-origin'})
        .then(function (answer) { return answer.ok ? answer.text() : null; })
        .then(function (next) {
          if (next !== null && code.value === (form.dataset.suggestedCode || '')) {
            code.value = next;
            form.dataset.suggestedCode = next;
          }
        });
    });
  });

  // A notice after a form was sent says it was saved: its kept fields are no longer needed.
  var sent = sessionStorage.getItem(SENT);
  if (sent && document.querySelector('.notice:not(.restored-note)')) {
    sessionStorage.removeItem(sent);
    sessionStorage.removeItem(SENT);
  }

  document.querySelectorAll('form[method=post]').forEach(function (form) {
    if (form.classList.contains('form')) {
      restore(form);
    }
    form.addEventListener('submit', function (event) {
      if (form.dataset.sent) {
        event.preventDefault();
      } else {
        form.dataset.sent = 'yes';
        if (form.classList.contains('form')) {
          keep(form);
        }
      }
    });
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sent]').forEach(function (form) { delete form.dataset.sent; });
  });
})();
