// Charts beside the statistics tables. The table stays the source: each canvas names its table (data-chart-for) and
// the chart is drawn from that table's cells, so chart and table cannot disagree and nothing is sent twice. A cell that
// is not a whole number (a suppressed "<5" or "x", or "–") is drawn as a gap, never as a number. Each series gets its
// own fill pattern as well as its own colour, and the legend shows both, so colour is not the only carrier of meaning.
(function () {
  'use strict';

  var COLOURS = ['#1f4e79', '#b35900', '#2e7d32', '#6a1b9a', '#8d6e00', '#00695c', '#ad1457'];

  function number(text) {
    var t = text.replace(/[\s.]/g, '');
    return /^\d+$/.test(t) ? parseInt(t, 10) : null;
  }

  function text(el) {
    return el.textContent.replace(/\s+/g, ' ').trim();
  }

  /** A fill pattern per series: solid, stripes, dots, cross-hatch, ... */
  function pattern(index) {
    var colour = COLOURS[index % COLOURS.length];
    var c = document.createElement('canvas');
    c.width = 10;
    c.height = 10;
    var g = c.getContext('2d');
    g.fillStyle = colour;
    g.fillRect(0, 0, 10, 10);
    g.strokeStyle = '#ffffff';
    g.fillStyle = '#ffffff';
    g.lineWidth = 2;
    switch (index % 6) {
      case 1: g.beginPath(); g.moveTo(0, 10); g.lineTo(10, 0); g.moveTo(-5, 5); g.lineTo(5, -5); g.moveTo(5, 15); g.lineTo(15, 5); g.stroke(); break;
      case 2: g.beginPath(); g.arc(5, 5, 2, 0, 2 * Math.PI); g.fill(); break;
      case 3: g.beginPath(); g.moveTo(0, 5); g.lineTo(10, 5); g.moveTo(5, 0); g.lineTo(5, 10); g.stroke(); break;
      case 4: g.beginPath(); g.moveTo(0, 5); g.lineTo(10, 5); g.stroke(); break;
      case 5: g.beginPath(); g.moveTo(5, 0); g.lineTo(5, 10); g.stroke(); break;
      default: break; // solid
    }
    return {fill: g.createPattern(c, 'repeat'), border: colour};
  }

  /**
   * The table as labels and series. data-chart-series="rows": a series per row, the header's columns along the axis
   * (funnel, fairness). "columns": a series per chosen column (data-chart-columns, 0 = first data cell), the rows along
   * the axis (media, internal/external).
   */
  function read(table, canvas) {
    var headers = Array.prototype.map.call(table.querySelectorAll('thead th'), text).slice(1);
    var rows = Array.prototype.map.call(table.querySelectorAll('tbody tr'), function (tr) {
      return {label: text(tr.querySelector('th')), cells: Array.prototype.map.call(tr.querySelectorAll('td'), text)};
    });
    if (canvas.dataset.chartSeries === 'columns') {
      var columns = (canvas.dataset.chartColumns || '').split(',').filter(Boolean).map(Number);
      return {
        labels: rows.map(function (r) { return r.label; }),
        series: columns.map(function (c) {
          return {label: headers[c], data: rows.map(function (r) { return number(r.cells[c] || ''); })};
        })
      };
    }
    return {
      labels: headers,
      series: rows.map(function (r) { return {label: r.label, data: r.cells.map(number)}; })
    };
  }

  function draw(canvas) {
    var table = document.getElementById(canvas.dataset.chartFor);
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var data = read(table, canvas);
    var gaps = data.series.some(function (s) { return s.data.some(function (v) { return v === null; }); });
    var note = canvas.parentNode.parentNode.querySelector('.chart-gaps');
    if (note) {
      note.hidden = !gaps;
    }
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          var p = pattern(i);
          return {label: s.label, data: s.data, backgroundColor: p.fill, borderColor: p.border, borderWidth: 1};
        })
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        scales: {y: {beginAtZero: true, ticks: {precision: 0}}},
        plugins: {legend: {position: 'bottom', labels: {boxWidth: 24, boxHeight: 14}}}
      }
    });
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('canvas[data-chart-for]'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
