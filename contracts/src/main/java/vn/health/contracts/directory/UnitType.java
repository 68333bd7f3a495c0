package vn.health.contracts.directory;

/** Loại đơn vị — the kinds of health units in a province. */
public enum UnitType {

	/** Sở Y tế. */
	DEPARTMENT_OF_HEALTH,

	/** Trung tâm Kiểm soát bệnh tật tỉnh (CDC tỉnh). */
	PROVINCIAL_CDC,

	/** Trung tâm Y tế huyện, thị xã, thành phố. */
	DISTRICT_HEALTH_CENTRE,

	/** Trạm Y tế xã, phường, thị trấn. */
	COMMUNE_HEALTH_STATION,

	/** Bệnh viện. */
	HOSPITAL,

	/** Cơ sở y tế tư nhân. */
	PRIVATE_FACILITY

}
