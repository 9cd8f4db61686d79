// The search page sends its filter fields only when the panel that holds them is open; closed, the panel holds a link
// to the same search with the fields. Opening the panel fetches the fields from the panel's data-fields address and
// puts them in place of the link, which is followed instead when they cannot be fetched (the network is gone, the
// person was signed out meanwhile).
(function () {
  'use strict';

  var panel = document.querySelector('details.filters[data-fields]');
  if (!panel) {
    return;
  }
  var link = panel.querySelector('.filters-open a');
  var asked = false;

  function fallBack() {
    window.location.assign(link.href);
  }

  function load() {
    if (!panel.open || asked) {
      return;
    }
    asked = true;
    panel.setAttribute('aria-busy', 'true');
    fetch(panel.getAttribute('data-fields'), { headers: { Accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (response) {
        // a session that ended answers with the login page, after a redirect
        if (!response.ok || response.redirected) {
          throw new Error('The filter fields answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var answer = document.createElement('template');
        answer.innerHTML = html;
        var fields = answer.content.querySelector('#filter-fields');
        if (!fields) {
          throw new Error('The answer holds no filter fields');
        }
        // The fields follow the summary, so the next Tab reaches the first of them; focus moves only when it was on
        // the link that goes.
        var hadFocus = link === document.activeElement;
        link.parentNode.replaceWith(fields);
        panel.removeAttribute('aria-busy');
        if (hadFocus) {
          fields.querySelector('select, input').focus();
        }
      })
      .catch(fallBack);
  }

  panel.addEventListener('toggle', load);
  load(); // a panel opened while the page was still loading
})();
