// Judge canary report: draws each metric's charts with Chart.js when its card scrolls into view (or all of them for
// printing, or at once when the address ends in #all-charts), and on a lifetime analysis's page the chart of every
// judgement's score over time. The numbers come from the JSON block the server wrote.
// Progress is published on <body>: data-charts-rendered counts the charts drawn; problems go to #report-errors.
(function () {
  'use strict';

  var body = document.body;
  var errorBox = document.getElementById('report-errors');
  var charts = [];
  var rendered = 0;

  function recordError(message) {
    errorBox.hidden = false;
    errorBox.textContent += message + '\n';
  }

  window.addEventListener('error', function (e) { recordError('error: ' + (e.message || e)); });
  window.addEventListener('unhandledrejection', function (e) { recordError('unhandled rejection: ' + e.reason); });
  document.addEventListener('securitypolicyviolation', function (e) {
    recordError('blocked by the content security policy: ' + e.violatedDirective + ' ' + e.blockedURI);
  });
  var consoleError = console.error;
  console.error = function () {
    recordError(Array.prototype.map.call(arguments, String).join(' '));
    consoleError.apply(console, arguments);
  };

  var canvases = Array.prototype.slice.call(document.querySelectorAll('canvas[data-chart]'));
  if (canvases.length === 0) {
    body.setAttribute('data-report-ready', 'true');
    return;
  }
  if (typeof Chart === 'undefined') {
    recordError('Chart.js did not load, so the charts cannot be drawn.');
    body.setAttribute('data-report-ready', 'true');
    return;
  }

  var data = JSON.parse(document.getElementById('report-data').textContent);
  var BASELINE = { label: 'baseline', color: '#1f5fa8', dash: [6, 4], point: 'circle' };
  var CANARY = { label: 'canary', color: '#c75a00', dash: [], point: 'triangle' };

  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.color = '#222';

  function pad2(n) { return (n < 10 ? '0' : '') + n; }

  function clock(ms) {
    var d = new Date(ms);
    return pad2(d.getUTCHours()) + ':' + pad2(d.getUTCMinutes());
  }

  function minutes(ms) {
    var m = ms / 60000;
    return '+' + (Math.round(m * 10) / 10) + ' min';
  }

  // A tick every 1, 2, 5, 10, 15, 30 … minutes: about six ticks over the span, on round times.
  function timeStep(span) {
    var choices = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];
    for (var i = 0; i < choices.length; i++) {
      if (span / (choices[i] * 60000) <= 7) return choices[i] * 60000;
    }
    return choices[choices.length - 1] * 60000;
  }

  // Both sides on one time axis: clock time when they started together, else time since each side's own start.
  function seriesConfig(metric) {
    var sameStart = metric.control.start !== null && metric.control.start === metric.experiment.start;
    function points(side) {
      var step = side.step || 60000;
      var origin = sameStart ? side.start : 0;
      return side.values.map(function (v, i) { return { x: origin + i * step, y: v }; });
    }
    var base = points(metric.control);
    var canary = points(metric.experiment);
    var min = Infinity, max = -Infinity;
    base.concat(canary).forEach(function (p) { if (p.x < min) min = p.x; if (p.x > max) max = p.x; });
    if (min > max) { min = 0; max = 60000; }
    var step = timeStep(max - min);
    return {
      type: 'line',
      data: { datasets: [dataset(BASELINE, base), dataset(CANARY, canary)] },
      options: options(
        { type: 'linear', min: min, max: max,
          title: { display: true, text: sameStart ? 'time (UTC)' : 'time since each side started' },
          afterBuildTicks: function (axis) {
            var ticks = [];
            for (var t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push({ value: t });
            axis.ticks = ticks;
          },
          ticks: { callback: function (v) { return sameStart ? clock(v) : minutes(v); } } },
        // grace: a side that sits on its minimum (a baseline at 0) is drawn above the axis, not hidden in it.
        { grace: '5%', title: { display: true, text: valueTitle(metric) } })
    };
  }

  // The axis of a metric's values names its unit when the config gives one (analysisConfigurations.canary.unit).
  function valueTitle(metric) { return metric.unit ? 'value (' + metric.unit + ')' : 'value'; }

  // Empirical CDF: a shift between baseline and canary shows as one curve displaced sideways from the other.
  // A long side arrives with its CDF already sampled by the server.
  function ecdf(side) {
    if (side.ecdf) {
      if (side.ecdf.length === 0) return [];
      return [{ x: side.ecdf[0][0], y: 0 }].concat(side.ecdf.map(function (p) { return { x: p[0], y: p[1] }; }));
    }
    var sorted = side.values.filter(function (v) { return v !== null; }).sort(function (a, b) { return a - b; });
    var n = sorted.length;
    if (n === 0) return [];
    var pts = [{ x: sorted[0], y: 0 }];
    sorted.forEach(function (v, i) { pts.push({ x: v, y: (i + 1) / n }); });
    return pts;
  }

  function ecdfConfig(metric) {
    var base = dataset(BASELINE, ecdf(metric.control));
    var canary = dataset(CANARY, ecdf(metric.experiment));
    base.stepped = canary.stepped = 'before';
    base.pointRadius = canary.pointRadius = 0;
    return {
      type: 'line',
      data: { datasets: [base, canary] },
      options: options(
        { type: 'linear', grace: '5%', title: { display: true, text: valueTitle(metric) }, ticks: { maxTicksLimit: 8 } },
        { min: 0, max: 1, title: { display: true, text: 'share of samples ≤ value' } })
    };
  }

  // A lifetime analysis: one point per judgement at the end of its window, the thresholds as flat lines across.
  // Clicking a point opens that judgement's own report.
  var SCORE = { label: 'score', color: '#1d1f21', dash: [], point: 'circle' };
  var PASS_LINE = { label: 'pass threshold', color: '#1b7f3b', dash: [8, 4], point: 'line' };
  var MARGINAL_LINE = { label: 'marginal threshold', color: '#8a5a00', dash: [2, 3], point: 'line' };

  function scoresConfig(timeline) {
    var points = timeline.points.map(function (p) { return { x: p.x, y: p.y, href: p.href, number: p.number }; });
    var min = points[0].x, max = points[points.length - 1].x;
    if (min === max) { min -= 60000; max += 60000; }
    var pad = (max - min) * 0.03;   // the first and last points are drawn whole, not cut by the axes
    min -= pad; max += pad;
    var step = timeStep(max - min);
    var withDay = max - min > 86400000;
    var score = dataset(SCORE, points);
    score.pointRadius = points.length > 60 ? 2 : 4;
    score.pointHoverRadius = 7;
    score.clip = 8;   // a score of 0 or 100 sits on the edge: its point is drawn whole
    var datasets = [score];
    function flat(side, y) {
      var line = dataset(side, [{ x: min, y: y }, { x: max, y: y }]);
      line.pointRadius = 0;
      line.pointHoverRadius = 0;
      line.borderWidth = 1.5;
      return line;
    }
    if (typeof timeline.pass === 'number') datasets.push(flat(PASS_LINE, timeline.pass));
    if (typeof timeline.marginal === 'number') datasets.push(flat(MARGINAL_LINE, timeline.marginal));
    var opts = options(
      { type: 'linear', min: min, max: max, title: { display: true, text: 'end of the judgement window (UTC)' },
        afterBuildTicks: function (axis) {
          var ticks = [];
          for (var t = Math.ceil(min / step) * step; t <= max; t += step) ticks.push({ value: t });
          axis.ticks = ticks;
        },
        ticks: { callback: function (v) { return withDay ? new Date(v).toISOString().slice(5, 10) + ' ' + clock(v) : clock(v); } } },
      { min: 0, max: 100, title: { display: true, text: 'score' } });
    opts.plugins.decimation = { enabled: false };
    opts.plugins.tooltip = {
      filter: function (item) { return item.datasetIndex === 0; },
      callbacks: {
        title: function (items) { return items.length ? 'Judgement #' + items[0].raw.number + ', window ending ' + clock(items[0].raw.x) : ''; },
        label: function (item) { return 'score ' + (item.raw.y === null ? 'none' : item.raw.y); }
      }
    };
    opts.onClick = function (event, elements) {
      var hit = elements.filter(function (e) { return e.datasetIndex === 0; })[0];
      if (hit) window.location.href = points[hit.index].href;
    };
    return { type: 'line', data: { datasets: datasets }, options: opts };
  }

  function dataset(side, points) {
    return {
      label: side.label, data: points, borderColor: side.color, backgroundColor: side.color,
      borderDash: side.dash, borderWidth: 2, pointStyle: side.point,
      pointRadius: points.length > 40 ? 0 : 2.5, spanGaps: false, parsing: false, normalized: true
    };
  }

  function options(x, y) {
    return {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: 'nearest', intersect: false },
      plugins: {
        legend: { position: 'top', labels: { usePointStyle: true } },
        // Long series are thinned to each pixel column's min and max, so spikes stay visible.
        decimation: { enabled: true, algorithm: 'min-max' }
      },
      scales: { x: x, y: y }
    };
  }

  function render(canvas) {
    if (canvas.getAttribute('data-rendered')) return;
    canvas.setAttribute('data-rendered', 'true');
    var kind = canvas.getAttribute('data-chart');
    var source = kind === 'scores' ? data.scores : (data.metrics || [])[Number(canvas.getAttribute('data-metric'))];
    if (!source) {
      recordError('no data for chart ' + canvas.getAttribute('aria-label'));
      return;
    }
    try {
      var config = kind === 'scores' ? scoresConfig(source) : kind === 'ecdf' ? ecdfConfig(source) : seriesConfig(source);
      charts.push(new Chart(canvas, config));
      rendered += 1;
      body.setAttribute('data-charts-rendered', String(rendered));
    } catch (e) {
      recordError('chart "' + canvas.getAttribute('aria-label') + '" failed: ' + e);
    }
  }

  function renderAll() { canvases.forEach(render); }

  var MARGIN = 400;   // px beyond the viewport where charts are drawn ahead of scrolling

  // Draws the charts on or near the screen; the observer covers later scrolling, this covers the first screen
  // (and the jump to a #metric-N anchor) even before the browser delivers its first intersection callbacks.
  function renderVisible() {
    var bottom = window.innerHeight + MARGIN;
    canvases.forEach(function (canvas) {
      var box = canvas.getBoundingClientRect();
      if (box.bottom >= -MARGIN && box.top <= bottom) render(canvas);
    });
  }

  if (window.location.hash === '#all-charts' || typeof IntersectionObserver === 'undefined') {
    renderAll();
  } else {
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          render(entry.target);
          observer.unobserve(entry.target);
        }
      });
    }, { rootMargin: MARGIN + 'px 0px' });
    canvases.forEach(function (c) { observer.observe(c); });
    renderVisible();
    window.addEventListener('load', renderVisible);
    window.addEventListener('hashchange', renderVisible);
  }

  // A printout holds every chart, sized for the page.
  window.addEventListener('beforeprint', function () {
    renderAll();
    charts.forEach(function (c) { c.resize(); });
  });
  window.addEventListener('afterprint', function () { charts.forEach(function (c) { c.resize(); }); });

  body.setAttribute('data-report-ready', 'true');
})();
