// Draws a water model over the region's boundaries: a coloured point per element, a line per pipe. No tile server.
(function () {
  const element = document.getElementById('water-map');
  if (!element || !window.L) {
    return;
  }
  const colours = {
    groundwater: '#1f5f99', surface: '#2e86c1', treatmentPlants: '#7d3c98', otherSources: '#b9770e',
    waterworks: '#0b5345', demands: '#566573', ptxPlants: '#c0392b', pipes: '#5d6d7e',
  };
  document.querySelectorAll('.map-legend [data-kind] .swatch').forEach((swatch) => {
    swatch.style.background = colours[swatch.parentElement.dataset.kind];
  });
  const map = L.map(element, { zoomSnap: 0.25 });
  map.attributionControl.setPrefix(false);
  const label = (p) => {
    const box = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = p.id;
    box.append(title);
    const rest = p.kind === 'pipes' ? p.from + ' → ' + p.to : p.municipality + (p.approximate ? ' · ' + element.dataset.approximate : '');
    box.append(document.createElement('br'), rest);
    return box;
  };
  const get = (url) => fetch(url, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(r.status)));
  get(element.dataset.boundaries)
    .then((boundaries) => L.geoJSON(boundaries, { style: { color: '#0b5345', weight: 1, fillColor: '#dfe9ec', fillOpacity: 0.5 } }).addTo(map))
    .catch(() => null)
    .then(() => get(element.dataset.elements))
    .then((collection) => {
      const layer = L.geoJSON(collection, {
        style: (f) => ({ color: colours.pipes, weight: 1.5, opacity: 0.7 }),
        pointToLayer: (f, latlng) => L.circleMarker(latlng, {
          radius: 6, color: '#fff', weight: 1, fillColor: colours[f.properties.kind] || '#000', fillOpacity: 0.9,
        }),
        onEachFeature: (f, shape) => shape.bindPopup(label(f.properties)),
      }).addTo(map);
      if (layer.getLayers().length) {
        map.fitBounds(layer.getBounds(), { padding: [20, 20] });
      } else {
        map.setView([55.6, 9.5], 8);
      }
    })
    .catch(() => map.setView([55.6, 9.5], 8));
})();
