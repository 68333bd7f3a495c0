// Tổng quan: draws the rates per period (the Sở) or per report sent to the unit (a recipient) from the canvas's data-chart
// attribute (the table below has the same figures).
(function () {
	'use strict';
	var canvas = document.getElementById('bieu-do-ty-le');
	if (!canvas || typeof Chart === 'undefined') {
		return;
	}
	var data = JSON.parse(canvas.getAttribute('data-chart'));
	new Chart(canvas, {
		type: 'bar',
		data: {
			labels: data.labels,
			datasets: [
				{ label: 'Tỷ lệ đầy đủ (%)', data: data.completeness, backgroundColor: '#0b5394' },
				{ label: 'Tỷ lệ đúng hạn (%)', data: data.timeliness, backgroundColor: '#e69f00' }
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: false,
			scales: { y: { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + '%'; } } } }
		}
	});
})();
