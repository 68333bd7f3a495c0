package vn.health.notification.webhook;

import java.util.List;

import vn.health.servicekit.web.InputErrors;

/** Yêu cầu đăng ký webhook — the body of {@code POST /api/webhooks}: {@code {"url", "eventTypes": ["report.overdue"]}}. */
record WebhookRequest(String url, List<String> eventTypes) {

	/** Checks every field at once; the event types in catalogue order, each once. */
	List<WebhookEventType> validated(WebhookTargets targets) {
		List<String> unknown = (this.eventTypes != null)
				? this.eventTypes.stream().filter((name) -> WebhookEventType.named(name).isEmpty()).toList() : List.of();
		InputErrors errors = new InputErrors()
			.check(this.eventTypes != null && !this.eventTypes.isEmpty(), "eventTypes",
					"Cần chọn ít nhất một loại sự kiện: " + WebhookEventType.catalogue(),
					"At least one event type is required: " + WebhookEventType.catalogue())
			.check(unknown.isEmpty(), "eventTypes",
					"Loại sự kiện không có trong danh mục: " + unknown + " (" + WebhookEventType.catalogue() + ")",
					"Unknown event types: " + unknown + " (" + WebhookEventType.catalogue() + ")");
		targets.problem(this.url)
			.ifPresent((problem) -> errors.check(false, problem.field(), problem.message(), problem.messageEn()));
		errors.throwIfAny();
		return this.eventTypes.stream()
			.map((name) -> WebhookEventType.named(name).orElseThrow())
			.distinct()
			.sorted()
			.toList();
	}

}
