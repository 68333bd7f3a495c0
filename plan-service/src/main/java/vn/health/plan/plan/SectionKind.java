package vn.health.plan.plan;

/** What a part of a plan's text is, so users and tools find it without reading headings. */
public enum SectionKind {

	/** Lời mở đầu: the paragraph before part I, with the legal bases in prose. */
	PREAMBLE,

	/** Mục đích, mục tiêu. */
	OBJECTIVES,

	/** Yêu cầu. */
	REQUIREMENTS,

	/** Nội dung (truyền thông, thực hiện). */
	CONTENT,

	/** Nhiệm vụ và giải pháp. */
	TASKS,

	/** Các hoạt động chủ yếu. */
	ACTIVITIES,

	/** Đối tượng tuyên truyền. */
	AUDIENCES,

	/** Hình thức thực hiện. */
	FORMS,

	/** Thời gian thực hiện, tuyên truyền. */
	TIMELINE,

	/** Lời kết: "Trên đây là Kế hoạch …". */
	CLOSING,

	/** Anything else. */
	OTHER

}
