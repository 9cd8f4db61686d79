// Draws the municipalities on a map without any tile server: their boundaries when imported, else a marker each.
(function () {
  const element = document.getElementById('map');
  if (!element || !window.L) {
    return;
  }
  const map = L.map(element, { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix(false);
  const municipalities = JSON.parse(element.dataset.municipalities || '[]');
  const format = new Intl.NumberFormat(document.documentElement.lang || 'da');
  // A population figure says which year it counts, or that it is an estimate.
  const populationLabel = (year) => (year
    ? element.dataset.populationIn.replace('{year}', String(year))
    : element.dataset.populationEstimate);
  const popup = (name, population, year) => {
    const box = document.createElement('div');
    const title = document.createElement('strong');
    title.textContent = name;
    box.append(title, document.createElement('br'), populationLabel(year) + ': ' + format.format(population));
    return box;
  };

  function showMarkers() {
    const points = municipalities.map((m) =>
      L.circleMarker([m.lat, m.lon], { radius: 9, color: '#0b5345', weight: 2, fillColor: '#1e8449', fillOpacity: 0.8 })
        .bindTooltip(m.name, { permanent: true, direction: 'right' })
        .bindPopup(popup(m.name, m.population, m.populationYear)));
    if (points.length) {
      const layer = L.featureGroup(points).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [40, 40] });
    } else {
      map.setView([55.6, 9.5], 8);
    }
  }

  function showBoundaries(collection) {
    const layer = L.geoJSON(collection, {
      style: { color: '#0b5345', weight: 1.5, fillColor: '#1e8449', fillOpacity: 0.35 },
      onEachFeature: (feature, shape) => {
        // Each municipality carries its name on the map, not only on hover.
        shape.bindTooltip(feature.properties.name, { permanent: true, direction: 'center', className: 'map-label' });
        shape.bindPopup(popup(feature.properties.name, feature.properties.population, feature.properties.populationYear));
      },
    }).addTo(map);
    if (element.dataset.attribution) {
      // Leaflet takes attribution as HTML; the credit is text typed at import.
      const text = document.createElement('span');
      text.textContent = element.dataset.attribution;
      map.attributionControl.addAttribution(text.innerHTML);
    }
    map.fitBounds(layer.getBounds(), { padding: [10, 10] });
  }

  if (element.dataset.hasBoundaries !== 'true') {
    showMarkers();
    return;
  }
  fetch(element.dataset.boundaries, { headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
    .then((collection) => (collection.features.length ? showBoundaries(collection) : showMarkers()))
    .catch(showMarkers);
})();
