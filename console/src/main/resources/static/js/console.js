// Changes go through the gateway, which asks for its CSRF token (cookie XSRF-TOKEN) back in a header or field.
// A form with data-confirm (issuing, revoking a plan, merging units) asks before it is sent; so does a submit button
// with data-confirm (saving or amending a plan, whose form also has buttons that only add a row).
(function () {
	'use strict';

	document.addEventListener('submit', function (event) {
		var submitter = event.submitter;
		var asking = (submitter && submitter.hasAttribute('data-confirm')) ? submitter : event.target;
		var question = asking.getAttribute('data-confirm');
		if (question && !window.confirm(question)) {
			event.preventDefault();
			event.stopImmediatePropagation();
		}
	}, true);

	function csrfToken() {
		var match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
		return match ? decodeURIComponent(match[1]) : null;
	}

	document.addEventListener('htmx:configRequest', function (event) {
		var token = csrfToken();
		if (token) {
			event.detail.headers['X-XSRF-TOKEN'] = token;
		}
	});

	document.addEventListener('submit', function (event) {
		var form = event.target;
		var token = csrfToken();
		if (!token || (form.method || '').toLowerCase() !== 'post' || form.querySelector('input[name="_csrf"]')) {
			return;
		}
		var field = document.createElement('input');
		field.type = 'hidden';
		field.name = '_csrf';
		field.value = token;
		form.appendChild(field);
	}, true);
})();
