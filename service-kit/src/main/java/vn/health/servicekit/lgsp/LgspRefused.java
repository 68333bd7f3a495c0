package vn.health.servicekit.lgsp;

/** The LGSP answered, but not with 2xx. 4xx other than 401, 408 and 429 is a refusal no retry can change. */
class LgspRefused extends RuntimeException {

	private final int status;

	LgspRefused(int status, String body) {
		super("LGSP answered " + status + ((body != null && !body.isBlank()) ? ": " + body : ""));
		this.status = status;
	}

	int status() {
		return this.status;
	}

	boolean permanent() {
		return this.status >= 400 && this.status < 500 && this.status != 401 && this.status != 408
				&& this.status != 429;
	}

}
