// Thông báo: new notifications arrive as server-sent events (JSON: title, body, createdAt) and go on top.
(function () {
	'use strict';
	var list = document.getElementById('hop-thu');
	if (!list || typeof EventSource === 'undefined') {
		return;
	}
	var status = document.getElementById('trang-thai-truc-tiep');
	var stream = new EventSource(list.getAttribute('data-stream'));
	// As the server writes the entries already listed: dd/MM/yyyy HH:mm in the province's time, not the browser's.
	var clock = new Intl.DateTimeFormat('en-GB', {
		timeZone: list.getAttribute('data-zone') || undefined, day: '2-digit', month: '2-digit', year: 'numeric',
		hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
	});

	function dateTime(iso) {
		var part = {};
		clock.formatToParts(new Date(iso)).forEach(function (each) {
			part[each.type] = each.value;
		});
		return part.day + '/' + part.month + '/' + part.year + ' ' + part.hour + ':' + part.minute;
	}

	function show(event) {
		var notice = JSON.parse(event.data);
		var item = document.createElement('li');
		item.className = 'unread fresh';
		var title = document.createElement('strong');
		title.textContent = notice.title;
		var when = document.createElement('span');
		when.className = 'sub';
		when.textContent = (notice.createdAt ? dateTime(notice.createdAt) : '') + ' · Chưa đọc';
		var body = document.createElement('p');
		body.className = 'narrative';
		body.textContent = notice.body || '';
		item.append(title, ' ', when, body);
		list.prepend(item);
		var empty = document.getElementById('hop-thu-trong');
		if (empty) {
			empty.remove();
		}
	}

	stream.addEventListener('message', show);
	stream.addEventListener('notification', show);
	stream.addEventListener('error', function () {
		status.textContent = 'Mất kết nối nhận thông báo trực tiếp, đang thử lại…';
	});
	stream.addEventListener('open', function () {
		status.textContent = 'Đang nhận thông báo trực tiếp.';
	});
})();
