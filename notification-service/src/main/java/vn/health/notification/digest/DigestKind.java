package vn.health.notification.digest;

/** What a small notice is about, counted in the digest's subject. */
public enum DigestKind {

	/** Nhắc hạn báo cáo: "N báo cáo sắp đến hạn". */
	REMINDER("báo cáo sắp đến hạn"),

	/** Ngày chủ đề sắp tới: "N ngày chủ đề sắp tới". */
	THEME("ngày chủ đề sắp tới");

	private final String counted;

	DigestKind(String counted) {
		this.counted = counted;
	}

	String count(long n) {
		return n + " " + this.counted;
	}

}
