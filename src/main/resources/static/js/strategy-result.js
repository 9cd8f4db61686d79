// Draws a closed round's result as a bar chart: each topic's figure counted one municipality one vote and by
// population, side by side. The table beside it holds the same figures for anyone who cannot see the chart.
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('result-chart');
  const data = document.getElementById('result-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const result = JSON.parse(data.textContent);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: result.labels,
      datasets: [
        { label: result.equalLabel, data: result.equal, backgroundColor: '#0e6655' },
        { label: result.weightedLabel, data: result.weighted, backgroundColor: '#b36b00' }
      ]
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // figures such as a weighted Borda count of 22.3 are written as the page's language writes them
      locale: document.documentElement.lang || 'da',
      scales: { x: { beginAtZero: true } }
    }
  });
});
