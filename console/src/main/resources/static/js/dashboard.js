// Tổng quan: draws each chart from its canvas's data-chart attribute: the rates per period (the Sở) or per report sent
// to the unit (a recipient), and the Sở's rates per district (the tables below have the same figures).
(function () {
	'use strict';
	if (typeof Chart === 'undefined') {
		return;
	}
	document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
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
	});
})();
