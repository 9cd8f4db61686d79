// Draws a goal's chart: the region's figures against the path from baseline to target, with the milestones.
(function () {
  const canvas = document.getElementById('goal-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  const data = JSON.parse(canvas.dataset.chart);
  const lang = document.documentElement.lang || 'da';
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  new Chart(canvas, {
    type: 'line',
    data: {
      labels: data.labels,
      datasets: [
        { label: canvas.dataset.pathLabel, data: data.path, borderColor: '#4a4f55', borderDash: [6, 4],
          pointRadius: 0, fill: false },
        { label: canvas.dataset.figuresLabel, data: data.figures, borderColor: '#0e6655', backgroundColor: '#0e6655',
          pointRadius: 4, spanGaps: true },
        { label: canvas.dataset.milestonesLabel, data: data.milestones, borderColor: '#8a5a00',
          backgroundColor: '#8a5a00', pointStyle: 'rectRot', pointRadius: 7, showLine: false },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { title: { display: true, text: data.unit }, ticks: { callback: (v) => format.format(v) } } },
      plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + format.format(c.parsed.y) + ' ' + data.unit } } },
    },
  });
})();
