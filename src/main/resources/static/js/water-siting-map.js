// Colours each municipality by the share of its water a proposed PtX plant could get there; the table beside the
// map says the same in words and figures. No tile server.
(function () {
  const element = document.getElementById('siting-map');
  if (!element || !window.L) {
    return;
  }
  const shares = JSON.parse(element.dataset.shares || '{}');
  // A share reads as the page's language writes decimals: 95,3 % in Danish, 95.3 % in English.
  const percent = new Intl.NumberFormat(document.documentElement.lang || 'da', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const colour = (share) => (share === undefined ? '#dfe9ec' : share >= 0.999 ? '#1e8449' : share >= 0.5 ? '#d4ac0d' : '#c0392b');
  const map = L.map(element, { zoomSnap: 0.25 });
  map.attributionControl.setPrefix(false);
  fetch(element.dataset.boundaries, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((boundaries) => {
      const layer = L.geoJSON(boundaries, {
        style: (f) => ({ color: '#0b5345', weight: 1, fillColor: colour(shares[f.properties.code]), fillOpacity: 0.7 }),
        onEachFeature: (f, shape) => {
          const share = shares[f.properties.code];
          const text = f.properties.name + (share === undefined ? '' : ': ' + percent.format(share * 100) + ' % ' + element.dataset.label);
          shape.bindTooltip(text);
        },
      }).addTo(map);
      if (layer.getLayers().length) {
        map.fitBounds(layer.getBounds(), { padding: [10, 10] });
      } else {
        map.setView([55.6, 9.5], 8);
      }
    })
    .catch(() => map.setView([55.6, 9.5], 8));
})();
