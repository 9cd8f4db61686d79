// Draws a run's charts and its shortfall map from data the server put on the page (already thinned to at most
// 150 points a line); the tables next to them hold the same numbers. Drawn again when htmx swaps in results.
(function () {
  const levels = ['#f7f7f7', '#fee8c8', '#fdbb84', '#e34a33', '#7f0000'];

  function charts(root) {
    if (!window.Chart) return;
    const lang = document.documentElement.lang || 'da';
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    root.querySelectorAll('.water-chart canvas[data-chart]').forEach((canvas) => {
      if (Chart.getChart(canvas)) return;
      const data = JSON.parse(canvas.dataset.chart);
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: data.labels,
          datasets: data.lines.map((line) => ({
            label: line.label, data: line.values, borderColor: line.colour, backgroundColor: line.colour + '33',
            borderDash: line.dashed ? [6, 4] : [], pointRadius: 0, borderWidth: 2, fill: line.fill ? '-1' : false,
          })),
        },
        options: {
          animation: false, maintainAspectRatio: false, interaction: { mode: 'index', intersect: false },
          scales: {
            y: { beginAtZero: true, title: { display: true, text: data.unit }, ticks: { callback: (v) => format.format(v) } },
            x: { ticks: { maxTicksLimit: 12 } },
          },
          plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + format.format(c.parsed.y) + ' ' + data.unit } } },
        },
      });
    });
  }

  function map(root) {
    const element = root.querySelector('#shortfall-map');
    if (!element || !window.L || element.dataset.drawn) return;
    element.dataset.drawn = 'yes';
    const places = JSON.parse(element.dataset.places || '[]');
    const byCode = Object.fromEntries(places.map((p) => [p.code, p]));
    const format = new Intl.NumberFormat(document.documentElement.lang || 'da', { maximumFractionDigits: 0 });
    const label = (p) => p.name + ': ' + (p.level === 0 ? element.dataset.none : format.format(p.place.shortfall
      ? Object.values(p.place.shortfall).reduce((a, b) => a + b, 0) : 0) + ' m³');
    const view = L.map(element, { zoomSnap: 0.25 });
    view.attributionControl.setPrefix(false);
    // Without imported boundaries each municipality is a coloured circle at its centre.
    const markers = () => {
      const points = places.filter((p) => p.lat !== null).map((p) => L.circleMarker([p.lat, p.lon], {
        radius: 12, color: '#1a1a1a', weight: 1, fillColor: levels[p.level], fillOpacity: 0.9,
      }).bindTooltip(label(p)));
      if (points.length) {
        view.fitBounds(L.featureGroup(points).addTo(view).getBounds(), { padding: [40, 40], maxZoom: 10 });
      } else {
        view.setView([55.6, 9.5], 8);
      }
    };
    fetch(element.dataset.boundaries, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((collection) => {
        const shown = { type: 'FeatureCollection', features: collection.features.filter((f) => byCode[f.properties.code]) };
        if (!shown.features.length) return Promise.reject(new Error('no boundaries'));
        const layer = L.geoJSON(shown, {
          style: (f) => ({ color: '#1a1a1a', weight: 1, fillColor: levels[byCode[f.properties.code].level], fillOpacity: 0.85 }),
          onEachFeature: (f, shape) => shape.bindTooltip(label(byCode[f.properties.code]), { sticky: true }),
        }).addTo(view);
        view.fitBounds(layer.getBounds(), { padding: [10, 10] });
      })
      .catch(markers);
  }

  function draw(root) {
    charts(root);
    map(root);
  }

  draw(document);
  document.body.addEventListener('htmx:afterSettle', () => draw(document));
})();
