// Draws every [data-option] element with ECharts from the option JSON the server wrote into
// data-option (as tall as its data-height says, if it says: the pages' policy allows no style
// attribute), and redraws it when the window changes size (a phone turned sideways).
(function () {
  'use strict';
  document.querySelectorAll('.chart[data-option]').forEach(function (element) {
    if (element.dataset.height) {
      element.style.height = element.dataset.height + 'px';
    }
    var chart = echarts.init(element, null, {renderer: 'canvas'});
    chart.setOption(JSON.parse(element.getAttribute('data-option')));
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
