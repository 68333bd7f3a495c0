package vn.health.console.dashboard;

import java.util.function.Supplier;

import vn.health.console.api.ApiProblem;

import org.springframework.web.client.ResourceAccessException;

/**
 * One part of Tổng quan as read from its service, or the note shown in its place when that read failed (a 403, a
 * service down): each part is read on its own, so one refusal or outage never turns the whole page into an error.
 *
 * @param value what was read, null when the read failed
 * @param note why the part is missing, in Vietnamese; null when it was read
 */
public record Part<T>(T value, String note) {

	/** Reads {@code what} (e.g. "tỷ lệ báo cáo", as the note names it) with {@code read}. */
	static <T> Part<T> read(String what, Supplier<T> read) {
		try {
			return new Part<>(read.get(), null);
		}
		catch (ApiProblem problem) {
			String detail = problem.detail().isBlank() ? "" : ": " + problem.detail();
			return new Part<>(null, "Không đọc được " + what + " (" + problem.title() + detail + ").");
		}
		catch (ResourceAccessException unreachable) {
			return new Part<>(null,
					"Không đọc được " + what + ": hệ thống tạm thời không phản hồi, vui lòng thử lại sau ít phút.");
		}
	}

	static <T> Part<T> of(T value) {
		return new Part<>(value, null);
	}

	public boolean failed() {
		return this.note != null;
	}

}
