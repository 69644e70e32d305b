// On a phone the navigation folds behind one button, and opens as a list of every item, one under
// another (no sideways strip hiding most of them). Without this script the list simply stays open.
(function () {
  'use strict';
  var header = document.querySelector('header.site');
  var button = header && header.querySelector('.menu-toggle');
  if (!button) {
    return;
  }
  header.classList.add('menu-ready');
  button.addEventListener('click', function () {
    var open = header.classList.toggle('menu-open');
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
  });
}());
