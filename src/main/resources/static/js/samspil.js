// What every page may ask of the browser, with no script in the page itself (the content security policy forbids
// inline script): a form opts in by an attribute.
//
// data-confirm="question": asks before the form is sent, such as deleting a document or withdrawing a response.
// data-unsaved: asks before the page is left while the form holds changes that were not sent (the browser asks in
// its own words; it shows no text of ours).
// data-working="text" on an element of a form (a paragraph with role="status"): shows the text once the form is sent,
// for a form whose answer takes seconds, such as the siting question, which simulates every municipality.
(function () {
  'use strict';

  function state(form) {
    var parts = [];
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.disabled || field.type === 'submit' || field.type === 'button') {
        return;
      }
      if (field.type === 'checkbox' || field.type === 'radio') {
        parts.push(field.name + '=' + (field.checked ? field.value : ''));
      } else if (field.type === 'file') {
        parts.push(field.name + '=' + Array.prototype.map.call(field.files || [], function (f) { return f.name; }).join(','));
      } else if (field.tagName === 'SELECT' && field.multiple) {
        parts.push(field.name + '=' + Array.prototype.filter.call(field.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; }).join(','));
      } else {
        parts.push(field.name + '=' + field.value);
      }
    });
    return parts.join('&');
  }

  var guarded = [];
  var leaving = null;

  function watch() {
    guarded = Array.prototype.map.call(document.querySelectorAll('form[data-unsaved]'), function (form) {
      return { form: form, sent: state(form) };
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watch);
  } else {
    watch();
  }

  document.addEventListener('submit', function (event) {
    var question = event.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      return;
    }
    leaving = event.target; // the changes are being sent, not lost
    var working = event.target.querySelector('[data-working]');
    if (working) {
      working.textContent = working.getAttribute('data-working');
      event.target.setAttribute('aria-busy', 'true');
    }
  });

  window.addEventListener('beforeunload', function (event) {
    var unsaved = guarded.some(function (g) { return g.form !== leaving && state(g.form) !== g.sent; });
    if (unsaved) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // Back from the browser's cache (after answering "leave"), the forms start over from what the page shows.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      leaving = null;
      watch();
    }
  });
})();
