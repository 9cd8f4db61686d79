// Colours each municipality by how far it has come towards its own target; the table on the page has the numbers.
(function () {
  const element = document.getElementById('goal-map');
  if (!element || !window.L) {
    return;
  }
  const municipalities = JSON.parse(element.dataset.municipalities || '[]');
  const byCode = Object.fromEntries(municipalities.map((m) => [m.code, m]));
  const map = L.map(element, { zoomSnap: 0.25 });
  map.attributionControl.setPrefix(false);
  const colour = (m) => {
    if (!m || m.share === null) return '#f2f3f4';
    if (m.share < 25) return '#d7301f';
    if (m.share < 50) return '#fc8d59';
    if (m.share < 75) return '#fee08b';
    if (m.share < 100) return '#91cf60';
    return '#1a9850';
  };
  const label = (m) => m.name + ': ' + (m.share === null ? element.dataset.noFigure
    : element.dataset.shareLabel + ' ' + m.share + ' %, ' + m.statusText);

  function markers() {
    const points = municipalities.filter((m) => m.lat).map((m) =>
      L.circleMarker([m.lat, m.lon], { radius: 12, color: '#1a1a1a', weight: 1, fillColor: colour(m), fillOpacity: 0.9 })
        .bindTooltip(label(m)));
    if (points.length) {
      map.fitBounds(L.featureGroup(points).addTo(map).getBounds(), { padding: [40, 40] });
    } else {
      map.setView([55.6, 9.5], 8);
    }
  }

  fetch(element.dataset.boundaries, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
    .then((collection) => {
      if (!collection.features.length) return markers();
      const layer = L.geoJSON(collection, {
        style: (f) => ({ color: '#1a1a1a', weight: 1, fillColor: colour(byCode[f.properties.code]), fillOpacity: 0.8 }),
        onEachFeature: (f, shape) => {
          const m = byCode[f.properties.code];
          shape.bindTooltip(m ? label(m) : f.properties.name, { sticky: true });
        },
      }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [10, 10] });
    })
    .catch(markers);
})();
